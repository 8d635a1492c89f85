// Usage: node report_browser_test.mjs BASE_URL REPORT_PATH ARTIFACT_DIR
// Loads the report and the index page in headless Chromium, on a desktop
// (1280 px) and a phone (390 px) wide window, and checks at each width that
// they render without console errors, that every chart shows one variant
// (wide on the desktop, narrow on the phone) as wide as the text with text of
// at least 80% of the body's, that the page never scrolls sideways (wide
// tables scroll in their own box), that the summary's goal table comes first,
// and that axe-core finds no serious or critical WCAG 2.1 AA violations.
import { checker, launchChromium } from './browser_checks.mjs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
// Desktop first; the phone width is the iPhone 12-15's.
const widths = [1280, 390];
const axeSource = require('axe-core').source;
const [baseUrl, reportPath, artifactDir] = process.argv.slice(2);
mkdirSync(artifactDir, { recursive: true });

const { check, finish } = checker();

const browser = await launchChromium();
// In the page: the element that sticks out furthest to the right (by its box,
// or by text overflowing it, such as a long word), among those no scrolling or
// clipping ancestor contains, to name in a failure; the innermost on a tie.
function widestElement() {
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if (overflow !== 'visible') return true;
    }
    return false;
  };
  let widest = null;
  let right = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    const ownScroller = getComputedStyle(el).overflowX !== 'visible';
    const reach = ownScroller ? r.right : Math.max(r.right, r.left + el.scrollWidth);
    if (reach >= right && reach > 0 && !clipped(el)) { widest = el; right = reach; }
  }
  if (!widest) return 'none found';
  const classes = widest.classList.length ? `.${[...widest.classList].join('.')}` : '';
  const id = widest.id ? `#${widest.id}` : '';
  const text = (widest.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
  return `<${widest.tagName.toLowerCase()}${id}${classes}> reaches ${Math.round(right)} px: "${text}"`;
}

try {
  for (const width of widths) for (const [pageName, path] of [['rapportage', reportPath], ['index', '/rapportages']]) {
    const name = `${pageName} at ${width} px`;
    // The frontend's proxy adds the user's token; here the test does.
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      extraHTTPHeaders: { Authorization: `Bearer ${process.env.VEILIG_TOKEN}` },
    });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    check(response && response.status() === 200, `${name}: HTTP ${response && response.status()}`);
    const shot = width === widths[0] ? pageName : `${pageName}-${width}`;
    await page.screenshot({ path: `${artifactDir}/${shot}.png`, fullPage: true });
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);

    const sideways = await page.evaluate(() =>
      ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    const scrolls = sideways.scrollWidth > sideways.innerWidth + 1;
    check(!scrolls, `${name}: the page scrolls sideways (${sideways.scrollWidth} px wide in a ` +
      `${sideways.innerWidth} px window); widest: ${scrolls ? await page.evaluate(widestElement) : ''}`);

    if (pageName === 'rapportage') {
      // Each figure shows one variant of its chart, as wide as the text, and
      // no chart text smaller on screen than 80% of the 16 px body text.
      const variant = width >= 640 ? 'chart-wide' : 'chart-narrow';
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
      check(figures.length > 0, `${name}: no charts`);
      const wrong = figures.filter((f) => f.shown.length !== 1 ||
        !f.shown[0].cls.includes(variant) || f.shown[0].height <= 0 ||
        Math.abs(f.shown[0].width - f.width) > 1 || f.shown[0].smallestText < 0.8 * 16);
      check(wrong.length === 0,
        `${name}: ${wrong.length} figures without one readable ${variant} as wide as the ` +
        `text: ${JSON.stringify(wrong.slice(0, 3))}`);
      // The council reads the goals first: the summary with its goal table
      // is the first part of the page after the title.
      const first = await page.evaluate(() => {
        const section = document.querySelector('main > section');
        return { id: section && section.id, goals: !!(section && section.querySelector('table')) };
      });
      check(first.id === 'samenvatting' && first.goals,
        `${name}: the page does not open with the summary's goal table (${JSON.stringify(first)})`);
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
finish();
