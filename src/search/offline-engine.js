/*
 * Chronicle's offline search engine (a classic script, so it runs from file://): it reads the prebuilt index that
 * src/search/offline.ts writes to search/index/, adding its files as <script> elements only when a query needs
 * them — the term files of the query's words and the display blocks of the results shown. Copied to
 * <out>/search/engine.js; the search page (search-page.js) loads it and calls ChronicleOffline.search.
 */
(function () {
  var BASE = 'search/index/';
  /** How much a word that only begins with the query's word counts, against the word itself. */
  var PREFIX_FACTOR = 0.5;
  /** Longer words tried for a query word that is a prefix (the most frequent first). */
  var PREFIX_LIMIT = 40;
  var loaded = {};
  var waiting = {};

  // Each index file calls this with its data.
  window.chronicleSearchData = function (kind, key, data) {
    var id = kind + ':' + key;
    loaded[id] = data;
    (waiting[id] || []).forEach(function (done) { done(data); });
    delete waiting[id];
  };

  function load(kind, key, file) {
    var id = kind + ':' + key;
    if (id in loaded) return Promise.resolve(loaded[id]);
    return new Promise(function (resolve, reject) {
      if (waiting[id]) { waiting[id].push(resolve); return; }
      waiting[id] = [resolve];
      var s = document.createElement('script');
      s.src = BASE + file;
      s.onerror = function () { delete waiting[id]; reject(new Error('The offline search index (' + BASE + file + ') is missing.')); };
      document.head.append(s);
    });
  }

  function termsOf(meta, text) {
    var marks = new RegExp(meta.terms.marks, 'g');
    var split = new RegExp(meta.terms.split, 'u');
    var seen = {};
    return String(text).normalize('NFKD').replace(marks, '').toLowerCase().split(split).filter(function (t) {
      if (!t || seen[t]) return false;
      seen[t] = true;
      return true;
    });
  }

  // Postings are [page delta, score << titleBits | title words, ...]; the score is in hundredths.
  function decode(meta, list, factor, into, exact) {
    var scale = Math.pow(2, meta.titleBits);
    var idf = Math.log(1 + (meta.pages - list.length / 2 + 0.5) / (list.length / 2 + 0.5));
    var page = 0;
    for (var i = 0; i < list.length; i += 2) {
      page += list[i];
      var score = idf * factor * Math.floor(list[i + 1] / scale) / 100;
      var hit = into[page];
      if (!hit) into[page] = hit = { score: 0, title: 0 };
      if (score > hit.score) hit.score = score;
      if (exact) hit.title = list[i + 1] % scale;
    }
  }

  // Pages that have the word, or (for a word of two characters or more) a longer word beginning with it.
  function matches(meta, shard, term) {
    var found = {};
    if (!shard) return found;
    if (shard[term]) decode(meta, shard[term], 1, found, true);
    if (Array.from(term).length >= 2) {
      Object.keys(shard)
        .filter(function (t) { return t !== term && t.lastIndexOf(term, 0) === 0; })
        .sort(function (a, b) { return shard[b].length - shard[a].length || (a < b ? -1 : 1); })
        .slice(0, PREFIX_LIMIT)
        .forEach(function (t) { decode(meta, shard[t], PREFIX_FACTOR, found, false); });
    }
    return found;
  }

  // The group (kind, source, date) of a page, by its number: groups are in page order.
  function groupOf(meta, page) {
    var lo = 0, hi = meta.groups.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.groups[mid][3] <= page) lo = mid; else hi = mid - 1;
    }
    var g = meta.groups[lo];
    return { kind: meta.kinds[g[0]], source: g[1] < 0 ? '' : meta.sources[g[1]], date: g[2] };
  }

  function passes(g, opts) {
    if (opts.kind && g.kind !== opts.kind) return false;
    if (opts.source && g.source !== opts.source) return false;
    if ((opts.from || opts.to) && !g.date) return false;
    // A page dated less precisely than a bound ("1987" against "1987-03") may or may not be in the period: it is
    // left out, as Pagefind's month filter leaves it out (search-page.js).
    if (opts.from && (g.date.length < opts.from.length || g.date.slice(0, opts.from.length) < opts.from)) return false;
    if (opts.to && (g.date.length < opts.to.length || g.date.slice(0, opts.to.length) > opts.to)) return false;
    return true;
  }

  /**
   * Results for `query`, best first (or by date with opts.sort "asc"/"desc"), filtered by opts.kind, opts.source,
   * opts.from and opts.to (dates or their beginnings: "1987", "1987-03"). Resolves to { total, results } with the
   * first `shown` results as { url, title, kind, date, text }.
   */
  function search(query, opts, shown) {
    return load('meta', '', 'meta.js').then(function (meta) {
      var words = termsOf(meta, query);
      if (!words.length) return { total: 0, results: [] };
      var shards = meta.shards;
      return Promise.all(words.map(function (w) {
        var key = Array.from(w).slice(0, 2).join('');
        return Object.prototype.hasOwnProperty.call(shards, key) ? load('terms', key, shards[key]) : null;
      })).then(function (loadedShards) {
        var perWord = words.map(function (w, i) { return matches(meta, loadedShards[i], w); });
        var hits = [];
        Object.keys(perWord[0]).forEach(function (p) {
          var score = 0, exactTitle = true;
          for (var i = 0; i < perWord.length; i++) {
            var hit = perWord[i][p];
            if (!hit) return;
            score += hit.score;
            if (hit.title !== words.length) exactTitle = false;
          }
          var page = Number(p);
          var g = groupOf(meta, page);
          if (!passes(g, opts)) return;
          // A page whose title is the query comes first, an entity's before an event's or an article's, as the
          // search page does over http (search-page.js, nameFirst).
          var entity = g.kind !== 'article' && g.kind !== 'event';
          hits.push({ page: page, score: score, cls: exactTitle ? (entity ? 0 : 1) : 2, group: g });
        });
        hits.sort(opts.sort ? byDate(opts.sort) : function (a, b) { return a.cls - b.cls || b.score - a.score || a.page - b.page; });
        var top = hits.slice(0, shown);
        return Promise.all(top.map(function (h) {
          var n = Math.floor(h.page / meta.block);
          return load('docs', n, 'd-' + n + '.js');
        })).then(function (blocks) {
          return {
            total: hits.length,
            results: top.map(function (h, i) {
              var row = blocks[i][h.page % meta.block];
              // A row's URL is written without what every URL of its kind shares (src/search/offline.ts, urlAffixes).
              var url = meta.urls[h.group.kind][0] + row[0] + meta.urls[h.group.kind][1];
              return { url: url, title: row[1], kind: h.group.kind, date: h.group.date || null, text: row[2] };
            }),
          };
        });
      });
    });
  }

  // By date, undated last; equal dates by relevance.
  function byDate(order) {
    return function (a, b) {
      var x = a.group.date, y = b.group.date;
      if (x !== y) {
        if (!x) return 1;
        if (!y) return -1;
        return (x < y ? -1 : 1) * (order === 'asc' ? 1 : -1);
      }
      return b.score - a.score || a.page - b.page;
    };
  }

  window.ChronicleOffline = { search: search };
})();
