// Footnote markers on touch screens, where nothing hovers: the first tap on a marker shows its note beside it (as
// hovering does with a mouse), a second tap on the same marker goes to the note at the foot of the page, and a tap
// anywhere else closes it. With a mouse or the keyboard the marker is an ordinary link (the note shows on hover
// and on focus, app.css).
(function () {
  var touch = false;
  document.addEventListener('pointerdown', function (e) { touch = e.pointerType === 'touch' || e.pointerType === 'pen'; }, true);
  document.addEventListener('click', function (e) {
    var marker = e.target.closest && e.target.closest('sup.fn-marker');
    document.querySelectorAll('sup.fn-marker.open').forEach(function (open) {
      if (open !== marker) open.classList.remove('open');
    });
    if (!marker || !touch || !marker.querySelector('.fn-pop') || marker.classList.contains('open')) return;
    e.preventDefault();
    marker.classList.add('open');
  });
})();
