/** Lean output (issue 17, Bytes): mention quotes, graph.json's layout, and the bench's byte accounting by kind. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { BuiltSite } from './helpers/site.ts';
import { relativeHref, TYPE_LABEL, urls, type SiteUrl } from '../src/util/urls.ts';
import type { EntityType } from '../src/types.ts';
import { buildSiteModel, FACT_SPELLINGS, listsSpellings, MENTION_QUOTE, shortQuote, STATEMENT_QUOTE, type EntityPage } from '../src/graph/site-model.ts';
import { buildGraph } from '../src/pipeline.ts';
import { asGraphJsonV2, serializeGraphJson, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { siteKind } from '../bench/site-bytes.ts';
import type { Graph } from '../src/types.ts';

const SENTENCE = 'Other music stars being approached include Robin and Barry Gibb of The Bee Gees, jazz sensation Jamie Cullum, Chris Rea and Olivia Newton-John.';

describe('shortQuote', () => {
  it('keeps a short sentence whole', () => {
    expect(shortQuote('Bob Smith resigned on Monday.', 'Bob Smith')).toBe('Bob Smith resigned on Monday.');
  });

  it('cuts a long sentence around the name, at word boundaries, marking each cut', () => {
    for (const name of ['Other', 'Barry Gibb', 'Jamie Cullum', 'Olivia Newton-John']) {
      const q = shortQuote(SENTENCE, name);
      expect(q).toContain(name);
      expect(q.replace(/…/g, '').length).toBeLessThanOrEqual(MENTION_QUOTE);
      const inner = q.replace(/^…/, '').replace(/…$/, '');
      expect(SENTENCE).toContain(inner);
      // Whole words only: a cut falls next to a space of the sentence, or at its ends.
      const at = SENTENCE.indexOf(inner);
      expect(at === 0 || SENTENCE[at - 1] === ' ').toBe(true);
      expect(at + inner.length === SENTENCE.length || SENTENCE[at + inner.length] === ' ').toBe(true);
      expect(q.startsWith('…')).toBe(at > 0);
    }
  });

  it('never cuts the name, even in text without spaces', () => {
    expect(shortQuote(`${'x'.repeat(300)} Name ${'y'.repeat(300)}`, 'Name')).toContain('Name');
  });
});

describe("an entity's Quotes", () => {
  // Invented: a statement longer than STATEMENT_QUOTE and a short one, both of one speaker.
  const STORY = 'Breakwater work to start in spring\n\nThe Kestrel Point Harbour Trust will begin work on a new breakwater in March, the trust said on Monday.\n\nHarbour master Edda Lorne said the new breakwater at Kestrel Point would be finished long before the winter storms arrive, and that the ferries to Tarrow Island would keep running while the work goes on.\n\nEdda Lorne said the trust had set aside money for the work.\n';
  it('quote the words round the speaker where a statement is long, linked to its sentence; a short one whole (issue 17)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-quotes-'));
    try {
      await fs.writeFile(path.join(dir, 'breakwater.txt'), STORY);
      const graph = await buildGraph({ input: dir });
      const speaker = buildSiteModel(graph).entities.find((e) => e.name === 'Edda Lorne')!;
      const whole = new Map(graph.quotes.filter((q) => q.entity === speaker.id).map((q) => [urls.paragraph(q.article, q.paragraph), q.quote]));
      expect(speaker.quotes).toHaveLength(2);
      const long = speaker.quotes.filter((q) => whole.get(q.href)!.length > STATEMENT_QUOTE);
      expect(long).toHaveLength(1);
      for (const q of speaker.quotes) {
        const sentence = whole.get(q.href)!;
        expect(q.quote, sentence).toContain('Edda Lorne');
        expect(q.quote.replace(/…/g, '').length).toBeLessThanOrEqual(STATEMENT_QUOTE);
        // Whole words of the sentence, "…" where it goes on; the link leads to the whole sentence in the article.
        expect(sentence).toContain(q.quote.replace(/^…/, '').replace(/…$/, ''));
        expect(q.quote === sentence).toBe(sentence.length <= STATEMENT_QUOTE);
      }
      expect(long[0]!.quote).toMatch(/^Harbour master Edda Lorne said .*…$/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("a name in one article: its article's other names", () => {
  // Invented: the first name shares its sentence with one name, and the article names thirteen more elsewhere (more
  // than the 12 `related` keeps).
  const STORY = 'Ferry line names new captain\n\nCaptain Corin Vale will take the new ferry, Halden Marsh said on Tuesday.\n\nThe ferry will sail from Tarrow Island to Kestrel Point, and later to Brennock and Oswin Bay.\n\nIts owner, the Westmere Shipping Company, bought it from the Dunmore Yard last year.\n\nMara Quell, Tobin Ashby, Lisle Carrow and Petra Skarn sit on the board of Westmere Shipping.\n\nThe crew trained at the Norvale Maritime College under Jonas Pell and Ida Revik.\n';
  it('counts every other name its article names, uncapped, not the names sharing its sentences (review28 item 2)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-named-with-'));
    try {
      await fs.writeFile(path.join(dir, 'ferry.txt'), STORY);
      const graph = await buildGraph({ input: dir });
      const model = buildSiteModel(graph);
      expect(graph.entities.length).toBeGreaterThan(13);
      const [article] = model.articles;
      for (const e of model.entities) expect(e.namedWith, e.name).toBe(article!.entities.length - 1);
      const captain = model.entities.find((e) => e.name === 'Corin Vale')!;
      expect(captain.related.length).toBeLessThan(captain.namedWith);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('listsSpellings', () => {
  // An invented entity page's spellings: `n` other spellings, `articles` articles, `reasons` merge reasons.
  const page = (n: number, articles: number, reasons = 0): Pick<EntityPage, 'aliases' | 'mentionsByArticle' | 'mergeReasons'> => ({
    aliases: Array.from({ length: n }, (_, k) => ({ name: `Quellmark ${k}`, articles: 1, first: null })),
    mentionsByArticle: Array.from({ length: articles }, () => ({}) as EntityPage['mentionsByArticle'][number]),
    mergeReasons: Array.from({ length: reasons }, (_, k) => `reason ${k}`),
  });
  it('lists other spellings where the key facts do not say them all: several articles, more spellings than the facts name, merge reasons', () => {
    expect(listsSpellings(page(0, 3, 1))).toBe(false);
    expect(listsSpellings(page(2, 1))).toBe(false);
    expect(listsSpellings(page(FACT_SPELLINGS, 1))).toBe(false);
    expect(listsSpellings(page(2, 2))).toBe(true);
    expect(listsSpellings(page(FACT_SPELLINGS + 1, 1))).toBe(true);
    expect(listsSpellings(page(1, 1, 1))).toBe(true);
  });
});

describe('graph.json layout', () => {
  it('writes one record a line and parses back to the same data', () => {
    const graph = {
      articles: [{ id: 'a', file: 'a.txt', title: 'A', date: null, dateSource: null, section: null, source: null, hash: 'h', paragraphs: [] }],
      extractions: [], entities: [], plainNames: [], events: [], quotes: [], problems: [{ file: 'b.txt', line: 2, message: 'bad', severity: 'error' }], notes: [],
    } as unknown as Graph;
    const text = serializeGraphJson(graph);
    // Version 4: an article is the array of its fields (GRAPH_JSON_V4_FIELDS), one a line.
    const data = JSON.parse(text) as { articles: unknown[][]; problems: unknown[] };
    expect(data.articles.map((a) => a[0])).toEqual(['a']);
    expect(text.split('\n').filter((l) => l.startsWith('["a","A","a.txt",'))).toHaveLength(1);
    expect(text).toContain('"problems": [\n{"file":"b.txt","line":2,"message":"bad"}\n]');
    const v3 = serializeGraphJson(graph, 3);
    expect(v3.split('\n').filter((l) => l.startsWith('{"id":"a"'))).toHaveLength(1);
  });
});

describe('bench byte kinds', () => {
  it('classifies output files by where the site writes them', () => {
    expect(siteKind('entities/x.html')).toBe('entities');
    expect(siteKind('events/y.html')).toBe('events');
    expect(siteKind('articles/z.html')).toBe('articles');
    expect(siteKind('timeline/2021.html')).toBe('listings');
    expect(siteKind('people.html')).toBe('listings');
    expect(siteKind('pagefind/index/a.pf_index')).toBe('search index');
    expect(siteKind('search/records.js')).toBe('offline index');
    expect(siteKind('previews/3.js')).toBe('previews');
    expect(siteKind('graph.json')).toBe('data');
    expect(siteKind('style.0123456789.css')).toBe('assets');
  });
});

/**
 * Lean entity pages on an undated archive (issue 17): two invented, undated stories built with the real CLI. A name
 * with one spelling and no dates gets no key facts (the lead and the badge say all they said), a name with another
 * spelling keeps them; no page has an empty body, and names with no drawing are under one heading.
 */
