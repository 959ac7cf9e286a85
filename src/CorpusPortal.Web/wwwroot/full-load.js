// Links marked data-full-load are followed by the browser itself, not by Blazor's interactive router. They lead to
// static pages (the reading view) at a paragraph (#p-43): the router hands such a page back to the browser by
// "reloading" the address it has just pushed, and when the address has a fragment that reload is only a jump to the
// fragment, which the router takes for a new navigation, again and again (ASP.NET Core 10's router, observed in
// Chromium: the page never loads). Stopping the click before it reaches the router's listener avoids the round.
document.addEventListener('click', function (e) {
  if (e.target.closest && e.target.closest('a[data-full-load]')) e.stopPropagation();
}, true);
