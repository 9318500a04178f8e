// Counts one view of this article for "most read": no cookie, nothing about the reader is sent.
(function () {
  var id = document.currentScript.getAttribute('data-article');
  if (navigator.sendBeacon && id) navigator.sendBeacon('/api/views', id);
})();