describe('entity pages of an undated archive', () => {
  const STORIES: Record<string, string> = {
    'harbour.txt': 'Harbour board approves new ferry pier\n\nThe Ellery Harbour Board approved a new ferry pier on the north quay, its chairman Marta Kovac said.\n\nKovac said the Dunmore Shipping Company would run two boats a day to Port Avery once the pier opens.\n\nResidents of Ellery had asked for a second pier for years, said Tomas Brell, who leads the quay traders.\n',
    // Two mentions of the shipping company in one paragraph, one in the next: a link in each paragraph, not three.
    'ferry.txt': 'Ferry operator names new boats\n\nThe Dunmore Shipping Company named its two new ferries on Monday, and the Dunmore Shipping Company chairman Oskar Lind said both would sail by June.\n\nLind said the Dunmore Shipping Company had ordered a third boat.\n',
    'mill.txt': 'Old mill to become a library\n\nThe old Calder Mill in Ellery will become the town library, the Ellery Town Council said.\n\nMarta Kovac, who chairs the Ellery Harbour Board, welcomed the plan and said the council had chosen well.\n\nWork begins after the Calder Mill Trust hands over the keys, council member Ines Varga said.\n',
  };
  let dir: string;
  let site: BuiltSite;
  let graph: GraphJsonV2;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-lean-'));
    await fs.mkdir(path.join(dir, 'in'));
    for (const [name, text] of Object.entries(STORIES)) await fs.writeFile(path.join(dir, 'in', name), text);
    const code = await main(['build', '--input', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--no-cache', '--force'], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    site = new BuiltSite(path.join(dir, 'out'));
    graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(dir, 'out', 'graph.json'), 'utf8')) as GraphJson);
  }, 300_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('gives key facts only where they add to the lead, and folds a name in one article\'s "Named together with" into its article\'s names', async () => {
    let lean = 0;
    let folded = 0;
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      const spellings = new Set(e.mentions.map((m) => m.text));
      expect(page.querySelector('aside.facts') !== null, e.url).toBe(spellings.size > 1);
      if (spellings.size === 1) lean++;
      // What the facts said is in the lead: how often, in how many articles.
      expect(page.querySelector('p.lead')!.textContent, e.url).toMatch(/ is an? (person|organisation|place|other name) named \d+ times? in \d+ articles?\.$/);
      expect(page.querySelector('.body:empty, .doc:empty'), e.url).toBeNull();
      const articles = new Set(e.mentions.map((m) => m.article));
      const line = page.querySelectorAll('main p').find((p) => p.querySelector('a[href$="#named"]'));
      const names = page.querySelector('section#connections');
      if (articles.size === 1 && (line || names)) {
        // A name in one article: "Named together with" is one link to that article's "Named in this article", an id
        // its page has, where every name the list would show is named (issue 17).
        const article = graph.articles.find((a) => articles.has(a.id))!;
        if (!line) throw new Error(`${e.url}: no "Named together with" line`);
        // With no shared event the line stands alone, with no section round it.
        if (names) expect(names.querySelectorAll('h3').map((h) => h.textContent), e.url).toEqual(['Shared events']);
        else expect(page.querySelectorAll('main > p').some((p) => p.textContent === line.textContent), e.url).toBe(true);
        expect(line.querySelectorAll('a').map((a) => a.getAttribute('href')), e.url).toEqual([`../${article.url}#named`]);
        expect(page.querySelector('ul.by-type'), e.url).toBeNull();
        const named = (await site.page(article.url)).querySelector('#named')!.closest('section')!.textContent;
        // The line says what a heading would; under the heading shared events keep, it is the link alone.
        const together = Number(new RegExp(`^${names ? '' : 'Named together with '}(\\d+) other names? in its article\\.$`).exec(line.textContent)![1]);
        expect(together, e.url).toBeGreaterThan(0);
        // The count is of the article's other names, every one its list shows (review28 item 2), not of the names
        // sharing a sentence, capped at 12.
        const inArticle = graph.entities.filter((o) => o.id !== e.id && o.mentions.some((m) => m.article === article.id));
        expect(together, e.url).toBe(inArticle.length);
        for (const o of inArticle) expect(named, `${e.url}: ${o.name}`).toContain(o.name);
        const sameSentence = graph.entities.filter((o) => o.id !== e.id && o.mentions.some((m) => e.mentions.some((n) => n.article === m.article && n.sentence === m.sentence)));
        for (const o of sameSentence) expect(named, `${e.url}: ${o.name}`).toContain(o.name);
        folded++;
      } else if (names && !names.querySelector('svg')) {
        // Undrawn (here no name is a hub), the names stand alone under one heading, not "Connections" over "Named
        // together with"; where the counts differ the list keeps them, and the heading says what they count.
        const counted = / \(\d+\)/.test(names.querySelector('ul')!.textContent);
        const headings = names.querySelectorAll('h2, h3').map((h) => h.textContent);
        expect(headings.filter((h) => h !== 'Shared events'), e.url).toEqual([counted ? 'Named together with (sentences shared)' : 'Named together with']);
        expect(names.querySelector('h2'), e.url).not.toBeNull();
        expect(names.querySelectorAll('a').length, e.url).toBeGreaterThan(0);
      }
    }
    expect(lean).toBeGreaterThan(3);
    expect(lean).toBeLessThan(graph.entities.length);
    expect(folded).toBeGreaterThan(3);
  });

  it('describes an entity page by its kind and count, not by the name its title already gives (issue 17)', async () => {
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      const articles = new Set(e.mentions.map((m) => m.article)).size;
      expect(page.querySelector('meta[name="description"]')!.getAttribute('content'), e.url).toMatch(new RegExp(`^(Person named|Organisation named|Place named|Named) in ${articles} articles?\\.$`));
      expect(page.querySelector('title')!.textContent, e.url).toContain(e.name);
    }
  });

  it('links a name at its first mention in each paragraph, and names it once more, unlinked, under "Named in this article"', async () => {
    const ferry = graph.articles.find((a) => a.file === 'ferry.txt')!;
    const company = graph.entities.find((e) => e.name === 'Dunmore Shipping Company')!;
    expect(company.mentions.filter((m) => m.article === ferry.id)).toHaveLength(3);
    const page = await site.page(ferry.url);
    const paragraphs = page.querySelectorAll('article.text p');
    const links = (p: (typeof paragraphs)[number]) => p.querySelectorAll('a').filter((a) => a.textContent === company.name);
    expect(paragraphs.map((p) => links(p).length)).toEqual([1, 1]);
    // The unlinked mention is still in the text, word for word.
    expect(paragraphs[0]!.textContent.split(company.name).length - 1).toBe(2);
    // "Named in this article" names it once more, by name: the text already links it (issue 17).
    const named = page.querySelector('section[aria-labelledby="named"]')!;
    expect(named.querySelectorAll('a').filter((a) => a.textContent === company.name)).toHaveLength(0);
    expect(named.textContent.split(company.name).length - 1).toBe(1);
  });

  it('prints a sentence an entity page quotes once: its mention says it is quoted above, and the quote links it', async () => {
    let quoted = 0;
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      const quotes = page.querySelectorAll('section#quotes li');
      const mentions = page.querySelectorAll('section#mentions li a').map((a) => a.textContent.replace(/^…|…$/g, ''));
      for (const q of quotes) {
        const sentence = q.querySelector('blockquote')!.textContent;
        expect(mentions.filter((m) => sentence.includes(m)), `${e.url}: ${sentence}`).toEqual([]);
        // The quote's own link leads to the sentence's paragraph, where the mention's link led.
        expect(q.querySelector('a')!.getAttribute('href'), e.url).toMatch(/^\.\.\/articles\/[^#]+\.html#p\d+$/);
        quoted++;
      }
      const above = page.querySelectorAll('section#mentions li.muted a[href="#quotes"]');
      expect(above.length > 0, e.url).toBe(quotes.length > 0);
    }
    expect(quoted).toBeGreaterThan(3);
  });

  it('heads each Sources group with its article\'s title, a link only where no line under it leads into the article', async () => {
    let plain = 0;
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      for (const h3 of page.querySelectorAll('section#mentions h3')) {
        const title = h3.querySelector('a')?.getAttribute('href');
        const into = h3.nextElementSibling!.querySelectorAll('a').map((a) => a.getAttribute('href')!).filter((href) => href.startsWith('../articles/'));
        // Either the title links the article, or lines under it do (all into the one article), never both.
        expect(Boolean(title) !== into.length > 0, `${e.url}: ${h3.textContent}`).toBe(true);
        expect(new Set(into.map((href) => href.split('#')[0])).size, e.url).toBeLessThanOrEqual(1);
        if (!title) plain++;
      }
    }
    expect(plain).toBeGreaterThan(3);
  });

  it('lists other spellings under their own heading only where the key facts do not already say them all', async () => {
    const kinds = new Set<string>();
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      const articles = new Set(e.mentions.map((m) => m.article)).size;
      const facts = page.querySelector('aside.facts dl')?.textContent ?? '';
      for (const alias of e.aliases) expect(facts, e.url).toContain(alias);
      // The page follows the rule (a name in one article: every spelling is in the facts, and that article is linked
      // at its sentences); graph.json keeps no merge reasons, so the page's own list of them is read back.
      const reasons = page.querySelectorAll('section#spellings details li').map((li) => li.textContent);
      const byArticle = Array.from({ length: articles }, () => ({}) as EntityPage['mentionsByArticle'][number]);
      const aliases = e.aliases.map((name) => ({ name, articles: 1, first: null }));
      expect(page.querySelector('section#spellings') !== null, e.url).toBe(listsSpellings({ aliases, mentionsByArticle: byArticle, mergeReasons: reasons }));
      if (e.aliases.length > 0) kinds.add(articles > 1 ? 'several' : 'one');
    }
    expect([...kinds].sort()).toEqual(['one', 'several']);
  });

  it('leaves an undated quote undated, and names no section as a region: each in-page link lands on a section', async () => {
    let quotes = 0;
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      for (const meta of page.querySelectorAll('section#quotes li .meta')) {
        expect(meta.textContent, e.url).toBe(meta.querySelector('a')!.textContent);
        quotes++;
      }
      expect(page.querySelectorAll('main section[aria-labelledby]'), e.url).toHaveLength(0);
      for (const a of page.querySelectorAll('main a[href^="#"]')) {
        expect(page.querySelector(`section${a.getAttribute('href')!}`), `${e.url} ${a.getAttribute('href')}`).not.toBeNull();
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('gives entity and article pages no breadcrumb repeating the header: the type badge links to its listing', async () => {
    for (const e of graph.entities) {
      const page = await site.page(e.url);
      expect(page.querySelector('nav.crumbs'), e.url).toBeNull();
      // The badge is drawn by place (`h1 > [class^=t-]` in the stylesheet), not by a class on every page (issue 17).
      const badge = page.querySelector('h1 > a')!;
      const type = e.type as EntityType;
      expect(badge.getAttribute('class'), e.url).toBe(`t-${type}`);
      expect(badge.getAttribute('href'), e.url).toBe(relativeHref(e.url as SiteUrl, urls.entityIndex(type)));
      expect(badge.textContent, e.url).toBe(TYPE_LABEL[type].one);
    }
    for (const a of graph.articles) {
      const page = await site.page(a.url);
      expect(page.querySelector('nav.crumbs'), a.url).toBeNull();
      // No section saying only that nothing was found: the undated stories report no event.
      expect(page.querySelector('section[aria-labelledby="reported"]') !== null, a.url).toBe(graph.events.some((ev) => ev.sources.some((s) => s.article === a.id)));
    }
  });

  it('counts each listing on the names page, "1 name" where a type has one (review28 item 7)', async () => {
    const counts = (await site.page(urls.names)).querySelectorAll('main nav.browse .count').map((c) => c.textContent);
    const told = (['person', 'organization', 'place', 'other'] as const).map((t) => graph.entities.filter((e) => e.type === t).length);
    expect(told).toContain(1);
    expect(counts).toEqual(told.map((n) => `${n} ${n === 1 ? 'name' : 'names'}`));
  });

  it('writes a listing\'s count of mentions beside each name as a bare span, muted by the stylesheet (issue 17)', async () => {
    const pages = [urls.entityIndex('person'), ...(await fs.readdir(path.join(dir, 'out', 'people'))).map((f) => `people/${f}`)];
    let items = 0;
    for (const rel of pages) {
      for (const li of (await site.page(rel)).querySelectorAll('ul.cols li')) {
        const count = li.querySelector('a + span')!;
        expect(count.getAttribute('class'), rel).toBeUndefined();
        expect(count.textContent).toMatch(/^[1-9]\d*$/);
        items++;
      }
    }
    const people = graph.entities.filter((e) => e.type === 'person').length;
    expect(people).toBeGreaterThan(0);
    expect(items).toBeGreaterThanOrEqual(people);
  });
});
