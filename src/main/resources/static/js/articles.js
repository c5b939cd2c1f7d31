// The article page: each marked figure shows its normalised value in a Bootstrap tooltip, on hover
// and on keyboard focus, and Escape closes it. Without JavaScript the title attribute and the
// visually hidden note (shown on focus by articles.css) say the same.
(function () {
  'use strict';

  var body = document.getElementById('article-body');
  if (typeof bootstrap === 'undefined' || !body) {
    return;
  }
  document.querySelectorAll('mark.figure-mark[data-bs-toggle="tooltip"]').forEach(function (mark) {
    var tooltip = new bootstrap.Tooltip(mark, { trigger: 'hover focus' });
    mark.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        tooltip.hide();
      }
    });
  });
  // the tooltips now say what the focused figure is worth; the CSS fallback can stand down
  document.documentElement.classList.add('figure-tooltips');
})();
