// The text-size control: + ↺ − and the readout. Inline right after the control so the readout
// and disabled states are right before first paint.
(function () {
  var d = document.documentElement,
    c = document.currentScript.previousElementSibling;
  var min = +d.dataset.tsMin,
    max = +d.dataset.tsMax,
    step = +d.dataset.tsStep,
    def = +d.dataset.tsDefault;
  var out = c.querySelector('[data-ts-readout]');
  var btn = function (a) {
    return c.querySelector('[data-ts="' + a + '"]');
  };
  var size = parseInt(getComputedStyle(d).getPropertyValue('--nd-text-size'), 10) || def;
  function set(v) {
    size = Math.min(max, Math.max(min, v));
    d.style.setProperty('--nd-text-size', size + 'px');
    var inc = btn('increase'),
      dec = btn('decrease');
    // A button disabled under the keyboard would drop focus to <body>; keep it in the control.
    if ((size >= max && document.activeElement === inc) || (size <= min && document.activeElement === dec)) {
      btn('reset').focus();
    }
    inc.disabled = size >= max;
    dec.disabled = size <= min;
    out.textContent = size + ' px';
    try {
      if (size === def) localStorage.removeItem('nd-text-size');
      else localStorage.setItem('nd-text-size', String(size));
    } catch {
      // Storage may be blocked (private mode); the size then lasts for this page only.
    }
  }
  c.addEventListener('click', function (e) {
    var b = e.target.closest('[data-ts]');
    if (!b || b.disabled) return;
    var a = b.getAttribute('data-ts');
    set(a === 'increase' ? size + step : a === 'decrease' ? size - step : def);
  });
  set(size);
})();
