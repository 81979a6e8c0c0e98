/* Chronicle link previews: hover or focus a link to an entity or event for a small card. Progressive enhancement:
   a classic script (runs from file:// and under the CSP), data from the page's #chronicle-previews JSON block, cards
   built from text nodes only. Escape or leaving the link and card hides it. */
(function () {
  var block = document.getElementById('chronicle-previews');
  if (!block) return;
  var cards;
  try { cards = JSON.parse(block.textContent); } catch (e) { return; }
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
    return a && cards[a.getAttribute('href').split('#')[0]] ? a : null;
  }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text) n.textContent = text;
    return n;
  }
  function show(a) {
    clearTimeout(hideTimer);
    if (owner === a) return;
    hide();
    var d = cards[a.getAttribute('href').split('#')[0]];
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
    showTimer = later(function () { show(a); }, 250);
  });
  document.addEventListener('mouseout', function (e) {
    if (linkOf(e.target) || card.contains(e.target)) {
      clearTimeout(showTimer);
      hideTimer = later(hide, 300);
    }
  });
  document.addEventListener('focusin', function (e) {
    var a = linkOf(e.target);
    if (a) show(a); else hide();
  });
  document.addEventListener('focusout', function (e) {
    if (e.target === owner) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
  });
})();
