// Usage: node report_browser_test.mjs BASE_URL REPORT_PATH ARTIFACT_DIR
// Loads the report and the index page in headless Chromium and checks that
// they render without console errors, that every chart shows one variant as
// wide as the text with readable text at desktop and phone widths, and that
// axe-core finds no serious or critical WCAG 2.1 AA violations.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;
const [baseUrl, reportPath, artifactDir] = process.argv.slice(2);
mkdirSync(artifactDir, { recursive: true });

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`FAIL: ${what}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, path] of [['rapportage', reportPath], ['index', '/rapportages']]) {
    // The frontend's proxy adds the user's token; here the test does.
    const page = await browser.newPage({
      viewport: { width: 1200, height: 900 },
      extraHTTPHeaders: { Authorization: `Bearer ${process.env.VEILIG_TOKEN}` },
    });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    check(response && response.status() === 200, `${name}: HTTP ${response && response.status()}`);
    await page.screenshot({ path: `${artifactDir}/${name}.png`, fullPage: true });
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);

    if (name === 'rapportage') {
      // On a desktop and on a phone: each figure shows one variant of its chart
      // (wide or narrow), as wide as the text, and no chart text smaller on
      // screen than 80% of the 16 px body text.
      for (const [width, variant] of [[1280, 'chart-wide'], [390, 'chart-narrow']]) {
        await page.setViewportSize({ width, height: 900 });
        const figures = await page.$$eval('figure', (all) => all
          .filter((f) => f.querySelector('svg.chart'))
          .map((f) => ({
            width: f.getBoundingClientRect().width,
            shown: [...f.querySelectorAll('svg.chart')]
              .filter((s) => getComputedStyle(s).display !== 'none')
              .map((s) => {
                const r = s.getBoundingClientRect();
                const scale = r.width / s.viewBox.baseVal.width;
                const px = [...s.querySelectorAll('text')]
                  .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
                return { cls: s.getAttribute('class'), width: r.width, height: r.height,
                         smallestText: Math.min(...px) };
              }),
          })));
        check(figures.length > 0, `rapportage at ${width} px: no charts`);
        const wrong = figures.filter((f) => f.shown.length !== 1 ||
          !f.shown[0].cls.includes(variant) || f.shown[0].height <= 0 ||
          Math.abs(f.shown[0].width - f.width) > 1 || f.shown[0].smallestText < 0.8 * 16);
        check(wrong.length === 0,
          `rapportage at ${width} px: ${wrong.length} figures without one readable ${variant} ` +
          `as wide as the text: ${JSON.stringify(wrong.slice(0, 3))}`);
        await page.screenshot({ path: `${artifactDir}/${name}-${width}.png`, fullPage: true });
      }
      await page.setViewportSize({ width: 1200, height: 900 });
    }

    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of serious) {
      console.error(`${name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
    }
    check(serious.length === 0, `${name}: ${serious.length} serious or critical accessibility violations`);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
