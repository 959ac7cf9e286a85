// Parallel view: hovering or focusing a sentence highlights its counterpart (same data-pair) in the other column.
(function () {
  function mark(target, on) {
    var sentence = target.closest && target.closest('.parallel .s[data-pair]');
    if (!sentence) return;
    var pair = sentence.getAttribute('data-pair');
    document.querySelectorAll('.parallel .s[data-pair="' + pair + '"]').forEach(function (s) {
      s.classList.toggle('paired', on);
    });
  }
  ['mouseover', 'focusin'].forEach(function (type) { document.addEventListener(type, function (e) { mark(e.target, true); }); });
  ['mouseout', 'focusout'].forEach(function (type) { document.addEventListener(type, function (e) { mark(e.target, false); }); });
})();
