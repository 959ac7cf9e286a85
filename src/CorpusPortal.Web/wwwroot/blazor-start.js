// Starts Blazor. Pages users act on (search, the alignment editor) and the interactive parts of static pages (the
// edit page's live preview) get their circuit. Static pages are left as plain pages: no enhanced navigation, so that
// moving between them is an ordinary page load in which their own scripts run, and the address's #fragment is the
// browser's :target.
Blazor.start({ ssr: { disableDomPreservation: true } });
