// «Версия для слабовидящих»: applies the reader's stored settings before the first paint.
// A classic script in <head> (not a module, not inline: the Content-Security-Policy allows only
// the site's own files), so it runs before the page is drawn. It knows no setting by name: it
// copies every short stored pair into a data-a11y-* attribute; src/lib/reading-settings.ts owns
// the list. It also marks that JavaScript runs, so controls that need it are shown.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var stored = JSON.parse(window.localStorage.getItem('reading-settings') || '{}');
    var any = false;
    for (var name in stored) {
      var value = stored[name];
      if (/^[a-z]{1,10}$/.test(name) && typeof value === 'string' && /^[a-z0-9]{1,10}$/.test(value)) {
        root.setAttribute('data-a11y-' + name, value);
        any = true;
      }
    }
    if (any) root.setAttribute('data-a11y', '');
  } catch {
    // Storage disabled or damaged: the usual look.
  }
})();
