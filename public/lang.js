// Sets <html lang> before the first paint (issue 13), so a screen reader starts in the right
// voice and the browser does not offer to translate a Spanish page "from English". The same
// choice as the app makes (src/state/lang-store.ts and the app's ?lang=): the link's language,
// else the one kept on this device, else the browser's. A classic script in <head> from the same
// origin: the Content-Security-Policy forbids inline scripts. LANGS must list the languages of
// src/domain/i18n/languages.ts (tests/unit/public/lang-script.test.ts checks it).
;(function () {
  var LANGS = ['en', 'es', 'de', 'fr']
  var candidates = []
  try {
    candidates.push(new URLSearchParams(location.search).get('lang'))
  } catch (e) {
    /* no query */
  }
  try {
    candidates.push(localStorage.getItem('tpx.lang.v1'))
  } catch (e) {
    /* storage unavailable */
  }
  var nav = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
  for (var i = 0; i < nav.length; i++) candidates.push(nav[i])
  for (var j = 0; j < candidates.length; j++) {
    var base = String(candidates[j] || '')
      .trim()
      .toLowerCase()
      .split(/[-_]/)[0]
    if (candidates[j] && LANGS.indexOf(base) >= 0) {
      document.documentElement.lang = base
      return
    }
  }
})()
