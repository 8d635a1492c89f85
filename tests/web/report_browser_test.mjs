// Usage: node report_browser_test.mjs BASE_URL REPORT_PATH ARTIFACT_DIR
// Loads the report and the index page in headless Chromium and checks that
// they render without console errors, that every chart has a size, and that
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
      const sizes = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((s) => { const r = s.getBoundingClientRect(); return [r.width, r.height]; }));
      check(sizes.length > 0, 'rapportage: no charts');
      check(sizes.every(([w, h]) => w > 0 && h > 0), `rapportage: a chart has no size: ${JSON.stringify(sizes)}`);
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
