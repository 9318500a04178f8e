// Fresh news says how long ago ("12 minutes ago"). A page may come from a cache up to a few
// minutes old, so the labels are worked out again here from each <time datetime>, on load and
// every minute; the server's text stays for readers without JavaScript. Same rule as
// src/lib/relative-time.ts: from a day on, the absolute time (the element's title).
(function () {
  if (!window.Intl || !Intl.RelativeTimeFormat) return;
  var rtf = new Intl.RelativeTimeFormat(document.documentElement.lang, { numeric: 'auto' });
  function update() {
    var now = Date.now();
    document.querySelectorAll('time[data-rel]').forEach(function (t) {
      var m = Math.floor((now - Date.parse(t.getAttribute('datetime'))) / 60000);
      if (!(m >= 0)) return;
      t.textContent =
        m < 1
          ? rtf.format(0, 'second')
          : m < 60
            ? rtf.format(-m, 'minute')
            : m < 1440
              ? rtf.format(-Math.floor(m / 60), 'hour')
              : t.getAttribute('title');
    });
  }
  update();
  window.setInterval(update, 60000);
})();
