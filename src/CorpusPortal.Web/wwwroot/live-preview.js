// Live preview in the editor: the canonical text is posted (with the form's antiforgery token) half a second
// after typing stops, and the preview section is replaced by the server's rendering of it.
(function () {
  var form = document.getElementById('edit-form');
  if (!form) return;
  var timer = null;
  var area = form.querySelector('textarea');
  area.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var data = new FormData(form);
      data.set('Id', location.pathname.split('/').pop());
      fetch(form.getAttribute('data-preview'), { method: 'POST', body: data, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) return;
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#live-preview');
          var old = document.getElementById('live-preview');
          if (fresh && old) old.replaceWith(fresh);
        });
    }, 500);
  });
})();
