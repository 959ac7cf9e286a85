// The reconnect dialog's buttons (ReconnectDialog.razor), and a reload when the server no longer knows this page's
// circuit (it restarted): the address holds the page's state (search query, filters), so the reload restores it.
(function () {
  var dialog = document.getElementById('components-reconnect-modal');
  if (!dialog) return;
  dialog.addEventListener('click', function (e) {
    var button = e.target.closest('[data-reconnect]');
    if (!button || !window.Blazor) return;
    var action = button.getAttribute('data-reconnect');
    if (action === 'retry') {
      Blazor.reconnect().then(function (ok) { if (!ok) location.reload(); });
    } else if (action === 'resume') {
      Blazor.resumeCircuit().then(function (ok) { if (!ok) location.reload(); });
    } else {
      location.reload();
    }
  });
  new MutationObserver(function () {
    if (dialog.classList.contains('components-reconnect-rejected') || dialog.classList.contains('components-reconnect-resume-failed')) {
      location.reload();
    }
  }).observe(dialog, { attributes: true, attributeFilter: ['class'] });
})();
