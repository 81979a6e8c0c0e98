/* Chronicle link previews: hover or focus a link to an entity or event for a small card. Progressive enhancement:
   a classic script (runs from file:// and under the CSP). Cards come from previews/<bucket>.js, loaded by a script
   element on first use (src/site/previews.ts), and are built from text nodes only. Escape or leaving the link and
   card hides it. */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var root = new URL('.', me.src).href;
  var BUCKETS = __BUCKETS__;
  var cards = {};
  var loading = {};
  var waiting = [];
  // A bucket's cards come packed (src/site/previews.ts, packCards): [name, summary, badge, facts], the badge
  // ([label, class]) and the facts indexes into the bucket's tables. Unpacked to [name, label, class, summary, facts]; a summary ["A"] is "Named with A." (packSummary).
  // A card's key is its page URL less `.html` and, for an entity's page, `entities/` (src/site/previews.ts, previewKey).
  function fullUrl(k) {
    return (k.indexOf('/') < 0 ? 'entities/' + k : k) + '.html';
  }
  window.__chronicleCards = function (b, data, badges, facts) {
    for (var k in data) {
      var d = data[k];
      var t = badges[d[2]];
      cards[fullUrl(k)] = [d[0], t[0], t[1], typeof d[1] === 'string' ? d[1] : 'Named with ' + d[1][0] + '.', facts[d[3]]];
    }
    var w = waiting;
    waiting = [];
    w.forEach(function (f) { f(); });
  };
  // The page URL from the site root ("entities/x.html"), or null for a link elsewhere.
  function key(a) {
    var u = new URL(a.getAttribute('href'), location.href);
    u.hash = '';
    if (u.href.indexOf(root) !== 0) return null;
    var k = decodeURIComponent(u.href.slice(root.length));
    return /^(entities|events)\//.test(k) ? k : null;
  }
  function bucket(k) {
    var h = 0x811c9dc5;
    for (var i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193) >>> 0;
    return h % BUCKETS;
  }
  // Calls back once the link's card is loaded (at once if it is), with the card or nothing.
  function withCard(a, f) {
    var k = key(a);
    if (!k) return;
    if (cards[k]) return f(cards[k]);
    var b = bucket(k);
    if (loading[b] === 'failed') return;
    waiting.push(function () { if (cards[k]) f(cards[k]); });
    if (loading[b]) return;
    loading[b] = true;
    var s = document.createElement('script');
    s.src = root + 'previews/' + b + '.js';
    s.onerror = function () { loading[b] = 'failed'; };
    document.head.appendChild(s);
  }
  var card = document.createElement('div');
  card.className = 'pv';
  card.id = 'pv';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.appendChild(card);
  var owner = null;
  var showTimer = 0;
  var hideTimer = 0;

  function linkOf(node) {
    var a = node && node.closest ? node.closest('a[href]') : null;
    return a && key(a) ? a : null;
  }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text) n.textContent = text;
    return n;
  }
  function show(a, d) {
    clearTimeout(hideTimer);
    if (owner === a) return;
    hide();
    var head = el('p', 'pv-name', d[0]);
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('span', 'badge ' + d[2], d[1]));
    card.replaceChildren(head);
    if (d[3]) card.appendChild(el('p', 'pv-sum', d[3]));
    card.appendChild(el('p', 'pv-facts', d[4]));
    card.hidden = false;
    owner = a;
    a.setAttribute('aria-describedby', 'pv');
    place(a);
  }
  function place(a) {
    var r = a.getBoundingClientRect();
    var w = card.offsetWidth;
    var h = card.offsetHeight;
    var vw = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, vw - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    card.style.left = left + window.scrollX + 'px';
    card.style.top = top + window.scrollY + 'px';
  }
  function hide() {
    clearTimeout(showTimer);
    if (!owner) return;
    owner.removeAttribute('aria-describedby');
    owner = null;
    card.hidden = true;
  }
  function later(fn, ms) {
    return setTimeout(fn, ms);
  }

  document.addEventListener('mouseover', function (e) {
    if (card.contains(e.target)) { clearTimeout(hideTimer); return; }
    var a = linkOf(e.target);
    if (!a) return;
    clearTimeout(showTimer);
    showTimer = later(function () { withCard(a, function (d) { if (a.matches(':hover')) show(a, d); }); }, 250);
  });
  document.addEventListener('mouseout', function (e) {
    if (linkOf(e.target) || card.contains(e.target)) {
      clearTimeout(showTimer);
      hideTimer = later(hide, 300);
    }
  });
  document.addEventListener('focusin', function (e) {
    var a = linkOf(e.target);
    if (a) withCard(a, function (d) { if (document.activeElement === a) show(a, d); });
    else hide();
  });
  document.addEventListener('focusout', function (e) {
    if (e.target === owner) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
  });
})();
