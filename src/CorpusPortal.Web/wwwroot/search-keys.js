// Keys of the search page: "/" goes to the query box (as on GitHub or MDN), ↑ and ↓ move between the box and the hits'
// links (↓ in the box opens the suggestions first, while there are any), and Enter opens the focused hit. A script
// rather than a Blazor key handler: a handler on the circuit learns of a key only after the browser has acted on
// it, so it could not keep ↓ from scrolling the page, and focus would follow each key a network round trip late.
(function () {
  function typingIn(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var box = document.getElementById('search-q');
    if (!box) return;
    if (e.key === '/' && !typingIn(document.activeElement)) {
      e.preventDefault();
      box.focus();
      box.select();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(document.querySelectorAll('ol.hits a.hit-link'));
    var at = links.indexOf(document.activeElement);
    if (links.length === 0 || (at < 0 && document.activeElement !== box)) return;
    // In the box, ↓ belongs to the browser's list of suggestions while there are any.
    if (document.activeElement === box && box.list && box.list.options.length > 0) return;
    e.preventDefault();
    var next = e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? box : links[next]).focus();
  });
})();
