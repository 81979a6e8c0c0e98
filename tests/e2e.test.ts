/**
 * End to end: the real CLI builds the seed site into a temporary folder, then the tests read graph.json, every
 * page and every link, and drive the search page in Chromium over a loopback server.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { main } from '../src/cli.ts';
import { graphJsonSchemaV4, graphJsonV2, type GraphJsonV4, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { serveStatic, type StaticServer } from '../src/serve.ts';
import { BuiltSite, listFiles, resolveLink } from './helpers/site.ts';
import { PAGEFIND_UNUSED } from '../src/search/pagefind.ts';
import { relativeHref, type SiteUrl } from '../src/util/urls.ts';
import { launchBrowser } from './helpers/browser.ts';
import { writeFeeds } from '../src/site/feeds.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { buildGraph } from '../src/pipeline.ts';
import { publicUrl } from '../src/config/context.ts';

let out: string;
let site: BuiltSite;
/** graph.json as written (version 4), and expanded to version 2's objects, urls and sentences' text. */
let written: GraphJsonV4;
let graph: GraphJsonV2;
let exitCode: number;
const stdout: string[] = [];
const stderr: string[] = [];

beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-e2e-'));
  exitCode = await main(['build', '--input', 'seeds', '--out', out], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  if (exitCode !== 0) throw new Error(`build failed:\n${stderr.join('\n')}`);
  site = new BuiltSite(out);
  written = JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as GraphJsonV4;
  graph = graphJsonV2(written);
});

