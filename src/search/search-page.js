/*
 * Chronicle's search page script (a classic script, so it also runs from file://).
 * Over http it uses Pagefind's JS API; from file:// — where module scripts, fetch and WebAssembly are blocked —
 * it loads the offline index (search/minisearch.js, search/records.js) as classic scripts and searches with MiniSearch.
 * Copied into <out>/search/search.js by src/search/offline.ts.
 */
(function () {
  var params = new URLSearchParams(location.search);
  var q = (params.get('q') || '').trim();
  var kind = params.get('kind') || '';
  var sort = params.get('sort') || '';
  var form = document.querySelector('form.search');
  form.q.value = q;
  form.kind.value = kind;
  form.sort.value = sort;
  var status = document.getElementById('status');
  var list = document.getElementById('results');
  // Results shown: loading and drawing each costs main-thread time on slow phones; the count says how many more.
  var SHOWN = 20;
  if (!q) return;
  status.textContent = 'Searching…';

  function show(results, total) {
    status.textContent = total + ' result' + (total === 1 ? '' : 's') + ' for “' + q + '”' + (total > results.length ? ' (first ' + results.length + ' shown)' : '');
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
      p.textContent = (r.date ? r.date + ' · ' : '') + r.text;
      li.append(a, ' ', badge, p);
      items.append(li);
    });
    list.append(items);
  }

  function normal(text) {
    return String(text || '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // A page whose title is the query itself comes first, an entity's before an event's or an article's (src/search/
  // ranking.ts): the name typed leads to its own page, in both modes. Otherwise the index's relevance order stands.
  function nameFirst(results) {
    var wanted = normal(q);
    var rank = function (r) { return normal(r.title) !== wanted ? 2 : r.kind === 'article' || r.kind === 'event' ? 1 : 0; };
    return results.map(function (r, i) { return { r: r, i: i, k: rank(r) }; })
      .sort(function (a, b) { return a.k - b.k || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  function byDate(results) {
    if (!sort) return nameFirst(results);
    return results.slice().sort(function (x, y) {
      var a = x.date || '', b = y.date || '';
      return sort === 'asc' ? (a < b ? -1 : a > b ? 1 : 0) : (a < b ? 1 : a > b ? -1 : 0);
    });
  }

  // From disk: the classic-script index (module scripts, fetch and WebAssembly are blocked on file://).
  function offline() {
    var loaded = 0;
    ['search/minisearch.js', 'search/records.js'].forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { if (++loaded === 2) run(); };
      s.onerror = function () { status.textContent = 'The offline search index (' + src + ') is missing.'; };
      document.head.append(s);
    });
    function run() {
      var data = window.__chronicleSearch;
      var docs = data.rows.map(function (row, id) {
        var d = { id: id };
        data.columns.forEach(function (c, i) { d[c] = row[i]; });
        return d;
      });
      var mini = new MiniSearch({ fields: ['title', 'aliases', 'text'], storeFields: ['url', 'title', 'kind', 'date', 'text'] });
      mini.addAll(docs);
      // The same ranking as Pagefind's weights (src/search/ranking.ts): an entity's own page first, and a title
      // that is the query before one that only contains it.
      var boost = data.boost;
      var wanted = normal(q);
      var found = mini.search(q, {
        boost: boost.fields, prefix: true, fuzzy: 0.2, combineWith: 'AND',
        boostDocument: function (id, term, doc) {
          var factor = doc.kind === 'article' || doc.kind === 'event' ? 1 : boost.entity;
          return normal(doc.title) === wanted ? factor * boost.exactTitle : factor;
        },
        filter: kind ? function (r) { return r.kind === kind; } : undefined,
      });
      show(byDate(found).slice(0, SHOWN), found.length);
    }
  }

  if (location.protocol === 'file:') { offline(); return; }
  // A large site's index is in parts by period (src/search/parts.ts), listed in pagefind/chronicle-parts.json:
  // ranked by relevance, the other parts are merged into the first; sorted by date, each part is searched on its
  // own and their results joined in period order (undated parts last), which sorts them all. Every part gives
  // result URLs from the site root, as the first does.
  import('../pagefind/pagefind.js').then(async function (pagefind) {
    var parts = await fetch('pagefind/chronicle-parts.json').then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; });
    var others = parts.slice(1).map(function (p) { return new URL(p.path, location.href).href; });
    var options = {};
    if (kind) options.filters = { kind: kind };
    if (sort) options.sort = { date: sort };
    var results;
    if (sort && others.length) {
      // One part after another: starting several Pagefind instances at once sometimes left one never answering.
      var searches = [];
      for (var j = 0; j < parts.length; j++) {
        var instance = j === 0 ? pagefind : await pagefind.createInstance({ basePath: others[j - 1], baseUrl: '/' });
        await instance.options({ excerptLength: 24 });
        searches.push(await instance.search(q, options));
      }
      var order = parts.map(function (p, i) { return { i: i, undated: p.undated }; });
      var dated = order.filter(function (p) { return !p.undated; });
      if (sort === 'desc') dated.reverse();
      results = dated.concat(order.filter(function (p) { return p.undated; })).flatMap(function (p) { return searches[p.i].results; });
    } else {
      await pagefind.options({ excerptLength: 24 });
      for (var k = 0; k < others.length; k++) await pagefind.mergeIndex(others[k], { baseUrl: '/' });
      results = (await pagefind.search(q, options)).results;
    }
    var data = await Promise.all(results.slice(0, SHOWN).map(function (r) { return r.data(); }));
    show((sort ? function (x) { return x; } : nameFirst)(data.map(function (r) {
      return {
        url: r.url, title: r.meta.title || r.url, kind: r.meta.kind, date: null,
        // Pagefind marks matches with <mark>; keep the text only, so nothing in an excerpt is interpreted.
        text: r.meta.text || new DOMParser().parseFromString(r.excerpt, 'text/html').body.textContent,
      };
    })), results.length);
  }).catch(offline);
})();
