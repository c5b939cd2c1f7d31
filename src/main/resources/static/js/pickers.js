// The forms' pickers (templates/admin/fragments/picker.html) with JavaScript: htmx brings the
// search results in as one types; this script keeps Enter in a search field from saving the form,
// and moves a ticked result up to the chosen ones, so that the next search cannot drop it.
(function () {
  'use strict';

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.classList && event.target.classList.contains('picker-search')) {
      event.preventDefault();
      if (typeof htmx !== 'undefined') {
        htmx.trigger(event.target, 'search');
      }
    }
  });

  document.addEventListener('change', function (event) {
    var input = event.target;
    var results = input.closest && input.closest('.picker-results');
    if (!results || !input.checked) {
      return;
    }
    var chosen = results.closest('.picker').querySelector('.picker-chosen');
    chosen.appendChild(input.closest('li'));
    var empty = results.closest('.picker').querySelector('.picker-none-chosen');
    if (empty) {
      empty.remove();
    }
  });
})();
