// The report as a new user meets it: `isnad ingest` the bundled sample, `isnad report`, open the
// HTML file from disk in headless Chromium. Asserts: no console errors and no request leaving
// the file; right-to-left Arabic in the bundled font; the seeds' Baghuz story is the first
// thing shown, its map has the Baghuz marker, its ledger shows the conflicting surrender
// figures with their chains; exports work. Screenshots of each view go to ISNAD_ARTIFACTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isnad, launch, shot, tempDir, watch, artifacts } from './lib.mjs';

let dir, html, browser, page, errors;

before(async () => {
  dir = tempDir('report');
  const db = path.join(dir, 'sample.db');
  isnad('ingest', 'data/sample/seeds', 'data/sample/ant', '--db', db);
  html = path.join(dir, 'report.html');
  const printed = isnad('report', '--db', db, '--out', html, '--csv', path.join(dir, 'ledger.csv'),
    '--geojson', path.join(dir, 'places.geojson')).trim();
  assert.equal(printed, html, 'isnad report prints the path it wrote');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  errors = watch(page);
  await page.goto('file://' + html);
  await page.waitForFunction(() => window.isnadReady === true, null, { timeout: 20000 });
  await page.waitForSelector('#ledger .group');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);  // Leaflet draws on the next animation frame
});

after(async () => {
  if (browser) await browser.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the report opens from a file without console errors or outside requests', async () => {
  await shot(page, 'report-1-story.png');
  await shot(page, 'report-1-story-full.png', { fullPage: true });
  assert.deepEqual(errors, []);
});

test('the page is Arabic, right to left, in the bundled font', async () => {
  const r = await page.evaluate(() => ({
    dir: document.documentElement.dir, lang: document.documentElement.lang,
    direction: getComputedStyle(document.querySelector('#main')).direction,
    font: getComputedStyle(document.body).fontFamily,
    loaded: document.fonts.check('16px isnad-sans', 'الباغوز') && document.fonts.check('16px isnad-naskh', 'الباغوز'),
    faces: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  }));
  assert.equal(r.dir, 'rtl');
  assert.equal(r.lang, 'ar');
  assert.equal(r.direction, 'rtl');
  assert.match(r.font, /isnad-sans/);
  assert.ok(r.loaded, 'the embedded Arabic fonts are loaded');
  assert.ok(r.faces.some((f) => /isnad-sans/.test(f)), `loaded faces: ${r.faces}`);
});

test('the first story shown is the seeds\' Baghuz story', async () => {
  const title = await page.textContent('#story-head h1');
  assert.match(title, /الباغوز|استسلام/);
  const outlets = await page.textContent('#story-head');
  for (const o of ['الجزيرة نت', 'أورينت نت', 'الشرق الأوسط', 'تلفزيون سوريا']) assert.ok(outlets.includes(o), o);
});

test('the map shows the Baghuz marker', async () => {
  const map = page.locator('#map');
  await map.scrollIntoViewIfNeeded();
  const labels = await page.locator('#map .leaflet-tooltip').allTextContents();
  assert.ok(labels.includes('الباغوز'), `map labels: ${labels.join(', ')}`);
  const markers = await page.locator('#map path.leaflet-interactive').count();
  assert.ok(markers >= 3, `${markers} markers and outlines`);
  const claimPlaces = await map.getAttribute('data-claim-places');
  assert.ok(claimPlaces.split('|').includes('الباغوز'));
  // The label sits inside the visible map.
  const box = await map.boundingBox();
  const label = await page.locator('#map .leaflet-tooltip', { hasText: 'الباغوز' }).first().boundingBox();
  assert.ok(label.x >= box.x && label.x + label.width <= box.x + box.width + 1 && label.y >= box.y && label.y <= box.y + box.height,
    'the Baghuz label is inside the map');
  await shot(map, 'report-2-map.png');
});

test('the ledger shows the conflicting surrender figures with their sources', async () => {
  const group = page.locator('section.group[data-type="surrender"][data-unit="fighters"]').first();
  await group.scrollIntoViewIfNeeded();
  assert.match(await group.getAttribute('class'), /contradiction/);
  const text = await group.innerText();
  for (const figure of ['نحو سبعين عنصرا', 'نحو ألف عنصر', 'العشرات', 'نحو 150']) assert.ok(text.includes(figure), figure);
  for (const source of ['مصدر ميداني مطّلع', 'مصادر خاصة', 'وكالة الأناضول', 'مصدر عسكري']) assert.ok(text.includes(source), source);
  assert.match(text, /Contradiction/);
  assert.match(text, /Independent sources/);
  // «العشرات» is Orient's report of Anadolu's figure, disputed by Orient.
  const disputed = group.locator('article.fig[data-figure="العشرات"]').first();
  assert.match(await disputed.locator('.num').innerText(), /disputed/);
  assert.match(await disputed.locator('.chain').innerText(), /أورينت نت[\s\S]*←[\s\S]*وكالة الأناضول/);
  // Each figure's quote is highlighted inside its paragraph, the figure in bold.
  const seventy = group.locator('article.fig[data-figure="نحو سبعين عنصرا"]');
  assert.equal(await seventy.locator('blockquote mark strong').innerText(), 'نحو سبعين عنصرا');
  assert.match(await seventy.locator('.chain').innerText(), /الجزيرة نت[\s\S]*←[\s\S]*مصدر ميداني مطّلع/);
  assert.ok(await group.locator('article.fig.contra').count() >= 2, 'contradicting figures are marked');
  await shot(group, 'report-3-ledger-surrender.png');
});

test('the timeline lists claims and publications', async () => {
  const tl = page.locator('#timeline');
  await tl.scrollIntoViewIfNeeded();
  assert.ok(await tl.locator('.tl-day').count() >= 1);
  assert.match(await tl.innerText(), /2019-02-27/);
  await shot(tl, 'report-4-timeline.png');
});

test('a figure links to its document with the claims highlighted', async () => {
  await page.locator('section.group[data-type="surrender"] article.fig[data-figure="نحو ألف عنصر"] .meta a').first().click();
  await page.waitForSelector('#doc-text mark.flash');
  const title = await page.textContent('main h1');
  assert.match(title, /الباغوز/);
  assert.ok((await page.locator('#doc-text mark').count()) > 3);
  await page.waitForTimeout(600);
  await shot(page, 'report-5-document.png');
  await page.goBack();
  await page.waitForSelector('#ledger .group');
});

test('the ledger exports as CSV and the places as GeoJSON', async () => {
  const csv = fs.readFileSync(path.join(dir, 'ledger.csv'), 'utf8');
  assert.ok(csv.startsWith('\ufeffstory,group,type'));
  assert.ok(csv.includes('نحو ألف عنصر'));
  const geo = JSON.parse(fs.readFileSync(path.join(dir, 'places.geojson'), 'utf8'));
  assert.ok(geo.features.some((f) => f.properties.name === 'الباغوز'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const saved = path.join(artifacts, 'report-ledger.csv');
  await download.saveAs(saved);
  assert.ok(fs.readFileSync(saved, 'utf8').includes('نحو سبعين عنصرا'));
  const [dl2] = await Promise.all([page.waitForEvent('download'), page.click('#export-geojson')]);
  const saved2 = path.join(artifacts, 'report-places.geojson');
  await dl2.saveAs(saved2);
  assert.ok(JSON.parse(fs.readFileSync(saved2, 'utf8')).features.length > 3);
  assert.deepEqual(errors, []);
});
