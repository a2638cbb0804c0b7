// `isnad serve` as a new user meets it: started on a free loopback port over a store holding
// the seeds, opened in headless Chromium. Asserts: the app loads without console errors and
// shows the Baghuz story; search (the form, and the API with filters) finds documents; a
// document opens; bad requests get clear 4xx JSON answers; the server is on loopback; and it
// reads the store live: documents ingested while it runs appear without a restart.
// Screenshots of each view go to ISNAD_ARTIFACTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isnad, launch, serve, shot, tempDir, watch } from './lib.mjs';

let dir, db, server, browser, page, errors;

before(async () => {
  dir = tempDir('serve');
  db = path.join(dir, 'live.db');
  isnad('ingest', 'data/sample/seeds', '--db', db);
  server = await serve(db);
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  errors = watch(page);
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.proc.kill('SIGTERM');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p, init) => fetch(new URL(p, server.url), init);

test('it listens on loopback only', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('the application loads without console errors and shows the Baghuz story', async () => {
  await page.goto(server.url);
  await page.waitForFunction(() => window.isnadReady === true, null, { timeout: 20000 });
  await page.waitForSelector('#ledger .group');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  assert.ok((await page.locator('#map .leaflet-tooltip').allTextContents()).includes('الباغوز'));
  const ledger = await page.locator('section.group[data-type="surrender"][data-unit="fighters"]').first().innerText();
  assert.ok(ledger.includes('نحو ألف عنصر') && ledger.includes('نحو سبعين عنصرا'));
  await shot(page, 'app-1-story.png');
  assert.deepEqual(errors, []);
});

test('search finds a document, and the result opens it', async () => {
  await page.goto(server.url + '#/search?q=' + encodeURIComponent('الباغوز'));
  await page.waitForSelector('#results .hit');
  const hits = await page.locator('#results .hit').count();
  assert.ok(hits >= 3, `${hits} hits`);
  assert.ok((await page.locator('#results .hit mark').count()) > 0, 'matches are marked in the snippets');
  await shot(page, 'app-2-search.png');
  // The form: narrow to one outlet.
  await page.selectOption('#search-form select[name="outlet"]', 'orient');
  await page.click('#search-form button[type="submit"]');
  await page.waitForFunction(() => location.hash.includes('outlet=orient'));
  await page.waitForSelector('#results .hit');
  assert.equal(await page.locator('#results .hit').count(), 1);
  await page.locator('#results .hit h3 a').first().click();
  await page.waitForSelector('#doc-text mark');
  assert.match(await page.textContent('main h1'), /الباغوز/);
  await shot(page, 'app-3-document.png');
  assert.deepEqual(errors, []);
});

test('the search API filters by outlet, type and date', async () => {
  const q = encodeURIComponent('استسلام');
  const all = await (await get(`/api/search?q=${q}`)).json();
  assert.ok(all.results.length >= 3);
  const orient = await (await get(`/api/search?q=${q}&outlet=orient`)).json();
  assert.ok(orient.results.length >= 1 && orient.results.every((r) => r.outlet.id === 'orient'));
  const typed = await (await get(`/api/search?q=${q}&type=surrender`)).json();
  assert.ok(typed.results.length >= 1);
  const dated = await (await get(`/api/search?q=${q}&from=2019-02-01&to=2019-02-28`)).json();
  assert.ok(dated.results.every((r) => r.published && r.published.startsWith('2019-02')));
});

test('bad requests get clear 4xx answers', async () => {
  const cases = [
    ['/api/search', 400, /missing q/],
    ['/api/search?q=' + encodeURIComponent('الباغوز') + '&from=2019-13-01', 400, /from must be a date/],
    ['/api/search?q=x&qq=1', 400, /unknown parameter 'qq'/],
    ['/api/search?q=x&limit=0', 400, /limit/],
    ['/api/search?q=x&type=bombing', 400, /unknown claim type/],
    ['/api/search?q=' + encodeURIComponent('،،،'), 400, /no words/],
    ['/api/stories/abc', 400, /story id is a number/],
    ['/api/stories/99999', 404, /no story/],
    ['/api/documents/not-hex!', 400, /hexadecimal/],
    ['/api/documents/ffffffff', 404, /no document/],
    ['/api/documents?story=x', 400, /story must be/],
    ['/api/nothing', 404, /no such API endpoint/],
    ['/nothing.html', 404, /not found/],
  ];
  for (const [url, status, message] of cases) {
    const r = await get(url);
    assert.equal(r.status, status, url);
    const body = await r.json();
    assert.match(body.error, message, url);
  }
  const post = await get('/api/search?q=x', { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET');
});

test('the exports are served', async () => {
  const csv = await (await get('/api/export/ledger.csv')).text();
  assert.ok(csv.includes('نحو ألف عنصر'));
  const geo = await (await get('/api/export/places.geojson')).json();
  assert.ok(geo.features.some((f) => f.properties.name === 'الباغوز'));
});

test('documents ingested while it runs appear without a restart', async () => {
  await page.goto(server.url);
  await page.waitForSelector('#ledger .group');
  const before = (await (await get('/api/version')).json()).documents;
  const storiesBefore = await page.locator('#sidebar .story-link').count();
  isnad('ingest', 'data/sample/ant', '--db', db);
  const after = (await (await get('/api/version')).json()).documents;
  assert.ok(after > before, `${before} -> ${after} documents`);
  await page.waitForFunction((n) => document.querySelectorAll('#sidebar .story-link').length > n, storiesBefore, { timeout: 15000 });
  const hits = await (await get('/api/search?q=' + encodeURIComponent('دوما'))).json();
  assert.ok(hits.results.length >= 3, 'the new documents are searchable');
  await page.locator('#sidebar .story-link', { hasText: 'دوما' }).first().click();
  await page.waitForSelector('#ledger');
  await page.waitForTimeout(400);
  await shot(page, 'app-4-live-new-story.png');
  assert.deepEqual(errors, []);
});
