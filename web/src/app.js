// isnad front end: one script for both the self-contained report (`isnad report`, data inlined
// in #isnad-data) and the local application (`isnad serve`, data from /api/…). Plain DOM, no
// framework; Leaflet draws the map from vector data bundled by web/build.mjs (no tile server).
// Views (hash routes, so the page works from a file:// URL):
//   #/               the newest story        #/story/ID   a story: map, contradictions, ledger,
//   #/doc/ID         one document with its claims highlighted            timeline, documents
//   #/search?q=…     search with filters (served application only)       #/about
(function () {
  'use strict';

  // ---------------------------------------------------------------- labels (Arabic · English)
  const TYPES = {
    surrender: ['استسلام', 'surrender'], agreement: ['اتفاق', 'agreement'], evacuation: ['إجلاء', 'evacuation'],
    release: ['إفراج', 'release'], transfer: ['نقل', 'transfer'], detention: ['احتجاز', 'detention'],
    attack: ['هجوم', 'attack'], control: ['سيطرة', 'control'], presence: ['وجود', 'presence'],
    aid: ['مساعدات', 'aid'], threat: ['تهديد', 'threat'], statement: ['تصريح', 'statement'],
  };
  const UNITS = {
    fighters: ['مقاتلون', 'fighters'], civilians: ['مدنيون', 'civilians'], people: ['أشخاص', 'people'],
    detainees: ['معتقلون', 'detainees'], families: ['عائلات', 'families'], vehicles: ['آليات', 'vehicles'],
    other: ['أخرى', 'other'],
  };
  const MODALITY = {
    asserted: ['مؤكَّد', 'asserted', ''], hedged: ['غير مؤكَّد', 'hedged', 'amber'],
    possible: ['محتمل', 'possible', 'amber'], denied: ['منفيّ', 'denied', 'purple'],
    disputed: ['مطعون فيه', 'disputed', 'purple'],
  };
  const KINDS = {
    outlet: 'وسيلة إعلام · outlet', agency: 'وكالة · agency', person: 'شخص · person',
    anonymous: 'مصدر مجهول · anonymous', organization: 'جهة · organization', actor: 'طرف · actor',
  };
  const ZONES = {
    furniture: 'عناصر الصفحة · page furniture', comments: 'تعليقات القراء · reader comments',
    related: 'روابط ذات صلة · related links', caption: 'تعليق صورة · caption',
  };
  const pair = (table, key) => (table[key] ? table[key] : [key || '?', key || '?']);

  // ---------------------------------------------------------------- tiny DOM helpers
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false) continue;
      el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return el;
  }
  const en = (text) => h('small', { lang: 'en', dir: 'ltr' }, text);
  const bi = (ar, english) => [ar, ' ', en(english)];
  const $ = (sel, root) => (root || document).querySelector(sel);
  const fmtInt = (n) => Number(n).toLocaleString('en-US');

  // ---------------------------------------------------------------- data
  let DATA = null;
  let MODE = 'report';
  const docCache = new Map();

  function readInline() {
    const el = document.getElementById('isnad-data');
    try { return JSON.parse(el ? el.textContent : 'null'); } catch (e) { return null; }
  }
  async function fetchJSON(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
    return body;
  }
  async function getDocument(id) {
    if (docCache.has(id)) return docCache.get(id);
    let d = DATA.documents && DATA.documents[id];
    if ((!d || d.text === undefined) && MODE === 'serve') d = await fetchJSON('api/documents/' + encodeURIComponent(id));
    if (d) docCache.set(id, d);
    return d;
  }
  const storyById = (id) => DATA.stories.find((s) => String(s.id) === String(id));
  const docMeta = (id) => (DATA.documents && DATA.documents[id]) || null;

  // ---------------------------------------------------------------- formatting
  function figureNumber(c) {
    if (!c) return '';
    const approx = c.approx ? '≈ ' : '';
    if (c.value !== null && c.value !== undefined) return approx + fmtInt(c.value);
    if (c.min !== null && c.min !== undefined && c.max !== null && c.max !== undefined) return approx + fmtInt(c.min) + '–' + fmtInt(c.max);
    if (c.min !== null && c.min !== undefined) return '≥ ' + fmtInt(c.min);
    if (c.max !== null && c.max !== undefined) return '≤ ' + fmtInt(c.max);
    return 'غير محدد · unspecified';
  }
  function modalityBadge(m) {
    if (!m || m === 'asserted') return null;
    const [ar, english, color] = pair(MODALITY, m);
    return h('span', { class: 'badge ' + (color || ''), title: english }, ar, ' ', h('small', { lang: 'en' }, english));
  }
  function chainView(chain) {
    const out = h('div', { class: 'chain', title: 'سلسلة الإسناد · chain of sources (outlet ← who it quotes)' });
    (chain || []).forEach((l, i) => {
      if (i) out.append(h('span', { class: 'arrow', 'aria-label': 'quotes' }, '←'));
      const kind = l.kind || '';
      out.append(h('span', { class: 'link ' + kind, title: (KINDS[kind] || kind) + (l.role ? ' — ' + l.role : '') },
        l.name || l.id || '?', kind && kind !== 'outlet' ? h('span', { class: 'kind', lang: 'en' }, kind) : null));
    });
    if (!chain || !chain.length) out.append(h('span', { class: 'link' }, '؟'));
    return out;
  }
  const chainText = (chain) => (chain || []).map((l) => l.name || l.id).join(' ← ');
  const placeName = (p) => (p && (p.name || p.id)) || '';
  function groupTitle(g) {
    const [tar, ten] = pair(TYPES, g.type);
    const [uar, uen] = pair(UNITS, g.unit);
    return h('h3', {}, tar, ' ', en(ten), ' — ', uar, ' ', en(uen), g.place ? [' — ', h('span', { class: 'en' }, 'في '), placeName(g.place)] : null);
  }
  function dateText(iso) { return iso ? String(iso).slice(0, 10) : ''; }
  function showToast(text) {
    const t = $('#toast');
    t.textContent = text; t.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }
  function download(name, type, text) {
    const blob = new Blob([text], { type });
    const a = h('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 2000);
  }

  // ---------------------------------------------------------------- exports
  function csvCell(v) {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function ledgerCsv(story) {
    const head = ['story', 'group', 'type', 'unit', 'group_place', 'agree', 'independent_sources', 'claim', 'document',
      'outlet', 'published', 'figure_text', 'value', 'min', 'max', 'approx', 'modality', 'chain', 'origin',
      'in_contradiction', 'quote'];
    const rows = [head];
    story.groups.forEach((g, gi) => {
      const contra = new Set();
      g.contradictions.forEach((c) => { contra.add(c.a); contra.add(c.b); });
      g.claims.forEach((c, ci) => {
        const n = c.count || {};
        rows.push([story.id, gi + 1, g.type, g.unit, placeName(g.place), g.agree, g.independent_sources, ci + 1,
          c.document, c.outlet_name || c.outlet, c.published || '', n.text, n.value, n.min, n.max, n.approx,
          c.modality, chainText(c.chain), c.origin, contra.has(ci), c.quote]);
      });
    });
    return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
  function placesGeoJson(story) {
    return JSON.stringify({
      type: 'FeatureCollection',
      features: story.places.filter((p) => p.lat !== null && p.lon !== null).map((p) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { id: p.id, name: p.name, precision: p.precision, claims: p.claims, documents: p.documents, story: story.id },
      })),
    }, null, 2);
  }

  // ---------------------------------------------------------------- layout pieces
  function renderSidebar(activeId) {
    const side = $('#sidebar');
    side.replaceChildren(h('h2', {}, 'القصص ', en(`Stories (${DATA.stories.length})`)));
    if (!DATA.stories.length) side.append(h('p', { class: 'empty' }, 'لا توجد قصص بعد. ', en('No stories yet: ingest documents first.')));
    for (const s of DATA.stories) {
      side.append(h('a', { class: 'story-link' + (String(s.id) === String(activeId) ? ' active' : ''), href: '#/story/' + s.id, 'data-story': s.id },
        h('span', { class: 't' }, s.title || '—'),
        h('span', { class: 's' },
          `${s.stats.documents} وثائق · ${s.stats.outlets} وسائل إعلام`,
          s.date_span ? h('span', { dir: 'ltr' }, s.date_span.start === s.date_span.end ? s.date_span.start : `${s.date_span.start} → ${s.date_span.end}`) : null,
          s.stats.contradictions ? h('span', { class: 'badge red' }, `${s.stats.contradictions} تناقض`) : null)));
    }
  }
  function setNav(which) {
    document.querySelectorAll('.topnav a').forEach((a) => a.classList.toggle('active', a.dataset.nav === which));
  }
  function setMain(...kids) {
    const main = $('#main');
    main.replaceChildren(...kids.flat());
    return main;
  }

  // ---------------------------------------------------------------- story view
  function storyHead(s) {
    const outlets = [...new Set(s.documents.map((d) => (d.outlet ? d.outlet.name : '?')))];
    return h('section', { class: 'story-head', id: 'story-head' },
      h('div', { class: 'facts' }, h('span', {}, 'قصة ', en('Story'), ' #', s.id),
        s.date_span ? h('span', { dir: 'ltr' }, s.date_span.start === s.date_span.end ? s.date_span.start : `${s.date_span.start} → ${s.date_span.end}`) : h('span', {}, 'غير مؤرخة ', en('undated'))),
      h('h1', {}, s.title || '—'),
      h('div', { class: 'facts' },
        h('span', {}, h('b', {}, s.stats.documents), ' وثائق ', en('documents')),
        h('span', {}, h('b', {}, s.stats.outlets), ' وسائل إعلام ', en('outlets'), ': ', outlets.join('، ')),
        h('span', {}, h('b', {}, s.stats.compared), ' مجموعات أرقام مقارنة ', en('compared claim groups')),
        s.stats.contradictions ? h('span', { class: 'badge red' }, `${s.stats.contradictions} تناقض `, h('small', { lang: 'en' }, 'contradictions')) : h('span', { class: 'badge green' }, 'لا تناقض ', h('small', { lang: 'en' }, 'no contradiction'))),
      h('nav', { class: 'jump' },
        h('a', { href: '#ledger', onclick: jumpTo('ledger') }, 'سجل الادعاءات ', en('Claims ledger')),
        h('a', { href: '#map', onclick: jumpTo('map') }, 'الخريطة ', en('Map')),
        h('a', { href: '#timeline', onclick: jumpTo('timeline') }, 'الخط الزمني ', en('Timeline')),
        h('a', { href: '#documents', onclick: jumpTo('documents') }, 'الوثائق ', en('Documents')),
        h('button', { class: 'btn', type: 'button', id: 'export-csv', onclick: () => download(`isnad-story-${s.id}-ledger.csv`, 'text/csv;charset=utf-8', ledgerCsv(s)) }, 'تصدير السجل ', en('Export ledger (CSV)')),
        h('button', { class: 'btn', type: 'button', id: 'export-geojson', onclick: () => download(`isnad-story-${s.id}-places.geojson`, 'application/geo+json', placesGeoJson(s)) }, 'تصدير الأماكن ', en('Export places (GeoJSON)'))));
  }
  function jumpTo(id) {
    return (ev) => { ev.preventDefault(); const el = document.getElementById(id); if (el) el.scrollIntoView({ behavior: 'smooth', block: 'start' }); };
  }
  const compared = (s) => s.groups.filter((g) => g.claims.length > 1);

  function glancePanel(s) {
    const groups = compared(s);
    const list = h('ul', { class: 'glance', id: 'glance' });
    for (const g of groups.slice(0, 8)) {
      const gi = s.groups.indexOf(g);
      const contra = contraSet(g);
      list.append(h('li', {},
        h('div', {}, h('a', { class: 'what', href: '#g' + gi, onclick: jumpTo('g-' + s.id + '-' + gi) }, pair(TYPES, g.type)[0], ' · ', pair(UNITS, g.unit)[0], g.place ? ' — ' + placeName(g.place) : ''), ' ',
          g.agree ? h('span', { class: 'badge green' }, 'متفقة ', h('small', { lang: 'en' }, 'agree')) : h('span', { class: 'badge red' }, 'تناقض ', h('small', { lang: 'en' }, 'Contradiction')), ' ',
          h('span', { class: 'badge blue', title: 'Independent sources' }, `${g.independent_sources} مصادر مستقلة `, h('small', { lang: 'en' }, 'independent'))),
        h('div', { class: 'figs' }, g.claims.map((c, i) => h('span', {
          class: 'chip' + (contra.has(i) ? ' contra' : '') + ' ' + (c.modality || ''),
          title: `${c.outlet_name || c.outlet}: ${chainText(c.chain)} [${c.modality}]`,
        }, (c.count && c.count.text) || '?', c.modality !== 'asserted' ? ` (${pair(MODALITY, c.modality)[0]})` : '', ' — ', c.outlet_name || c.outlet)))));
    }
    if (!groups.length) list.append(h('li', { class: 'empty' }, 'لا توجد أرقام من أكثر من مصدر في هذه القصة. ', en('No figure is reported by more than one source in this story.')));
    return h('section', { class: 'panel' }, h('h2', {}, 'الأرقام المتضاربة والمتفقة ', en('Figures at a glance')), list);
  }

  function contraSet(g) {
    const s = new Set();
    for (const c of g.contradictions || []) { s.add(c.a); s.add(c.b); }
    return s;
  }
  function paragraph(c) {
    const ctx = c.context;
    if (!ctx) return h('blockquote', { class: 'para' }, c.quote || '');
    const quote = ctx.quote || '';
    const fig = c.count && c.count.text;
    const at = fig ? quote.indexOf(fig) : -1;
    const marked = at >= 0 ? h('mark', {}, quote.slice(0, at), h('strong', {}, fig), quote.slice(at + fig.length)) : h('mark', {}, quote);
    return h('blockquote', { class: 'para', lang: 'ar' },
      ctx.cut_before ? h('span', { class: 'ell' }, '… ') : null, ctx.before, marked, ctx.after,
      ctx.cut_after ? h('span', { class: 'ell' }, ' …') : null);
  }
  function figureCard(g, c, i, contra) {
    const others = (g.contradictions || []).filter((x) => x.a === i || x.b === i).length;
    return h('article', { class: 'fig' + (contra.has(i) ? ' contra' : ''), 'data-figure': (c.count && c.count.text) || '' },
      h('div', { class: 'value' }, (c.count && c.count.text) || '?'),
      h('div', { class: 'num' }, h('b', {}, figureNumber(c.count)), ' ', en(pair(UNITS, c.count && c.count.unit)[1]), ' ', modalityBadge(c.modality),
        contra.has(i) ? h('span', { class: 'x', title: 'in contradiction with other figures of this group' }, ` ✕ يتعارض مع ${others} `, h('small', { lang: 'en' }, 'conflicts')) : null),
      chainView(c.chain),
      h('div', { class: 'meta' }, c.published ? [h('span', { dir: 'ltr' }, dateText(c.published)), ' · '] : null,
        h('a', { href: '#/doc/' + c.document + '?claim=' + (c.evidence ? c.evidence.start : '') }, c.title ? c.title.slice(0, 70) + (c.title.length > 70 ? '…' : '') : 'الوثيقة'),
        c.time && (c.time.start || c.time.end) ? h('span', {}, ' · زمن الحدث ', h('span', { dir: 'ltr' }, dateText(c.time.start) + (c.time.end && c.time.end !== c.time.start ? ' → ' + dateText(c.time.end) : ''))) : null),
      paragraph(c));
  }
  function groupRow(s, g, gi) {
    const contra = contraSet(g);
    const reasons = h('ul', {}, (g.sources || []).map((src) => h('li', {}, src.reason, ' — ', en(src.origin), ` (${src.claims.length})`)));
    const contras = h('ul', {}, (g.contradictions || []).map((x) => {
      const a = g.claims[x.a], b = g.claims[x.b];
      return h('li', {}, '✕ ', h('span', {}, `«${(a.count || {}).text}» (${chainText(a.chain)})  ↔  «${(b.count || {}).text}» (${chainText(b.chain)})`), ' — ', en(x.reason));
    }));
    return h('section', { class: 'group' + (g.agree ? '' : ' contradiction'), id: 'g-' + s.id + '-' + gi, 'data-type': g.type, 'data-unit': g.unit },
      h('header', {}, groupTitle(g),
        g.agree ? h('span', { class: 'badge green' }, 'متفقة ', h('small', { lang: 'en' }, 'Agree'))
          : h('span', { class: 'badge red' }, 'تناقض ', h('small', { lang: 'en' }, 'Contradiction')),
        h('span', { class: 'badge blue', title: 'Independent sources: chains that end at the same original source count once' },
          'مصادر مستقلة ', h('small', { lang: 'en' }, 'Independent sources'), ': ', g.independent_sources, ` / ${g.claims.length}`)),
      h('div', { class: 'figures' }, g.claims.map((c, i) => figureCard(g, c, i, contra))),
      g.contradictions && g.contradictions.length ? h('details', { class: 'contras', open: g.contradictions.length <= 6 },
        h('summary', {}, `التناقضات (${g.contradictions.length}) `, en('Contradictions: figures that cannot both be true, or a denial/dispute against an assertion')), contras) : null,
      h('details', { class: 'sources' }, h('summary', {}, `لماذا ${g.independent_sources} مصادر مستقلة؟ `, en('Why this independent-source count')), reasons));
  }
  function ledger(s) {
    const multi = [], single = [];
    s.groups.forEach((g, gi) => (g.claims.length > 1 ? multi : single).push([g, gi]));
    return h('section', { id: 'ledger' },
      h('h2', {}, 'سجل الادعاءات ', en('Claims ledger — one row per claim group, each source side by side')),
      h('p', { class: 'legend' }, h('span', { class: 'badge red' }, 'تناقض'), ' أرقام لا يمكن أن تصح معاً أو نفي/طعن مقابل تأكيد ',
        h('span', { class: 'badge amber' }, 'غير مؤكَّد ', h('small', { lang: 'en' }, 'hedged')), h('span', { class: 'badge purple' }, 'مطعون فيه ', h('small', { lang: 'en' }, 'disputed / denied')),
        h('span', {}, 'السلسلة: الوسيلة ← من نقلت عنه ', en('chain: outlet ← whom it quotes'))),
      multi.length ? multi.map(([g, gi]) => groupRow(s, g, gi)) : h('p', { class: 'empty' }, 'لا توجد مجموعات بأكثر من مصدر. ', en('No claim group with more than one source.')),
      single.length ? h('details', { class: 'singles' }, h('summary', {}, `أرقام من مصدر واحد (${single.length}) `, en('single-source figures')),
        single.map(([g, gi]) => groupRow(s, g, gi))) : null);
  }

  // ---------------------------------------------------------------- map
  let activeMap = null;
  function mapPanel(s) {
    const box = h('div', { class: 'map', id: 'map', dir: 'ltr', role: 'region', 'aria-label': 'Map of the story\'s places' });
    const off = s.places.filter((p) => p.lat === null || p.lon === null);
    const on = s.places.filter((p) => p.lat !== null && p.lon !== null);
    const geo = window.ISNAD_GEO || {};
    const panel = h('section', { class: 'panel' },
      h('h2', {}, 'الخريطة ', en(`Map — ${on.length} places`)), box,
      h('p', { class: 'map-note' },
        'دوائر حمراء: أماكن ادعاءات فيها أرقام؛ رمادية: أماكن مذكورة. الحدود: دول (Natural Earth)',
        geo.governorates ? '، محافظات سوريا والعراق' : '، عواصم المحافظات فقط',
        '. ', en('Red: places of claims; grey: places mentioned. No map tiles: vector outlines only.'),
        off.length ? [h('br'), 'غير مرسومة (بلا إحداثيات) ', en('not on the map (no coordinates)'), ': ', off.map((p) => p.name).join('، ')] : null));
    requestAnimationFrame(() => drawMap(box, s));
    return panel;
  }
  function drawMap(box, s) {
    if (activeMap) { activeMap.remove(); activeMap = null; }
    if (!window.L || !box.isConnected) return;
    const geo = window.ISNAD_GEO || {};
    const map = L.map(box, { zoomControl: true, attributionControl: true, minZoom: 3, maxZoom: 12, zoomSnap: 0.5 });
    activeMap = map;
    {
      const on0 = s.places.filter((p) => p.lat !== null && p.lon !== null);
      const claim0 = on0.filter((p) => p.claims > 0);
      const focus = nearCore(claim0.length ? claim0 : on0);
      if (focus.length) map.fitBounds(L.latLngBounds(focus.map((p) => [p.lat, p.lon])).pad(0.25), { maxZoom: 8 });
      else map.setView([34.8, 39.0], 5);
    }
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth (world-atlas)');
    if (geo.countries) {
      L.geoJSON(geo.countries, {
        style: (f) => ({ color: '#7d8a9c', weight: 1, fillColor: f.properties.en === 'Syria' || f.properties.en === 'Iraq' ? '#fbf7ee' : '#eef0e8', fillOpacity: 1 }),
        interactive: false,
      }).addTo(map);
    }
    const govPlaces = s.places.filter((p) => p.precision === 'governorate' && p.lat !== null);
    if (geo.governorates) {
      map.attributionControl.addAttribution(geo.governorates.attribution);
      L.geoJSON(geo.governorates, {
        style: (f) => ({ color: '#b39b6b', weight: 1, dashArray: '3 3', fill: govPlaces.some((p) => p.id === f.properties.gid), fillColor: '#ffcc80', fillOpacity: 0.35 }),
        onEachFeature: (f, layer) => {
          const name = f.properties.ar || f.properties.en;
          layer.bindTooltip(`${name}${f.properties.ar ? ' · ' + f.properties.en : ''}`, { sticky: true, direction: 'top' });
        },
      }).addTo(map);
    }
    const on = s.places.filter((p) => p.lat !== null && p.lon !== null);
    const claimPlaces = on.filter((p) => p.claims > 0);
    const markers = [];
    const ranked = [...on].sort((a, b) => (b.claims - a.claims) || (b.documents - a.documents));
    const labelled = new Set(ranked.filter((p) => p.claims > 0).slice(0, 7).map((p) => p.id));
    for (const p of ranked.reverse()) {
      const claim = p.claims > 0;
      const m = L.circleMarker([p.lat, p.lon], {
        radius: claim ? Math.min(6 + 2 * Math.sqrt(p.claims), 16) : 5,
        color: claim ? '#b71c1c' : '#546e7a', weight: 2, fillColor: claim ? '#e53935' : '#90a4ae', fillOpacity: 0.8,
      }).addTo(map);
      m.bindTooltip(p.name, { permanent: labelled.has(p.id), direction: 'top', offset: [0, -6], className: 'place-label' + (claim ? ' claim' : '') });
      m.bindPopup(`<b>${escapeHtml(p.name)}</b><br>${p.claims} ادعاءات · claims<br>${p.documents} وثائق · documents<br><span dir="ltr">${p.precision} · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}</span>`);
      m.getElement && m.getElement() && m.getElement().setAttribute('data-place', p.id);
      markers.push(m);
    }
    box.dataset.markers = String(markers.length);
    box.dataset.claimPlaces = claimPlaces.map((p) => p.name).join('|');
  }
  // The places to frame: those within ~500 km of the place with the most claims, so that one
  // far-away mention (a homonym, a foreign capital) does not zoom the map out to a continent.
  function nearCore(places) {
    if (places.length < 3) return places;
    const core = [...places].sort((a, b) => (b.claims - a.claims) || (b.documents - a.documents))[0];
    const km = (a, b) => {
      const r = Math.PI / 180, dlat = (b.lat - a.lat) * r, dlon = (b.lon - a.lon) * r;
      const x = Math.sin(dlat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dlon / 2) ** 2;
      return 12742 * Math.asin(Math.sqrt(x));
    };
    const near = places.filter((p) => km(core, p) <= 500);
    return near.length ? near : places;
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // ---------------------------------------------------------------- timeline
  function timelinePanel(s) {
    const days = new Map();
    for (const it of s.timeline || []) {
      const key = it.start || it.end;
      if (!days.has(key)) days.set(key, []);
      days.get(key).push(it);
    }
    const keys = [...days.keys()].sort();
    const tl = h('div', { class: 'timeline' });
    for (const k of keys) {
      tl.append(h('div', { class: 'tl-day' }, h('div', { class: 'tl-date', dir: 'ltr' }, k),
        days.get(k).map((it) => h('div', { class: 'tl-item' },
          it.kind === 'published'
            ? [h('span', { class: 'badge' }, 'نشر ', h('small', { lang: 'en' }, 'published')), h('span', {}, it.outlet_name || '?', ': '), h('a', { href: '#/doc/' + it.document }, it.title)]
            : [h('span', { class: 'badge blue' }, pair(TYPES, it.type)[0], ' ', h('small', { lang: 'en' }, it.type)),
               it.count_text ? h('b', {}, it.count_text) : null, modalityBadge(it.modality),
               h('span', {}, '— ', it.outlet_name || '?'),
               it.end && it.end !== it.start ? h('small', { dir: 'ltr' }, `${it.start || '…'} → ${it.end}`) : null,
               it.time_text ? h('small', {}, `«${it.time_text}»`) : null,
               h('a', { href: '#/doc/' + it.document + '?claim=' + it.evidence_start, class: 'q' }, (it.quote || '').slice(0, 120) + ((it.quote || '').length > 120 ? '…' : ''))]))));
    }
    if (!keys.length) tl.append(h('p', { class: 'empty' }, 'لا توجد تواريخ محددة في هذه القصة. ', en('No resolved dates in this story.')));
    const undated = s.undated || [];
    return h('section', { class: 'panel', id: 'timeline' },
      h('h2', {}, 'الخط الزمني ', en('Timeline — claims by the date of the event, documents by publication')),
      h('div', { class: 'tl-scroll' }, tl),
      undated.length ? h('details', { class: 'tl-undated' },
        h('summary', {}, `ادعاءات بتوقيت نسبي غير محلول (${undated.length}) `, en('claims whose time could not be dated (publication date unknown)')),
        h('ul', {}, undated.map((it) => h('li', {}, h('span', { class: 'badge' }, pair(TYPES, it.type)[0]), ' ',
          it.count_text ? h('b', {}, it.count_text, ' ') : null, `«${it.time_text}» — ${it.outlet_name || '?'} `,
          h('a', { href: '#/doc/' + it.document + '?claim=' + it.evidence_start }, 'النص'))))) : null);
  }

  function documentsPanel(s) {
    return h('section', { id: 'documents' },
      h('h2', {}, 'الوثائق ', en('Documents')),
      h('table', { class: 'docs' },
        h('thead', {}, h('tr', {}, h('th', {}, 'الوسيلة ', en('Outlet')), h('th', {}, 'العنوان ', en('Title')), h('th', {}, 'النشر ', en('Published')), h('th', {}, 'ادعاءات ', en('Claims')))),
        h('tbody', {}, s.documents.map((d) => h('tr', {},
          h('td', {}, d.outlet ? d.outlet.name : '?'),
          h('td', {}, h('a', { href: '#/doc/' + d.id }, d.title || d.id), d.near_copy_of ? [' ', h('span', { class: 'badge amber' }, 'نسخة شبه مطابقة ', h('small', { lang: 'en' }, 'near copy'))] : null),
          h('td', { dir: 'ltr' }, d.published ? dateText(d.published) : '—'),
          h('td', {}, d.claims))))));
  }

  function renderStory(s) {
    renderSidebar(s.id);
    setNav('stories');
    document.title = `${s.title} · إسناد isnad`;
    setMain(storyHead(s),
      h('div', { class: 'overview' }, mapPanel(s), glancePanel(s)),
      ledger(s), timelinePanel(s), documentsPanel(s));
  }

  // ---------------------------------------------------------------- document view
  function segments(text, spans) {
    // spans: [{s, e, cls, data}] in UTF-16 units; returns text split at every boundary.
    const cuts = new Set([0, text.length]);
    for (const sp of spans) { cuts.add(Math.max(0, Math.min(sp.s, text.length))); cuts.add(Math.max(0, Math.min(sp.e, text.length))); }
    const pts = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      out.push({ a, b, text: text.slice(a, b), active: spans.filter((sp) => sp.s <= a && sp.e >= b && sp.e > sp.s) });
    }
    return out;
  }
  async function renderDocument(id, params) {
    setNav('stories');
    const meta = docMeta(id);
    renderSidebar(meta ? meta.story : null);
    setMain(h('p', { class: 'loading' }, 'جارٍ التحميل… ', en('Loading…')));
    let d;
    try { d = await getDocument(id); } catch (e) { d = null; }
    if (!d) { setMain(h('p', { class: 'error' }, 'وثيقة غير موجودة ', en('No such document: ' + id))); return; }
    document.title = `${d.title} · إسناد isnad`;
    const spans = [];
    (d.zones || []).forEach((z) => { if (ZONES[z.kind] || z.kind === 'title') spans.push({ s: z.s, e: z.e, zone: z.kind }); });
    (d.claims || []).forEach((c, i) => spans.push({ s: c.s, e: c.e, claim: i }));
    const body = h('div', { class: 'doc-text', id: 'doc-text', lang: 'ar' });
    for (const seg of segments(d.text || '', spans)) {
      const zone = seg.active.find((x) => x.zone);
      const claims = seg.active.filter((x) => x.claim !== undefined).map((x) => d.claims[x.claim]);
      let node = document.createTextNode(seg.text);
      if (claims.length) {
        const worst = claims.find((c) => c.modality !== 'asserted') || claims[0];
        node = h('mark', { class: worst.modality, 'data-claims': seg.active.filter((x) => x.claim !== undefined).map((x) => x.claim).join(','),
          title: claims.map((c) => `${pair(TYPES, c.type)[1]} · ${c.modality}${c.count ? ' · ' + c.count.text : ''} · ${chainText(c.chain)}`).join('\n') }, node);
      }
      if (zone) node = h('span', { class: 'zone-' + zone.zone, title: ZONES[zone.zone] || '' }, node);
      body.append(node);
    }
    const list = h('ol', { class: 'claim-list' }, (d.claims || []).map((c, i) => h('li', {
      onclick: () => flash(i),
    }, h('span', { class: 'badge blue' }, pair(TYPES, c.type)[0], ' ', h('small', { lang: 'en' }, c.type)), ' ', modalityBadge(c.modality), ' ',
      c.count ? h('b', {}, c.count.text, ' ') : null, c.place ? [h('small', {}, 'في '), c.place.name, ' '] : null,
      c.time && c.time.text ? h('small', {}, `«${c.time.text}» `) : null, chainView(c.chain))));
    const story = storyById(d.story);
    setMain(
      h('section', { class: 'story-head' },
        h('div', { class: 'facts' }, h('span', {}, 'وثيقة ', en('Document')), story ? h('a', { href: '#/story/' + story.id }, '← القصة ', en('back to story'), ` #${story.id}`) : null),
        h('h1', {}, d.title || d.id),
        h('div', { class: 'facts' },
          h('span', {}, 'الوسيلة ', en('outlet'), ': ', h('b', {}, d.outlet ? d.outlet.name : '?')),
          h('span', {}, 'النشر ', en('published'), ': ', h('b', { dir: 'ltr' }, d.published || '—')),
          d.url ? h('span', { dir: 'ltr' }, d.url) : null, d.path ? h('span', { dir: 'ltr' }, d.path) : null,
          d.near_copy_of ? h('span', { class: 'badge amber' }, 'نسخة شبه مطابقة لوثيقة أخرى ', h('small', { lang: 'en' }, 'near copy')) : null)),
      h('div', { class: 'legend' }, h('mark', {}, 'ادعاء مؤكد asserted'), h('mark', { style: 'background:#ffe0b2' }, 'غير مؤكد hedged/possible'),
        h('mark', { style: 'background:#f8bbd0' }, 'منفي/مطعون denied/disputed'), h('span', { style: 'color:#8a93a3' }, 'رمادي: عناصر الصفحة والتعليقات · grey: page furniture, comments')),
      h('div', { class: 'doc-grid' }, body, h('aside', {}, h('h2', {}, `الادعاءات (${(d.claims || []).length}) `, en('Claims')), list)));
    function flash(i) {
      document.querySelectorAll('#doc-text mark.flash').forEach((m) => m.classList.remove('flash'));
      const marks = [...document.querySelectorAll('#doc-text mark')].filter((m) => m.dataset.claims.split(',').includes(String(i)));
      marks.forEach((m) => m.classList.add('flash'));
      if (marks[0]) marks[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
    }
    if (params.get('claim')) {
      const start = Number(params.get('claim'));
      const i = (d.claims || []).findIndex((c) => c.evidence_start === start);
      if (i >= 0) setTimeout(() => flash(i), 50);
    } else {
      window.scrollTo(0, 0);
    }
  }

  // ---------------------------------------------------------------- search (served application)
  function option(value, label, selected) { return h('option', { value, selected: selected === value }, label); }
  function renderSearch(params) {
    renderSidebar(null);
    setNav('search');
    document.title = 'البحث · إسناد isnad';
    if (MODE !== 'serve') {
      setMain(h('h1', {}, 'البحث ', en('Search')), h('p', {}, 'البحث متاح في التطبيق المحلي: ', h('code', { dir: 'ltr' }, 'isnad serve'), '. ',
        en('Full-text search runs in the local application (isnad serve); this file is a static report.')));
      return;
    }
    const f = DATA.facets || {};
    const form = h('form', { class: 'search', id: 'search-form', onsubmit: (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams();
      for (const el of form.elements) if (el.name && el.value) q.set(el.name, el.value);
      location.hash = '#/search?' + q.toString();
    } },
      h('label', { class: 'q' }, bi('كلمات البحث', 'words (any spelling; clitics and affixes ignored)'),
        h('input', { name: 'q', type: 'search', value: params.get('q') || '', placeholder: 'مثال: استسلام الباغوز', autofocus: true, required: true })),
      h('div', { class: 'actions' }, h('button', { class: 'btn primary', type: 'submit' }, 'ابحث ', en('Search'))),
      h('label', {}, bi('الوسيلة', 'outlet'), h('select', { name: 'outlet' }, option('', '— الكل · all —'), (f.outlets || []).map((o) => option(o.id, `${o.name} (${o.n})`, params.get('outlet'))))),
      h('label', {}, bi('نوع الادعاء', 'claim type'), h('select', { name: 'type' }, option('', '— الكل · all —'), (f.types || []).map((t) => option(t.id, `${pair(TYPES, t.id)[0]} · ${t.id} (${t.n})`, params.get('type'))))),
      h('label', {}, bi('طرف', 'actor'), h('select', { name: 'actor' }, option('', '— الكل · all —'), (f.actors || []).map((a) => option(a.id, `${a.name} (${a.n})`, params.get('actor'))))),
      h('label', {}, bi('مكان', 'place'), h('select', { name: 'place' }, option('', '— الكل · all —'), (f.places || []).map((p) => option(p.id, `${p.name} (${p.n})`, params.get('place'))))),
      h('label', {}, bi('من تاريخ', 'published from'), h('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
      h('label', {}, bi('إلى تاريخ', 'published to'), h('input', { name: 'to', type: 'date', value: params.get('to') || '' })));
    const results = h('section', { id: 'results' });
    setMain(h('h1', {}, 'البحث في الوثائق ', en('Search the documents')), form, results);
    if (!params.get('q')) { results.append(h('p', { class: 'empty' }, 'اكتب كلمة للبحث، مثل «الباغوز». ', en('Type a word to search, e.g. «الباغوز».'))); return; }
    results.append(h('p', { class: 'loading' }, '…'));
    const api = new URLSearchParams();
    for (const k of ['q', 'outlet', 'type', 'actor', 'place', 'from', 'to']) if (params.get(k)) api.set(k, params.get(k));
    fetchJSON('api/search?' + api.toString()).then((r) => {
      results.replaceChildren(h('p', {}, `${r.results.length} نتيجة `, en(`results for «${r.query}» (stems: ${r.stems.join(', ')})`)),
        ...r.results.map((hit) => h('article', { class: 'hit' },
          h('h3', {}, h('a', { href: '#/doc/' + hit.id }, hit.title || hit.id)),
          h('div', { class: 'facts legend' }, h('span', {}, hit.outlet ? hit.outlet.name : '?'), h('span', { dir: 'ltr' }, hit.published ? dateText(hit.published) : '—'),
            h('a', { href: '#/story/' + hit.story }, 'القصة ', en('story'), ' #' + hit.story)),
          hit.snippet ? snippet(hit.snippet) : null)));
      if (!r.results.length) results.append(h('p', { class: 'empty' }, 'لا نتائج. ', en('No documents match.')));
    }).catch((e) => results.replaceChildren(h('p', { class: 'error' }, 'خطأ ', en('Error: ' + e.message))));
  }
  // Snippet marks are byte offsets into the snippet's UTF-8; convert to string indices.
  function snippet(sn) {
    const bytes = new TextEncoder().encode(sn.text);
    const dec = new TextDecoder();
    const out = h('p', { class: 'snip' }, sn.truncated_start ? '… ' : '');
    let pos = 0;
    for (const m of sn.marks) {
      out.append(dec.decode(bytes.slice(pos, m.start)), h('mark', {}, dec.decode(bytes.slice(m.start, m.end))));
      pos = m.end;
    }
    out.append(dec.decode(bytes.slice(pos)), sn.truncated_end ? ' …' : '');
    return out;
  }

  // ---------------------------------------------------------------- about
  function renderAbout() {
    renderSidebar(null);
    setNav('about');
    const i = DATA.isnad || {};
    setMain(h('section', { class: 'about' },
      h('h1', {}, 'عن هذا التقرير ', en('About this report')),
      h('p', {}, 'يجمع إسناد تقارير إخبارية عربية من وسائل إعلام مختلفة في قصص، ويستخرج منها الادعاءات (أرقام، أماكن، أزمنة) مع سلسلة مصادرها: الوسيلة ← الوكالة ← الشخص أو المصدر المجهول.'),
      h('p', { lang: 'en', dir: 'ltr' }, 'isnad groups Arabic news reports into stories and extracts their claims with the chain of sources behind each (outlet ← agency ← person or anonymous source). A claim group gathers figures from different documents about the same event type, unit and place in overlapping time. "Contradiction": figures that cannot both be true (approximations such as «نحو» allow ±20%), or a denied/disputed claim against an asserted one. "Independent sources": claims whose chains end at the same original source count once; anonymous sources count once per outlet; a near copy counts as its original.'),
      h('ul', { lang: 'en', dir: 'ltr' },
        h('li', {}, `Store: ${i.store || '?'}; ${i.documents || 0} documents; generated ${i.generated || '?'} by isnad ${i.version || ''}.`),
        h('li', {}, 'Map: vector outlines only, no tiles — countries from Natural Earth via world-atlas (public domain); Syrian and Iraqi governorates from amCharts geodata (linkware licence, attribution on the map); points from the project gazetteer (GeoNames, CC BY 4.0).'),
        h('li', {}, 'Fonts: Noto Sans Arabic and Noto Naskh Arabic (SIL Open Font License 1.1), embedded.'))));
  }

  // ---------------------------------------------------------------- routing
  function route() {
    if (!DATA) return;
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, query] = hash.split('?');
    const params = new URLSearchParams(query || '');
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'story' && parts[1]) {
      const s = storyById(decodeURIComponent(parts[1]));
      if (s) { renderStory(s); window.scrollTo(0, 0); return; }
      renderSidebar(null);
      setMain(h('p', { class: 'error' }, 'قصة غير موجودة ', en('No such story: ' + parts[1])));
      return;
    }
    if (parts[0] === 'doc' && parts[1]) { renderDocument(decodeURIComponent(parts[1]), params); return; }
    if (parts[0] === 'search') { renderSearch(params); return; }
    if (parts[0] === 'about') { renderAbout(); return; }
    if (DATA.stories.length) { renderStory(DATA.stories[0]); return; }
    renderSidebar(null);
    setMain(h('h1', {}, 'لا توجد قصص بعد ', en('No stories yet')), h('p', { lang: 'en', dir: 'ltr' }, 'Ingest documents with `isnad ingest PATH --db STORE`, then reload.'));
  }

  function renderMeta() {
    const i = DATA.isnad || {};
    $('#meta').textContent = `${i.documents || 0} docs · ${DATA.stories.length} stories · ${(i.generated || '').slice(0, 16).replace('T', ' ')}`;
  }

  async function poll() {
    try {
      const v = await fetchJSON('api/version');
      if (v.documents !== (DATA.isnad || {}).documents) {
        DATA = await fetchJSON('api/bundle');
        docCache.clear();
        renderMeta();
        if (!/^#\/(search|doc)/.test(location.hash)) route();
        else renderSidebar(null);
        showToast(`تم تحديث البيانات: ${v.documents} وثيقة · updated: ${v.documents} documents`);
      }
    } catch (e) { /* the server may be restarting; try again later */ }
    setTimeout(poll, 5000);
  }

  async function start() {
    const inline = readInline();
    MODE = inline && inline.isnad && inline.isnad.mode === 'serve' ? 'serve' : 'report';
    document.body.classList.toggle('serve', MODE === 'serve');
    try {
      DATA = MODE === 'serve' ? await fetchJSON('api/bundle') : inline;
    } catch (e) {
      setMain(h('p', { class: 'error' }, 'تعذر تحميل البيانات ', en(String(e.message || e))));
      return;
    }
    if (!DATA || !Array.isArray(DATA.stories)) {
      setMain(h('p', { class: 'error' }, 'لا بيانات في هذه الصفحة ', en('This page carries no report data: write it with `isnad report --out FILE.html`.')));
      return;
    }
    renderMeta();
    window.addEventListener('hashchange', route);
    route();
    if (MODE === 'serve') setTimeout(poll, 5000);
    window.isnadReady = true;
  }

  window.isnad = { ledgerCsv, placesGeoJson, get data() { return DATA; } };
  start();
})();
