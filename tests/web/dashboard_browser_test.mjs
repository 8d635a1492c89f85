// Usage: node dashboard_browser_test.mjs BASE_URL MUNICIPALITY ARTIFACT_DIR
// A reader's way through the dashboard in headless Chromium, on a desktop
// (1280 px) and a phone (390 px) wide window: the front page (its first Tab
// reaches the skip link, which moves the focus to the content), the burglary
// map of the wijken (real outlines with their names, each a link with a
// <title>, the planted rise of Almere Buiten in the darkest class and rising
// while the city falls), the wijk followed from the map to its area page,
// and that page's CSV download, whose numbers must equal its tables'. Every
// page: HTTP 200, no console errors, no sideways scrolling, and no axe-core
// violation of WCAG 2.1 A or AA at all.
import { checker, launchChromium } from './browser_checks.mjs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const widths = [1280, 390];
const axeSource = require('axe-core').source;
const [baseUrl, municipality, artifactDir] = process.argv.slice(2);
mkdirSync(artifactDir, { recursive: true });

const { check, finish } = checker();

// "6,8" -> 6.8, "1.043" -> 1043, "−47%" -> -47, "–" -> null.
function dutchNumber(text) {
  const t = text.trim().replace('−', '-').replace('%', '').replace(/\./g, '').replace(',', '.');
  if (t === '' || t === '–') return null;
  return Number(t);
}

// "6,8 per 1.000 woningen (158)" -> {rate: 6.8, count: 158}; "158" -> {count: 158}.
function dutchFigure(text) {
  const rated = text.match(/^([\d.,]+) per .*\(([\d.]+)\)$/);
  if (rated) return { rate: dutchNumber(rated[1]), count: dutchNumber(rated[2]) };
  const rateOnly = text.match(/^([\d.,]+) per /);
  if (rateOnly) return { rate: dutchNumber(rateOnly[1]), count: null };
  return { rate: null, count: dutchNumber(text) };
}

// A Dutch Excel CSV: BOM, ';', decimal comma; quoted fields may hold ';'.
function parseCsv(text) {
  check(text.charCodeAt(0) === 0xfeff, 'the CSV starts with a UTF-8 byte-order mark');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(field); field = '';
    } else if (c === '\r') {
      // CRLF line ends: the \n follows
    } else if (c === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
    } else {
      field += c;
    }
  }
  return rows;
}

const browser = await launchChromium();

