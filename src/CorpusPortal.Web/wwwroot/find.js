// "Find in this document" (Components/Reading/FindInDocument.razor) on a static, cached reading page: the server
// marks and numbers the matches (m-1 … m-N); this steps through them. The reading page has no circuit, and stepping
// is a matter of the page's own scroll position and focus, where a round trip would only add delay.
(function () {
  var result = document.getElementById('find-result');
  if (!result) return;
  var hits = parseInt(result.getAttribute('data-hits'), 10) || 0;
  var count = document.getElementById('find-count');
  var next = document.getElementById('find-next');
  var previous = document.getElementById('find-prev');
  if (!hits || !count || !next || !previous) return;
  var total = count.textContent;
  var current = 0;

  function show(n) {
    var old = document.getElementById('m-' + current);
    if (old) old.classList.remove('current');
    current = n;
    var mark = document.getElementById('m-' + n);
    if (!mark) return;
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    count.textContent = n + ' ' + result.getAttribute('data-of') + ' ' + total;
    next.setAttribute('href', '#m-' + (n % hits + 1));
    previous.setAttribute('href', '#m-' + ((n + hits - 2) % hits + 1));
  }

  function step(e, by) {
    e.preventDefault();
    show(current === 0 ? (by > 0 ? 1 : hits) : (current + by + hits - 1) % hits + 1);
  }

  next.addEventListener('click', function (e) { step(e, 1); });
  previous.addEventListener('click', function (e) { step(e, -1); });
  // Enter in the box sends the form; F3 and Shift+F3 step, as in a browser's own find.
  document.addEventListener('keydown', function (e) {
    if (e.key === 'F3') step(e, e.shiftKey ? -1 : 1);
  });
})();