afterAll(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

const norm = (s: string) => s.normalize('NFC').toLowerCase();
function entityNamed(name: string) {
  return graph.entities.find((e) => [e.name, ...e.aliases].some((n) => norm(n) === norm(name)));
}
const articleOf = (file: string) => graph.articles.find((a) => a.file === file)!;
const SEED_1 = '000_cef4227f8d5861dc.txt';
const SEED_2 = '004_9bd7e509f6b68351.txt';

describe('chronicle build on the seeds', () => {
  it('exits 0 and writes graph.json in the shape of CONTRACT.md', () => {
    expect(exitCode, stderr.join('\n')).toBe(0);
    const parsed = graphJsonSchemaV4.safeParse(written);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
  });

  it('accounts for every input file', async () => {
    const inputs = (await fs.readdir('seeds')).sort();
    const seen = new Set([...graph.articles.map((a) => a.file), ...graph.problems.map((p) => p.file)]);
    for (const f of inputs) expect(seen.has(f), f).toBe(true);
    expect(articleOf(SEED_1).date).toBe('2021-12-14');
    expect(articleOf(SEED_2).date).toBe('2021-12-10');
  });

  it.each([
    ['SenseTime', 'organization'],
    ['Liu Pengyu', 'person'],
    ['Wang Wenbin', 'person'],
    ['Joe Biden', 'person'],
    ['Aung San Suu Kyi', 'person'],
    ['Ri Yong-gil', 'person'],
    ['Xinjiang', 'place'],
    ['Myanmar', 'place'],
    ['North Korea', 'place'],
    ['Global Witness', 'organization'],
    ['Hong Kong Stock Exchange', 'organization'],
    ['Reuters', 'organization'],
  ])('has an entity page for %s (%s)', async (name, type) => {
    const e = entityNamed(name);
    expect(e, `no entity named ${name}`).toBeDefined();
    expect(e!.type).toBe(type);
    expect(await site.exists(e!.url)).toBe(true);
  });

  it('merges spelling variants across sources and surnames within an article', () => {
    const liu = entityNamed('Liu Pengyu')!;
    expect(liu.aliases).toContain('Liu Penggyu');
    expect(new Set(liu.mentions.map((m) => m.article))).toEqual(new Set([articleOf(SEED_1).id, articleOf(SEED_2).id]));
    expect(entityNamed('Biden')?.id).toBe(entityNamed('Joe Biden')?.id);
    const adeyemo = graph.entities.find((e) => /^Wally Ade/.test(e.name));
    expect(adeyemo?.type).toBe('person');
  });

  it('makes no page for debris, weekdays or months', () => {
    const names = graph.entities.flatMap((e) => [e.name, ...e.aliases]).map(norm);
    for (const junk of ['Leave a Reply', 'Friday', 'Saturday', 'Day', 'February', 'April', 'READ MORE', 'Summit']) {
      expect(names, junk).not.toContain(norm(junk));
    }
    expect(entityNamed('Summit for Democracy')?.type ?? 'other').not.toBe('person');
  });

  it('has one event for the US blacklisting SenseTime, dated 2021-12-10 and citing both articles', () => {
    const sensetime = entityNamed('SenseTime')!;
    const blacklisting = graph.events.filter(
      (e) => e.date === '2021-12-10' && e.participants.includes(sensetime.id) && /sanction|blacklist/i.test(e.title + e.sources.map((s) => s.quote).join(' ')),
    );
    expect(blacklisting.length).toBeGreaterThanOrEqual(1);
    const cited = new Set(blacklisting.flatMap((e) => e.sources.map((s) => s.article)));
    expect(blacklisting.some((e) => new Set(e.sources.map((s) => s.article)).size === 2), JSON.stringify(blacklisting, null, 1)).toBe(true);
    expect(cited).toEqual(new Set([articleOf(SEED_1).id, articleOf(SEED_2).id]));
  });

  it('dates the Myanmar coup 2021-02-01 and nothing in 2022', () => {
    const coup = graph.events.find((e) => e.date === '2021-02-01' && /overthrew|coup/i.test(e.title + e.sources.map((s) => s.quote).join(' ')));
    expect(coup, JSON.stringify(graph.events.map((e) => [e.date, e.title]))).toBeDefined();
    expect(graph.events.filter((e) => e.date?.startsWith('2022'))).toEqual([]);
  });

  it('writes every page graph.json names, plus the fixed pages', async () => {
    const urls = [...graph.articles, ...graph.entities, ...graph.events].map((x) => x.url);
    for (const fixed of ['index.html', 'articles.html', 'timeline.html', 'search.html', '404.html', 'names.html', 'people.html', 'organizations.html', 'places.html']) urls.push(fixed);
    for (const url of urls) expect(await site.exists(url), url).toBe(true);
    expect(await site.exists('pagefind/pagefind.js')).toBe(true);
  });

  it('carries schema.org JSON-LD linking articles, entities and events, plus an Atom feed, and a sitemap with a public address', async () => {
    const jsonLd = async (url: string) => JSON.parse((await site.page(url)).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    const article = await jsonLd(articleOf(SEED_1).url);
    expect(article['@type']).toBe('NewsArticle');
    expect(article.datePublished).toBe('2021-12-14');
    // What the page is, not lists the page links (issue 17): the names and events are on their own pages.
    expect(article).not.toHaveProperty('mentions');
    expect(article).not.toHaveProperty('about');
    const entity = await jsonLd(entityNamed('Liu Pengyu')!.url);
    expect(entity).toMatchObject({ '@type': 'Person', name: 'Liu Pengyu', alternateName: ['Liu Penggyu'] });
    const event = await jsonLd(graph.events[0]!.url);
    expect(event['@type']).toBe('Event');
    expect(event).not.toHaveProperty('subjectOf');
    expect(event).not.toHaveProperty('actor');
    // Built without a public address: no sitemap, whose protocol asks for absolute addresses (issue 17). With one,
    // every page of the site is in it (listing pages too), and every entry is a page.
    expect(await site.exists('sitemap.xml')).toBe(false);
    const withSite = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-e2e-sitemap-'));
    await writeFeeds(withSite, buildSiteModel(await buildGraph({ input: 'seeds' })), { title: 'Seeds', publicUrl: publicUrl('https://archive.example.org', '/') });
    const sitemap = await fs.readFile(path.join(withSite, 'sitemap.xml'), 'utf8');
    await fs.rm(withSite, { recursive: true });
    for (const e of graph.entities) expect(sitemap).toContain(`<loc>https://archive.example.org/${e.url}</loc>`);
    const locs = [...sitemap.matchAll(/<loc>https:\/\/archive\.example\.org\/([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = (await listFiles(out)).filter((f) => f.endsWith('.html') && f !== '404.html' && f !== 'search.html');
    expect([...locs].sort()).toEqual([...pages].sort());
    const feed = await fs.readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<entry>/g)).toHaveLength(graph.articles.length);
  });

  it('has zero broken internal links, all relative and pointing at files', async () => {
    const problems: string[] = [];
    for (const page of await site.htmlPages()) {
      for (const link of await site.links(page)) {
        if (link.target === undefined) {
          problems.push(`${page}: external or non-file link ${link.href}`);
          continue;
        }
        if (link.href.startsWith('/')) problems.push(`${page}: root-absolute link ${link.href}`);
        if (link.href.endsWith('/') || link.target === '') problems.push(`${page}: folder link ${link.href}`);
        else if (!(await site.exists(link.target))) problems.push(`${page}: broken link ${link.href}`);
        else if (link.anchor && link.target.endsWith('.html')) {
          const doc = await site.page(link.target);
          if (!doc.getElementById(link.anchor)) problems.push(`${page}: missing anchor ${link.href}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('styles every page with the one shared stylesheet, linked relatively, and no inline style', async () => {
    const sheets = new Set<string>();
    for (const page of await site.htmlPages()) {
      const doc = await site.page(page);
      const links = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => resolveLink(page, l.getAttribute('href')!));
      expect(links, page).toHaveLength(1);
      expect(links[0]!.href.startsWith('/') || /^[a-z]+:/i.test(links[0]!.href), page).toBe(false);
      expect(await site.exists(links[0]!.target!), page).toBe(true);
      sheets.add(links[0]!.target!);
      expect(doc.querySelectorAll('style, [style]'), page).toHaveLength(0);
      // Styles fall back to default-src: the site's own files only.
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(csp).toMatch(/^default-src 'self' file:;/);
      expect(csp).not.toMatch(/style-src|unsafe-inline/);
    }
    expect([...sheets]).toEqual([expect.stringMatching(/^style\.[0-9a-f]{10}\.css$/)]);
    expect((await fs.stat(path.join(out, [...sheets][0]!))).size).toBeGreaterThan(4000);
  });

  it('marks search fields only on article pages, the pages Pagefind reads from their HTML', async () => {
    // Entity and event pages are indexed as records (src/search/pagefind.ts): fields on them would be bytes unread.
    const fields = '[data-pagefind-body], [data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort], [data-pagefind-ignore]';
    for (const page of await site.htmlPages()) {
      const marked = (await site.page(page)).querySelectorAll(fields).length;
      if (page.startsWith('articles/')) expect(marked, page).toBeGreaterThan(0);
      else expect(marked, page).toBe(0);
    }
  });

  it('lets only the search page run WebAssembly; every other page has one short policy', async () => {
    const policies = new Set<string>();
    for (const page of await site.htmlPages()) {
      const csp = (await site.page(page)).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(csp.includes('wasm-unsafe-eval'), page).toBe(page === 'search.html');
      expect(csp, page).toMatch(/^default-src 'self' file:;/);
      if (page !== 'search.html') policies.add(csp);
    }
    expect([...policies]).toEqual(["default-src 'self' file:;base-uri 'none'"]);
  });

  it('links both ways: article ↔ entity, article ↔ event, entity ↔ event', async () => {
    const linksFrom = async (url: string) => new Set((await site.links(url)).map((l) => l.target));
    for (const entity of graph.entities) {
      const fromEntity = await linksFrom(entity.url);
      for (const articleId of new Set(entity.mentions.map((m) => m.article))) {
        const article = graph.articles.find((a) => a.id === articleId)!;
        expect(fromEntity.has(article.url), `${entity.url} → ${article.url}`).toBe(true);
        expect((await linksFrom(article.url)).has(entity.url), `${article.url} → ${entity.url}`).toBe(true);
      }
    }
    for (const event of graph.events) {
      const fromEvent = await linksFrom(event.url);
      for (const source of event.sources) {
        const article = graph.articles.find((a) => a.id === source.article)!;
        expect(fromEvent.has(article.url), `${event.url} → ${article.url}`).toBe(true);
        expect((await linksFrom(article.url)).has(event.url), `${article.url} → ${event.url}`).toBe(true);
      }
      for (const participant of event.participants) {
        const entity = graph.entities.find((e) => e.id === participant)!;
        expect(fromEvent.has(entity.url), `${event.url} → ${entity.url}`).toBe(true);
        expect((await linksFrom(entity.url)).has(event.url), `${entity.url} → ${event.url}`).toBe(true);
      }
    }
  });

  it('keeps pages lean (issue 17): no section or data that only repeats the page, no search files nothing loads', async () => {
    // Pagefind's own search interfaces are not written; what the search page loads is.
    for (const unused of PAGEFIND_UNUSED) expect(await site.exists(`pagefind/${unused}`), unused).toBe(false);
    for (const used of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json']) expect(await site.exists(`pagefind/${used}`), used).toBe(true);
    // Every index is English: the WebAssembly for a language without its own is never loaded.
    expect(await site.exists('pagefind/wasm.unknown.pagefind')).toBe(false);
    // The feed is announced on the home page and the articles overview only.
    const feedLink = async (url: string) => (await site.page(url)).querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(await feedLink('index.html')).not.toBeNull();
    expect(await feedLink('articles.html')).not.toBeNull();
    expect(await feedLink(graph.entities[0]!.url)).toBeNull();
    // The frame (head, header, footer) is written tag against tag, with no attribute that says nothing: the colour
    // scheme is the stylesheet's, form-action is set only where there is a form.
    for (const page of await site.htmlPages()) {
      const html = await fs.readFile(path.join(out, page), 'utf8');
      const frame = html.slice(0, html.indexOf('<main')).trimEnd() + html.slice(html.lastIndexOf('</main>'));
      // One space between two links of the site navigation, which text browsers show as text; no other.
      expect(frame.replace(/<\/a> <a /g, '</a><a ').match(/>\s+</g), page).toBeNull();
      expect(frame, page).not.toMatch(/class="?(site|inner)\b|name="?color-scheme/);
      expect(frame.includes('form-action'), page).toBe(page === 'search.html');
    }
    const inEvents = new Set(graph.events.flatMap((e) => e.participants));
    let withEvents = 0;
    let without = 0;
    for (const entity of graph.entities) {
      const page = await site.page(entity.url);
      // An entity's schema.org data says what it is; the articles are linked under Sources, not listed again.
      const script = page.querySelector('script[type="application/ld+json"]');
      const ld = JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
      // Only a page whose data would say no more than its title and type (no spelling, no description, no public
      // address) has none (issue 17, session 30): the heading and its badge say both.
      if (script === null) expect(entity.aliases.length, entity.url).toBe(0);
      else expect(Object.keys(ld).some((k) => !['@context', '@type', 'name'].includes(k)), entity.url).toBe(true);
      expect(ld.subjectOf, entity.url).toBeUndefined();
      // An Events section only where there are events (the key facts say 0 otherwise).
      expect(page.querySelector('section#events') !== null, entity.url).toBe(inEvents.has(entity.id));
      if (inEvents.has(entity.id)) withEvents++;
      else without++;
      // The seeds are dated: each entity page says when it was in the news.
      expect(page.querySelector('section#in-the-news li'), entity.url).not.toBeNull();
      // Sentence counts beside the names it is named with only where they differ from 1.
      // The names are grouped by type (one badge a type), each count in brackets after its name (issue 17).
      const names = page.querySelector('.rg-list ul.by-type');
      if (names) {
        for (const li of names.querySelectorAll('li')) expect(li.querySelectorAll('span'), entity.url).toHaveLength(1);
        const counts = names.querySelectorAll('a').map((a) => a.nextSibling?.textContent?.match(/^ \((\d+)\)/)?.[1]);
        const counted = page.querySelector('.rg-list h3, .rg-list h2')!.textContent.endsWith('(sentences shared)');
        if (counted) expect(counts.every(Boolean) && counts.some((c) => c !== '1'), entity.url).toBe(true);
        else expect(counts.some(Boolean), entity.url).toBe(false);
      }
    }
    expect(withEvents).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
    // An article's names are grouped by type: each type's badge once, then its names. Each name's page is linked
    // once on the page: from the text (or byline), else from the list.
    for (const article of graph.articles) {
      const page = await site.page(article.url);
      const named = page.querySelector('section[aria-labelledby="named"]')!;
      const badges = named.querySelectorAll('ul.by-type span').map((b) => b.textContent);
      expect(badges.length, article.url).toBeGreaterThan(0);
      expect(new Set(badges).size, article.url).toBe(badges.length);
      const linkedInText = new Set(page.querySelectorAll('article.text a, .byline a').map((a) => a.getAttribute('href')));
      for (const e of graph.entities) {
        if (!e.mentions.some((m) => m.article === article.id)) continue;
        const href = relativeHref(article.url as SiteUrl, e.url as SiteUrl);
        const inList = named.querySelectorAll('a').filter((a) => a.getAttribute('href') === href).length;
        expect(named.textContent.includes(e.name), `${article.url}: ${e.name}`).toBe(true);
        expect(inList + (linkedInText.has(href) ? 1 : 0), `${article.url}: ${e.name}`).toBe(1);
      }
      // A mention in the text is a plain link of the article (no class); only the event markers carry one.
      const textLinks = (await site.page(article.url)).querySelectorAll('article.text a');
      expect(textLinks.filter((a) => !a.classList.contains('ev')).length, article.url).toBeGreaterThan(0);
      for (const a of textLinks) expect(a.getAttribute('class') ?? 'ev', article.url).toBe('ev');
    }
  });

  it('links each quoted mention itself to its sentence, and writes the site navigation as links, not a list (issue 17)', async () => {
    for (const page of await site.htmlPages()) {
      const doc = await site.page(page);
      const nav = doc.querySelector('body > header nav')!;
      expect(nav.querySelector('ul, li'), page).toBeNull();
      // Named only beside a breadcrumb, the page's other unnamed navigation; a name alone said nothing (issue 17).
      expect(nav.getAttribute('aria-label') ?? null, page).toBe(doc.querySelector('nav.crumbs') ? 'Site' : null);
      // The previews script, where there is one, ends the body and needs no defer.
      const script = doc.querySelector('script[src$="previews.js"]');
      if (script) expect([script.hasAttribute('defer'), doc.querySelector('body')!.lastElementChild === script], page).toEqual([false, true]);
      // The site's name leads home (the current page on the home page); the navigation does not repeat it.
      // People, Organisations and Places are one "Names" link to the page that links the four listings (issue 17).
      expect(nav.querySelectorAll(':scope > a').map((a) => a.textContent), page).toEqual(['Articles', 'Names', 'Timeline', 'Search']);
      // What made the site is said on the home page only.
      expect(/made with Chronicle/.test(doc.querySelector('body > footer')!.textContent), page).toBe(page === 'index.html');
      const brand = doc.querySelector('body > header > a:first-child')!;
      expect(brand.getAttribute('href'), page).toMatch(/(^|\/)index\.html$/);
      expect(brand.hasAttribute('aria-current') ? brand.getAttribute('aria-current') : 'none', page).toBe(page === 'index.html' ? 'page' : 'none');
      // Words a space apart: a text browser or a copied page does not run them together.
      expect(nav.textContent, page).toBe('Articles Names Timeline Search');
    }
    const names = await site.page('names.html');
    expect(names.querySelectorAll('main nav.browse a').map((a) => a.getAttribute('href'))).toEqual(['people.html', 'organizations.html', 'places.html', 'other-names.html']);
    for (const entity of graph.entities) {
      const sources = (await site.page(entity.url)).querySelector('section#mentions')!;
      const quotes = sources.querySelectorAll('li').filter((li) => !li.classList.contains('muted'));
      // A sentence the page quotes in full under Quotes is not printed again: its line points up there.
      const quotedAbove = sources.querySelectorAll('li.muted a[href="#quotes"]');
      expect(quotes.length + quotedAbove.length, entity.url).toBeGreaterThan(0);
      for (const li of quotes) {
        const links = li.querySelectorAll('a');
        expect(links, entity.url).toHaveLength(1);
        expect(links[0]!.textContent, entity.url).toBe(li.textContent);
        expect(links[0]!.getAttribute('href'), entity.url).toMatch(/^\.\.\/articles\/[^#]+(#p\d+)?$/);
      }
      expect(sources.textContent, entity.url).not.toContain('in context');
    }
  });

  it('reaches every page from the home page', async () => {
    const seen = new Set(['index.html']);
    const queue = ['index.html'];
    while (queue.length) {
      const page = queue.shift()!;
      for (const link of await site.links(page)) {
        if (link.target?.endsWith('.html') && !seen.has(link.target) && (await site.exists(link.target))) {
          seen.add(link.target);
          queue.push(link.target);
        }
      }
    }
    const unreachable = (await site.htmlPages()).filter((p) => !seen.has(p) && p !== '404.html');
    expect(unreachable).toEqual([]);
  });
});

describe('search over http in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(out);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['SenseTime', 'SenseTime'],
    ['Penggyu', 'Liu Pengyu'],
  ])('search.html?q=%s leads to the %s entity page', async (query, name) => {
    const entity = entityNamed(name)!;
    const page = await browser.newPage();
    const foreign: string[] = [];
    const blocked: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url)) foreign.push(r.url());
    });
    page.on('requestfailed', (r) => blocked.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) blocked.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${server.url}search.html?q=${encodeURIComponent(query)}`);
    // The whole search ran (Pagefind's requests too) before the reader follows a result.
    await page.locator('#status').filter({ hasText: /^\d+ results? for/ }).waitFor({ timeout: 15_000 });
    const link = page.locator(`#results a[href$="${entity.url}"]`).first();
    await link.click();
    await page.waitForURL(`**/${entity.url}`);
    expect(await page.locator('h1').first().textContent()).toContain(entity.name);
    expect(foreign).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('shows the page titled as the query while Pagefind is still loading, and keeps it first', async () => {
    const entity = entityNamed('SenseTime')!;
    const page = await browser.newPage();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${server.url}search.html?q=SenseTime`);
    await page.locator(`#results a[href$="${entity.url}"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator('#status').textContent()).toMatch(/^Pages named “SenseTime”/);
    // Under the name's own page, its events, from the same small file (src/search/names.ts), newest first.
    const events = graph.events.filter((e) => e.participants.includes(entity.id));
    expect(events.length).toBeGreaterThan(0);
    const early = await page.locator('#results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(early[0]).toBe(entity.url);
    const listed = early.filter((href) => href?.startsWith('events/'));
    expect(listed.length).toBe(Math.min(events.length, 5));
    for (const href of listed) expect(events.map((e) => e.url)).toContain(href);
    release();
    await page.locator('#status').filter({ hasText: /^\d+ results? for/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#results li a').first().getAttribute('href')).toBe(entity.url);
    await page.close();
  });
});

describe('from file:// in Chromium, with no server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage() {
    const page = await browser.newPage();
    const failed: string[] = [];
    const foreign: string[] = [];
    page.on('requestfailed', (r) => {
      // A click's navigation cancels loads still under way — the preview cards requested as the pointer passed
      // over the link — as ERR_ABORTED; a file that is not there fails as ERR_FILE_NOT_FOUND and is counted.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    // Content-Security-Policy refusals count as failures too.
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) failed.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) foreign.push(r.url());
    });
    return { page, failed, foreign };
  }
  const fileUrl = (rel: string) => `file://${path.join(out, rel)}`;

  it('navigates home → entity → article → event and back by clicking links', async () => {
    const { page, failed, foreign } = await openPage();
    const sensetime = entityNamed('SenseTime')!;
    const event = graph.events.find((e) => e.participants.includes(sensetime.id) && e.sources.length > 1)!;
    const article = graph.articles.find((a) => a.id === event.sources[0]!.article)!;
    // The shared stylesheet applies from disk at the root and one folder down (the light theme's background).
    const styled = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(fileUrl('index.html'));
    expect(await styled()).toBe('rgb(253, 252, 249)');
    await page.locator(`a[href="${sensetime.url}"]`).first().click();
    await page.waitForURL(`**/${sensetime.url}`);
    expect(await page.locator('h1').textContent()).toContain('SenseTime');
    expect(await styled()).toBe('rgb(253, 252, 249)');
    // A quote under Sources leads into the article, at its sentence.
    const atArticle = (u: URL) => u.pathname.endsWith(`/${article.url}`);
    await page.locator(`a[href^="../${article.url}#p"]`).first().click();
    await page.waitForURL(atArticle);
    expect(await page.locator('h1').textContent()).toContain(article.title);
    await page.locator(`a[href="../${event.url}"]`).first().click();
    await page.waitForURL(`**/${event.url}`);
    expect(await page.locator('h1').textContent()).toContain(event.title);
    await page.goBack();
    await page.waitForURL(atArticle);
    await page.goBack();
    await page.waitForURL(`**/${sensetime.url}`);
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('searches by a misspelt alias from disk and follows the result', async () => {
    const { page, failed, foreign } = await openPage();
    const liu = entityNamed('Liu Pengyu')!;
    await page.goto(`${fileUrl('search.html')}?q=Penggyu`);
    const link = page.locator(`#results a[href="${liu.url}"]`);
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await page.waitForURL(`**/${liu.url}`);
    expect(await page.locator('h1').textContent()).toContain('Liu Pengyu');
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('filters offline results by kind', async () => {
    const { page } = await openPage();
    // A word of event titles and of articles: an event is found by its title, not by the sentences of its sources.
    await page.goto(`${fileUrl('search.html')}?q=sanctions&kind=event`);
    await page.locator('#results li').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('#results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^events\//);
    // An event's result shows its date, with no sentence of its sources and no separator left hanging.
    for (const line of await page.locator('#results p.meta').allTextContents()) expect(line).toMatch(/^(\d{4}(-\d\d){0,2})?$/);
    await page.close();
  });
});