async function checkPage(page, name, shot) {
  await page.screenshot({ path: `${artifactDir}/${shot}.png`, fullPage: true });
  const sideways = await page.evaluate(() =>
    ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  check(sideways.scrollWidth <= sideways.innerWidth + 1,
    `${name}: the page scrolls sideways (${sideways.scrollWidth} px in ${sideways.innerWidth} px)`);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations) {
    console.error(`${name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }
  check(result.violations.length === 0, `${name}: ${result.violations.length} accessibility violations`);
}

try {
  for (const width of widths) {
    const suffix = width === widths[0] ? '' : `-${width}`;
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      extraHTTPHeaders: process.env.VEILIG_TOKEN ? { Authorization: `Bearer ${process.env.VEILIG_TOKEN}` } : {},
    });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));

    // The front page, and the keyboard's way past its header.
    let name = `dashboard at ${width} px`;
    let response = await page.goto(`${baseUrl}/dashboard/${municipality}`, { waitUntil: 'load' });
    check(response && response.status() === 200, `${name}: HTTP ${response && response.status()}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { text: el.textContent, visible: r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight };
    });
    check(skip.text === 'Naar de inhoud' && skip.visible,
      `${name}: the first Tab does not show the skip link (${JSON.stringify(skip)})`);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.id);
    check(focused === 'inhoud', `${name}: the skip link leaves the focus on '${focused}'`);
    const cards = await page.$$eval('.veilig-card', (all) => all.length);
    check(cards >= 10, `${name}: ${cards} indicators`);
    await checkPage(page, name, `dashboard${suffix}`);

    // On to the burglary map, by its card's link.
    await Promise.all([page.waitForURL(/\/kaart\?/),
      page.click('a[href*="kaart?indicator=woninginbraak"]')]);
    name = `burglary map at ${width} px`;
    const map = await page.evaluate(() => {
      const areas = [...document.querySelectorAll('figure svg a')].map((a) => ({
        href: a.getAttribute('href'),
        title: a.querySelector('title') && a.querySelector('title').textContent,
        fill: a.querySelector('path').getAttribute('fill'),
      }));
      const labels = [...document.querySelectorAll('figure svg text')].map((t) => t.textContent);
      const legend = [...document.querySelectorAll('.veilig-legend .veilig-swatch')]
        .map((s) => s.style.background || s.style.backgroundColor);
      const rows = [...document.querySelectorAll('table tbody tr, table tfoot tr')].map((tr) => ({
        code: tr.querySelector('th').dataset.gebied,
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      }));
      const attribution = document.querySelector('figcaption').textContent;
      return { areas, labels, legend, rows, attribution };
    });
    check(map.areas.length === 6, `${name}: ${map.areas.length} wijken on the map`);
    check(map.areas.every((a) => a.title && /^Wijk 0\d Almere .+: /.test(a.title)),
      `${name}: a wijk without a <title> naming it: ${JSON.stringify(map.areas.map((a) => a.title))}`);
    check(map.labels.includes('Wijk 03 Almere Buiten'), `${name}: labels ${JSON.stringify(map.labels)}`);
    check(map.attribution.includes('Kadaster / CBS, 2019'), `${name}: no attribution`);
    const buiten = map.areas.find((a) => a.title.startsWith('Wijk 03 Almere Buiten'));
    check(buiten && buiten.title.includes('klasse 5 van 5'),
      `${name}: the planted rise is not in the top class: ${buiten && buiten.title}`);
    const buitenRow = map.rows.find((r) => r.code === 'WK003403');
    const cityRow = map.rows.find((r) => r.code === municipality);
    check(buitenRow && dutchNumber(buitenRow.cells[2]) > 0 && dutchNumber(cityRow.cells[2]) < 0,
      `${name}: Almere Buiten does not rise while the city falls: ${JSON.stringify([buitenRow, cityRow])}`);
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);
    await checkPage(page, name, `kaart${suffix}`);

    // Follow the wijk on the map to its own page.
    await Promise.all([page.waitForURL(/\/gebied\/WK003403$/),
      page.click('figure svg a[href$="/gebied/WK003403"]')]);
    name = `area page at ${width} px`;
    const title = await page.textContent('h1');
    check(title.includes('Almere Buiten'), `${name}: heading '${title}'`);
    await checkPage(page, name, `gebied${suffix}`);

    // Its CSV, fetched as the browser fetches the link (with the reader's
    // token), and the numbers of every half-year table in it.
    const link = page.locator('a[download]', { hasText: 'Excel' });
    check(await link.count() === 1, `${name}: no CSV download link`);
    const download = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
    check(download.status() === 200 && download.headers()['content-type'] === 'text/csv; charset=utf-8' &&
      download.headers()['content-disposition'].startsWith('attachment'),
    `${name}: the CSV download answers ${download.status()} ${JSON.stringify(download.headers())}`);
    const csv = parseCsv(await download.text());
    check(csv[0][0] === 'Indicator' && csv[0][4] === 'Aantal', `${name}: CSV header ${csv[0]}`);
    const byKey = new Map(csv.slice(1).map((r) => [`${r[0]}|${r[1]}|${r[3]}`, r]));
    const tables = await page.evaluate(() => [...document.querySelectorAll('section')].map((s) => {
      const table = s.querySelector('table');
      return {
        indicator: s.querySelector('h2').textContent,
        areas: [...table.querySelectorAll('thead th[data-gebied]')].map((th) => th.dataset.gebied),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
          period: tr.querySelector('th').dataset.periode,
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
        })),
      };
    }));
    let compared = 0;
    for (const t of tables) {
      for (const row of t.rows) {
        row.cells.forEach((cell, i) => {
          if (cell === '–') return;
          const shown = dutchFigure(cell);
          const line = byKey.get(`${t.indicator}|${t.areas[i]}|${row.period}`);
          const inCsv = line && { count: line[4] === '' ? null : Number(line[4]),
                                  rate: line[5] === '' ? null : dutchNumber(line[5]) };
          const same = inCsv && inCsv.count === shown.count &&
            (shown.rate === null || inCsv.rate === shown.rate);
          check(same, `${name}: ${t.indicator} ${t.areas[i]} ${row.period}: table ${cell}, CSV ${line}`);
          compared++;
        });
      }
    }
    check(compared >= 50, `${name}: only ${compared} figures compared with the CSV`);
    check(csv.slice(1).every((r) => r[r.length - 1].includes('verzonnen')),
      `${name}: a CSV row without the note that the figures are invented`);
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);

    // Back to the front page and on to the BBV policy indicators.
    await page.goto(`${baseUrl}/dashboard/${municipality}`, { waitUntil: 'load' });
    await Promise.all([page.waitForURL(/\/bbv$/), page.click('a[href$="/bbv"]')]);
    name = `policy indicators at ${width} px`;
    const budget = await page.evaluate(() => [...document.querySelectorAll('table')][0]
      .querySelectorAll('tbody tr').length);
    check(budget === 5, `${name}: ${budget} indicators in the year's table`);
    const sections = await page.$$eval('section h2', (all) => all.map((h) => h.textContent));
    check(sections.length === 5 && sections.some((t) => t.startsWith('Verwijzingen Halt')),
      `${name}: sections ${JSON.stringify(sections)}`);
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);
    await checkPage(page, name, `bbv${suffix}`);

    // And to the signals: the planted rise in Almere Buiten, its method behind a disclosure.
    await page.goto(`${baseUrl}/dashboard/${municipality}`, { waitUntil: 'load' });
    await Promise.all([page.waitForURL(/\/signalen$/), page.click('a[href$="/signalen"]')]);
    name = `signals at ${width} px`;
    const signals = await page.$$eval('li a[href*="/gebied/"]', (all) => all.map((a) => a.textContent));
    check(signals.length >= 1 && signals[0].startsWith('Woninginbraken in Wijk 03 Almere Buiten, maart 2019'),
      `${name}: signals ${JSON.stringify(signals)}`);
    await page.click('details summary');
    const how = await page.textContent('details p');
    check(how.includes('Farrington'), `${name}: 'Hoe berekend' says ${how}`);
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);
    await checkPage(page, name, `signalen${suffix}`);
    await page.close();
  }
} finally {
  await browser.close();
}
finish();
