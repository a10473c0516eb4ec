// Starts the browser's number formatting while the WebAssembly downloads and compiles. The
// page's first Intl.NumberFormat loads the locale's data (20–50 ms on the main thread, measured
// in headless Chromium); done here, that cost overlaps the download instead of delaying the
// first result. It formats nothing the user sees and stores or sends nothing.
(() => {
  try {
    // The language the app will pick: the first French or English tag in the browser's list.
    const tags = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
      .map((t) => String(t).split(/[-_]/)[0].toLowerCase());
    const fr = tags.find((t) => t === 'fr' || t === 'en') === 'fr';
    const locale = fr ? 'fr-FR' : 'en-US';
    const options = [
      { maximumFractionDigits: 0 },
      { style: 'currency', currency: fr ? 'EUR' : 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 },
      { style: 'percent', maximumFractionDigits: 2 },
    ];
    for (const o of options) new Intl.NumberFormat(locale, o).format('1234.5');
    // Read by the benchmark and the tests: whether, and when, the warm-up ran.
    performance.mark('fp-intl-warm');
  } catch (_) {
    // Formatting will simply start cold.
  }
})();
