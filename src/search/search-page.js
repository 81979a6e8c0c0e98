/*
 * Chronicle's search page script (a classic script, so it also runs from file://).
 * Over http it uses Pagefind's JS API; from file:// — where module scripts, fetch and WebAssembly are blocked —
 * it loads the offline engine (search/engine.js, from offline-engine.js), which adds the prebuilt index's files as
 * classic scripts. The query, its filters and its order come from the URL (the form's fields), so a search can be
 * linked. Copied into <out>/search/search.js by src/search/offline.ts.
 */
(function () {
  // The index's layout, written in by the build (src/search/layout.ts): every part with its cache tag, the years the
  // dates span and the number of exact-title files. Null in the source.
  var BUILD = null;
  var params = new URLSearchParams(location.search);
  var form = document.querySelector('form.search');
  var FIELDS = ['q', 'kind', 'sort', 'source', 'from', 'to'];
  var opts = {};
  FIELDS.forEach(function (name) {
    opts[name] = (params.get(name) || '').trim();
    if (form[name]) form[name].value = opts[name];
  });
  // A period bound is a year or a month ("1987", "1987-03"); anything else is ignored.
  ['from', 'to'].forEach(function (b) { if (!/^\d{4}(-\d{2})?$/.test(opts[b])) opts[b] = ''; });
  if (opts.sort !== 'asc' && opts.sort !== 'desc') opts.sort = '';
  var q = opts.q;
  var status = document.getElementById('status');
  var list = document.getElementById('results');
  // Results shown: loading and drawing each costs main-thread time on slow phones; the count says how many more.
  var SHOWN = 20;
  if (!q) return;
  status.textContent = 'Searching…';

  // One line of context: the text is cut at a word near this many characters.
  var CONTEXT = 160;
  function oneLine(text) {
    var t = String(text || '').replace(/\s+/g, ' ').trim();
    return t.length > CONTEXT ? t.slice(0, CONTEXT - 1).replace(/\s+\S*$/, '') + '…' : t;
  }

  // Whether the final results are on screen (then the early list of exact titles is not drawn).
  var ranked = false;
  function show(results, total) {
    ranked = true;
    status.textContent = total + ' result' + (total === 1 ? '' : 's') + ' for “' + q + '”' + (total > results.length ? ' (first ' + results.length + ' shown)' : '');
    draw(results);
  }

  function draw(results) {
    var items = document.createDocumentFragment();
    results.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      // Result URLs are root-relative files ("entities/x.html"); this page is at the root.
      a.href = r.url.replace(/^\/+/, '');
      a.textContent = r.title;
      var badge = document.createElement('span');
      badge.className = 'badge t-' + (r.kind || 'other');
      badge.textContent = r.kind || '';
      var p = document.createElement('p');
      p.className = 'meta';
      // An entity's or event's result may have no text (src/search/records.ts): its date alone, no separator.
      p.textContent = [r.date, oneLine(r.text)].filter(Boolean).join(' · ');
      li.append(a, ' ', badge, p);
      items.append(li);
    });
    list.replaceChildren(items);
  }

  function normal(text) {
    return String(text || '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // A page whose title is the query itself comes first, an entity's before an event's or an article's (src/search/
  // ranking.ts): the name typed leads to its own page. Otherwise the index's relevance order stands. The offline
  // engine ranks the same way over all its results.
  function nameFirst(results) {
    if (opts.sort) return results;
    var wanted = normal(q);
    var rank = function (r) { return normal(r.title) !== wanted ? 2 : r.kind === 'article' || r.kind === 'event' ? 1 : 0; };
    return results.map(function (r, i) { return { r: r, i: i, k: rank(r) }; })
      .sort(function (a, b) { return a.k - b.k || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  // Terms as the offline index cuts them (src/search/offline.ts, TERMS): accents dropped, lower case, cut at
  // anything that is not a letter or a digit.
  var MARKS = /[\u0300-\u036f]/g;
  var SPLIT = /[^\p{L}\p{N}]+/u;
  function termsOf(text) {
    return String(text).normalize('NFKD').replace(MARKS, '').toLowerCase().split(SPLIT).filter(Boolean);
  }

  // Over http: the pages whose title is the query (search/names/, src/search/names.ts), so that the name's own
  // page is shown at once and comes first even when Pagefind ranks it below the results loaded. Only for a search by
  // relevance with no filter; [] when there is none. A name's file is a hash of the name over the build's number
  // of files.
  function nameBucket(name, buckets) {
    var h = 0x811c9dc5;
    for (var i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return (h >>> 0) & (buckets - 1);
  }
  // The pages titled as the query, and the newest events of each name among them (shown in the first results only;
  // Pagefind's ranking then decides where events go): { pages, events }, both empty when there is nothing to show.
  function exactTitles() {
    var none = { pages: [], events: [] };
    var name = termsOf(q).join(' ');
    if (!name || !BUILD || !BUILD.names || !BUILD.urls) return Promise.resolve(none);
    if (opts.sort || opts.kind || opts.source || opts.from || opts.to) return Promise.resolve(none);
    return fetch('search/names/n-' + nameBucket(name, BUILD.names) + '.json').then(function (r) { return r.ok ? r.json() : []; }).then(function (pages) {
      var found = { pages: [], events: [] };
      // A file lists its pages alone: a page's name is its title's terms (src/search/names.ts); a URL is written
      // without what every URL of its kind shares (src/search/offline.ts, urlAffixes).
      function url(kind, middle) { return BUILD.urls[kind][0] + middle + BUILD.urls[kind][1]; }
      pages.filter(function (p) { return termsOf(p[1]).join(' ') === name; }).forEach(function (p) {
        found.pages.push({ url: url(p[2], p[0]), title: p[1], kind: p[2], date: null, text: '' });
        (p[3] || []).forEach(function (e) { found.events.push({ url: url('event', e[0]), title: e[1], kind: 'event', date: e[2], text: '' }); });
      });
      var urls = found.pages.map(function (p) { return p.url; });
      found.events = found.events.filter(function (e, i, all) {
        return urls.indexOf(e.url) < 0 && all.findIndex(function (o) { return o.url === e.url; }) === i;
      });
      return found;
    }).catch(function () { return none; });
  }

  function failed(message) {
    status.textContent = message;
  }

  // From disk: the prebuilt offline index, as classic scripts (module scripts, fetch and WebAssembly are blocked).
  function offline() {
    var s = document.createElement('script');
    s.src = 'search/engine.js';
    s.onload = function () {
      window.ChronicleOffline.search(q, opts, SHOWN).then(function (found) {
        show(found.results, found.total);
      }, function (e) { failed(e.message); });
    };
    s.onerror = function () { failed('The offline search (search/engine.js) is missing.'); };
    document.head.append(s);
  }

  // Pagefind's filters for the URL's: kind and source as they are, a period as the whole years and the months of
  // the partial years it covers (pages carry a `year` and a `month` filter; src/search/pagefind.ts).
  function pagefindFilters(span) {
    var filters = {};
    if (opts.kind) filters.kind = opts.kind;
    if (opts.source) filters.source = opts.source;
    if (!opts.from && !opts.to) return filters;
    var first = opts.from || String(span[0]);
    var last = opts.to || String(span[1]);
    var years = [], months = [];
    for (var y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
      var m0 = y === Number(first.slice(0, 4)) && first.length > 4 ? Number(first.slice(5, 7)) : 1;
      var m1 = y === Number(last.slice(0, 4)) && last.length > 4 ? Number(last.slice(5, 7)) : 12;
      if (m0 === 1 && m1 === 12) years.push(String(y));
      else for (var m = m0; m <= m1; m++) months.push(y + '-' + (m < 10 ? '0' : '') + m);
    }
    var any = [];
    if (years.length) any.push({ year: { any: years } });
    if (months.length) any.push({ month: { any: months } });
    // An empty period (from after to) matches nothing: a filter value no page has.
    filters.any = any.length ? any : [{ year: 'none' }];
    return filters;
  }

  function fromPagefind(r) {
    return {
      url: r.url, title: r.meta.title || r.url, kind: r.meta.kind, date: r.meta.date || null,
      // An article's excerpt: Pagefind marks matches with <mark>; keep the text only, so nothing in an excerpt is
      // interpreted. An entity's or event's record has only its name (src/search/pagefind.ts): no excerpt to show.
      text: r.meta.text || (r.meta.kind === 'article' ? new DOMParser().parseFromString(r.excerpt, 'text/html').body.textContent : ''),
    };
  }

  if (location.protocol === 'file:') { offline(); return; }
  // A large site's index is in parts (src/search/parts.ts), each with its cache tag in BUILD (or, from
  // a script without them, pagefind/chronicle-parts.json). Ranked by relevance, the other parts are merged into the
  // first; sorted by date, each part is searched on its own and their results joined in period order (undated parts
  // last), which sorts them all. Every part gives result URLs from the site root, as the first does.
  var exactLoaded = exactTitles();
  var layoutLoaded = BUILD && BUILD.parts.length ? Promise.resolve(BUILD)
    : fetch('pagefind/chronicle-parts.json').then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  // Pagefind's options for a part: its entry is asked for by the part's fixed tag (src/search/layout.ts), not a new
  // time stamp each time, so a browser's cache can answer it on the next search.
  function partOptions(part, extra) {
    var o = { excerptLength: 24 };
    if (part.tag) o.metaCacheTag = part.tag;
    for (var k in extra) o[k] = extra[k];
    return o;
  }
  // The pages titled as the query are shown as soon as their small file arrives, while Pagefind loads its code and
  // index: a name's own page is there at once (BBC: about 2 s before Pagefind's results at load 20; bench/RESULTS.md).
  // Pagefind's ranking then replaces the list, and keeps those pages first (nameFirst).
  exactLoaded.then(function (exact) {
    if (ranked || !exact.pages.length) return;
    status.textContent = 'Pages named “' + q + '”; searching for more…';
    draw(nameFirst(exact.pages).concat(exact.events).slice(0, SHOWN));
  });
  // Pagefind runs in its web worker: on this page's thread its set-up (WebAssembly, page tables) blocked the page for
  // up to a second in Lighthouse's slowed-down CPU (total blocking time 1,000 ms on the seed site, bench/RESULTS.md).
  import('../pagefind/pagefind.js').then(async function (pagefind) {
    var layout = await layoutLoaded;
    var parts = layout ? layout.parts : [{ path: 'pagefind/', undated: false }];
    var others = parts.slice(1).map(function (p) { return { part: p, base: new URL(p.path, location.href).href }; });
    var options = { filters: pagefindFilters(layout && layout.years ? layout.years : [0, -1]) };
    if (opts.sort) options.sort = { date: opts.sort };
    await pagefind.options(partOptions(parts[0], {}));
    var results;
    if (opts.sort && others.length) {
      // One part after another: starting several Pagefind instances at once sometimes left one never answering.
      var searches = [];
      for (var j = 0; j < parts.length; j++) {
        var instance = j === 0 ? pagefind : pagefind.createInstance(partOptions(others[j - 1].part, { basePath: others[j - 1].base, baseUrl: '/' }));
        searches.push(await instance.search(q, options));
      }
      var order = parts.map(function (p, i) { return { i: i, undated: p.undated }; });
      var dated = order.filter(function (p) { return !p.undated; });
      if (opts.sort === 'desc') dated.reverse();
      results = dated.concat(order.filter(function (p) { return p.undated; })).flatMap(function (p) { return searches[p.i].results; });
    } else {
      await Promise.all(others.map(function (o) { return pagefind.mergeIndex(o.base, partOptions(o.part, { baseUrl: '/' })); }));
      results = (await pagefind.search(q, options)).results;
    }
    var data = (await Promise.all(results.slice(0, SHOWN).map(function (r) { return r.data(); }))).map(fromPagefind);
    // A page titled as the query that Pagefind ranked below these goes before them (nameFirst orders them).
    var loadedUrls = data.map(function (r) { return r.url.replace(/^\/+/, ''); });
    var missing = (await exactLoaded).pages.filter(function (r) { return loadedUrls.indexOf(r.url) < 0; });
    show(nameFirst(missing.concat(data)).slice(0, SHOWN), results.length);
  }).catch(offline);
})();
