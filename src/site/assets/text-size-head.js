// Runs in <head> before first paint: applies the reader's stored text size (no flash, no shift)
// and marks the page as scripted so the control is shown. Bounds come from the data attributes.
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var min = +d.dataset.tsMin,
      max = +d.dataset.tsMax,
      v = parseInt(localStorage.getItem('nd-text-size') || '', 10);
    if (v >= min && v <= max) d.style.setProperty('--nd-text-size', v + 'px');
  } catch {
    // Storage may be blocked (private mode); the size then lasts for this page only.
  }
})();
