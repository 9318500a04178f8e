// A live blog's page: new entries arrive by Server-Sent Events (or polling when a stream cannot
// open) and wait behind the "N new updates" button, so the page never moves under the reader.
(function () {
  var section = document.querySelector('[data-live-article]');
  if (!section) return;
  var id = section.getAttribute('data-live-article');
  var stream = section.querySelector('.live-stream');
  var newButton = section.querySelector('.live-new');
  var orderButton = section.querySelector('.live-order');
  var labels = JSON.parse(newButton.getAttribute('data-labels') || '{}');
  var plural = new Intl.PluralRules(document.documentElement.lang || 'en');
  var cursor = section.getAttribute('data-live-cursor') || '';
  var oldestFirst = false;
  var pending = [];

  function build(html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.firstElementChild;
  }
  function showCount() {
    if (!pending.length) {
      newButton.hidden = true;
      return;
    }
    var label = labels[plural.select(pending.length)] || labels.other || '#';
    newButton.textContent = label.replace('#', String(pending.length));
    newButton.hidden = false;
  }
  function apply(m) {
    if (m.at > cursor) cursor = m.at;
    var existing = document.getElementById('entry-' + m.id);
    pending = pending.filter(function (p) {
      return p.id !== m.id;
    });
    if (m.change === 'deleted') {
      if (existing) existing.remove();
    } else if (existing) {
      if (Number(existing.getAttribute('data-version')) < m.version) existing.replaceWith(build(m.html));
    } else {
      pending.push(m);
    }
    showCount();
  }
  newButton.addEventListener('click', function () {
    var first = null;
    pending.forEach(function (m) {
      var el = build(m.html);
      if (oldestFirst) stream.appendChild(el);
      else stream.insertBefore(el, stream.firstChild);
      if (!first || !oldestFirst) first = el;
    });
    pending = [];
    showCount();
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  });
  orderButton.addEventListener('click', function () {
    oldestFirst = !oldestFirst;
    var entries = Array.prototype.slice.call(stream.children).reverse();
    entries.forEach(function (el) {
      stream.appendChild(el);
    });
    orderButton.setAttribute('aria-pressed', String(oldestFirst));
    orderButton.textContent = orderButton.getAttribute(oldestFirst ? 'data-newest' : 'data-oldest');
  });
  if (section.getAttribute('data-live-state') !== 'running') return;

  var pollMs = 15000;
  var polling = false;
  function poll() {
    return window
      .fetch('/live/' + id + '/entries' + (cursor ? '?since=' + encodeURIComponent(cursor) : ''))
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (body) {
        if (!body) return;
        body.changes.forEach(apply);
        pollMs = body.pollMs || pollMs;
      })
      .catch(function () {});
  }
  function pollForever() {
    if (polling) return;
    polling = true;
    (function next() {
      poll().then(function () {
        window.setTimeout(next, pollMs);
      });
    })();
  }
  var ES = window.EventSource;
  if (!ES) return pollForever();
  var source = new ES('/live/' + id + '/stream');
  var opened = false;
  // Each (re)connection catches up on what the page missed since it was made.
  source.addEventListener('open', function () {
    opened = true;
    poll();
  });
  source.addEventListener('entry', function (e) {
    apply(JSON.parse(e.data));
  });
  source.addEventListener('error', function () {
    if (!opened || source.readyState === ES.CLOSED) {
      source.close();
      pollForever();
    }
  });
})();
