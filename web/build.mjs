// Builds isnad's front end into one HTML template: the app's script and styles, Leaflet, the
// Arabic web fonts (base64 WOFF2) and the map's vector data (countries, governorates) all
// inlined, so the page works offline from a file. The C++ side (src/report/) replaces the
// marker <!--ISNAD_DATA--> with the report's JSON, or with {"isnad":{"mode":"serve"}} when the
// page is served by `isnad serve`.
//
// Usage: node web/build.mjs --out DIR   (writes DIR/isnad-web.html)
// Run by CMake (src/report/CMakeLists.txt) after `npm ci`; nobody needs to run it by hand.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const nm = (p) => path.join(here, 'node_modules', p);
const read = (p) => fs.readFileSync(p, 'utf8');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const outDir = path.resolve(arg('--out', path.join(here, 'dist')));

// ---- Gazetteer (data/places/gazetteer.tsv): Arabic names of countries and governorates.
function gazetteer() {
  const rows = read(path.join(root, 'data/places/gazetteer.tsv')).split('\n');
  const head = rows[0].split('\t');
  const col = (n) => head.indexOf(n);
  const out = [];
  for (const line of rows.slice(1)) {
    if (!line.trim()) continue;
    const f = line.split('\t');
    out.push({
      id: f[col('id')], ar: f[col('name_ar')], en: f[col('name_en')],
      lat: parseFloat(f[col('lat')]), lon: parseFloat(f[col('lon')]),
      precision: f[col('precision')], country: f[col('country')],
    });
  }
  return out;
}
const gaz = gazetteer();

// ---- Geometry helpers.
const round = (x) => Math.round(x * 1000) / 1000;
function roundCoords(c) {
  return typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords);
}
function bbox(geom) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      x0 = Math.min(x0, c[0]); y0 = Math.min(y0, c[1]); x1 = Math.max(x1, c[0]); y1 = Math.max(y1, c[1]);
    } else c.forEach(walk);
  };
  walk(geom.coordinates);
  return [x0, y0, x1, y1];
}
function inRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function contains(geom, pt) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  return polys.some((p) => inRing(pt, p[0]) && !p.slice(1).some((h) => inRing(pt, h)));
}

// ---- Countries: world-atlas (Natural Earth 1:50m, public domain), the region around the
// Levant, Iraq and the Gulf only, with Arabic names from the gazetteer.
function countries() {
  const topo = JSON.parse(read(nm('world-atlas/countries-50m.json')));
  const fc = topojson.feature(topo, topo.objects.countries);
  const region = [20, 8, 65, 45];  // lon/lat box: Libya to Iran, Yemen to the Caucasus
  const byEn = new Map(gaz.filter((g) => g.precision === 'country').map((g) => [g.en, g.ar]));
  const alias = { 'Syria': 'Syria', 'Iran': 'Iran', 'Turkey': 'Turkey', 'Palestine': 'Palestine' };
  const features = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const b = bbox(f.geometry);
    if (b[2] < region[0] || b[0] > region[2] || b[3] < region[1] || b[1] > region[3]) continue;
    const en = f.properties.name;
    features.push({
      type: 'Feature',
      properties: { en, ar: byEn.get(alias[en] || en) || byEn.get(en.replace(/\.$/, '')) || '' },
      geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
    });
  }
  return { type: 'FeatureCollection', features };
}

// ---- Governorates of Syria and Iraq (web/vendor/amcharts5-geodata, see its README), named in
// Arabic by the gazetteer governorate whose capital lies inside the outline.
function governorates() {
  const dir = path.join(here, 'vendor/amcharts5-geodata');
  if (!fs.existsSync(dir)) return null;
  const features = [];
  for (const [file, cc] of [['syriaHigh.json', 'SY'], ['iraqLow.json', 'IQ']]) {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) continue;
    const fc = JSON.parse(read(p));
    const govs = gaz.filter((g) => g.precision === 'governorate' && g.country === cc && !isNaN(g.lat));
    for (const f of fc.features) {
      const en = f.properties.NAME_ENG || f.properties.name;
      const g = govs.find((x) => contains(f.geometry, [x.lon, x.lat])) ||
                govs.find((x) => x.en.toLowerCase().startsWith(en.toLowerCase()));
      features.push({
        type: 'Feature',
        properties: { code: f.properties.id, en,
                      ar: g ? g.ar : '', gid: g ? g.id : '' },
        geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
      });
    }
  }
  return { type: 'FeatureCollection', features,
           attribution: 'Governorate boundaries © <a href="https://www.amcharts.com/" rel="noopener">amCharts</a>' };
}

// ---- Fonts: Noto Sans Arabic (interface) and Noto Naskh Arabic (quoted text), SIL OFL 1.1.
function fontFaces() {
  const faces = [
    ['isnad-sans', 'noto-sans-arabic', 'arabic', 400], ['isnad-sans', 'noto-sans-arabic', 'arabic', 700],
    ['isnad-sans', 'noto-sans-arabic', 'latin', 400], ['isnad-sans', 'noto-sans-arabic', 'latin', 700],
    ['isnad-naskh', 'noto-naskh-arabic', 'arabic', 400], ['isnad-naskh', 'noto-naskh-arabic', 'arabic', 700],
  ];
  const ranges = {
    arabic: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC, U+102E0-102FB, U+10E60-10E7E, U+10EC2-10EC4, U+10EFC-10EFF, U+1EE00-1EEFF',
    latin: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  };
  return faces.map(([family, pkg, subset, weight]) => {
    const file = nm(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`);
    const b64 = fs.readFileSync(file).toString('base64');
    return `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:block;` +
           `src:url(data:font/woff2;base64,${b64}) format('woff2');unicode-range:${ranges[subset]};}`;
  }).join('\n');
}

// Leaflet's stylesheet refers to marker and layer-control images we never use; drop the
// references so a page opened from a file asks for nothing.
function leafletCss() {
  return read(nm('leaflet/dist/leaflet.css')).replace(/url\([^)]*images\/[^)]*\)/g, 'none');
}

const safeScript = (s) => s.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');

function build() {
  const geo = { countries: countries(), governorates: governorates() };
  const css = [fontFaces(), leafletCss(), read(path.join(here, 'src/app.css'))].join('\n');
  const js = [
    read(nm('leaflet/dist/leaflet.js')),
    `window.ISNAD_GEO=${JSON.stringify(geo)};`,
    read(path.join(here, 'src/app.js')),
  ].join('\n;\n');
  let html = read(path.join(here, 'src/index.html'));
  if (!html.includes('<!--ISNAD_DATA-->')) throw new Error('index.html lacks the <!--ISNAD_DATA--> marker');
  html = html.replace('/*ISNAD_CSS*/', () => css).replace('/*ISNAD_JS*/', () => safeScript(js));
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'isnad-web.html');
  fs.writeFileSync(out + '.tmp', html);
  fs.renameSync(out + '.tmp', out);
  const kb = (n) => `${Math.round(n / 1024)} kB`;
  console.log(`web: ${out} (${kb(html.length)}; ${geo.countries.features.length} countries, ` +
              `${geo.governorates ? geo.governorates.features.length : 0} governorates)`);
}

build();
