/**
 * The reader's side of the built seed site, checked in Chromium: axe-core finds no accessibility violation on any
 * page type in light or dark; html-validate finds no error on any page; keyboard use, landmarks, previews, the
 * relationship graph, phones, print, and the weight and script budgets.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { serveStatic, type StaticServer } from '../src/serve.ts';
import { urls } from '../src/util/urls.ts';
import { bucketOf, previewBucketScripts, previewBuckets, previewCard, previewKey, unpackSummary, type PackedSummary, type PreviewCard } from '../src/site/previews.ts';
import type { Preview } from '../src/graph/site-model.ts';
import { launchBrowser } from './helpers/browser.ts';
import { BuiltSite } from './helpers/site.ts';
import { samplePages, type SamplePage } from './helpers/page-types.ts';
import { buildSeedSite, type SeedSite } from './helpers/seed-site.ts';
import { asGraphJsonV2, type GraphJson } from '../src/graph/graph-json.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The budgets of issue #8. */
const PREVIEW_SCRIPT_BUDGET = 5 * 1024;
const ARTICLE_WEIGHT_BUDGET = 60 * 1024;

let seed: SeedSite;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let samples: SamplePage[];

beforeAll(async () => {
  seed = await buildSeedSite('chronicle-quality-');
  site = new BuiltSite(seed.root);
  samples = await samplePages(seed.root);
  server = await serveStatic(seed.root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await seed?.remove();
});

const sample = (type: SamplePage['type']) => samples.find((s) => s.type === type)!;

async function open(pagePath: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
  if (pagePath.startsWith(urls.search)) await page.locator('#results li').first().waitFor();
  return page;
}

describe('accessibility: axe-core in Chromium', () => {
  const cases = ['home', 'article', 'entity', 'lone', 'event', 'timeline', 'period', 'names', 'index', 'initial', 'search'].flatMap((type) =>
    (['light', 'dark'] as const).map((scheme) => [type, scheme] as const));

  it.each(cases)('%s page, %s: 0 violations', async (type, colorScheme) => {
    // axe is injected by the test, so the test (only) lifts the page's Content-Security-Policy.
    const page = await open(sample(type as SamplePage['type']).path, { colorScheme, bypassCSP: true });
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
    });
    await page.context().close();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});

describe('validity: html-validate', () => {
  it('reports 0 errors on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = await site.htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const rel of pages) {
      const report = await validator.validateFile(path.join(seed.root, rel));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('page structure on every page', () => {
  it('has lang, a skip link to main, banner, navigation, main and contentinfo landmarks, one h1', async () => {
    for (const rel of await site.htmlPages()) {
      const doc = await site.page(rel);
      expect(doc.querySelector('html')?.getAttribute('lang'), rel).toBe('en');
      const first = doc.querySelector('body')?.querySelector('a');
      expect(first?.getAttribute('href'), rel).toBe('#main');
      expect(doc.querySelector('main#main'), rel).not.toBeNull();
      expect(doc.querySelector('body > header nav'), rel).not.toBeNull();
      expect(doc.querySelector('footer'), rel).not.toBeNull();
      expect(doc.querySelectorAll('h1').length, rel).toBe(1);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), rel).toBeTruthy();
    }
  });

  it('gives event pages a breadcrumb, entity pages a badge linking to their listing instead, and both a key facts box', async () => {
    for (const type of ['entity', 'event'] as const) {
      const doc = await site.page(sample(type).path);
      const crumbs = doc.querySelectorAll('nav[aria-label="Breadcrumb"] li');
      if (type === 'event') {
        expect(crumbs.length).toBeGreaterThanOrEqual(3);
        expect(crumbs.at(-1)!.querySelector('[aria-current="page"]')?.textContent).toBe(doc.querySelector('h1')!.childNodes[0]!.textContent!.trim());
      } else {
        // The trail's links were the header's (site name, the type's listing) and its end the title itself.
        expect(crumbs).toHaveLength(0);
        expect(doc.querySelector('h1 > a[class^="t-"]')?.getAttribute('href')).toMatch(/^\.\.\/(people|organizations|places|other-names)\.html$/);
      }
      expect(doc.querySelector('h1 > [class^="t-"]')?.textContent).toBeTruthy();
      const facts = doc.querySelectorAll('aside.facts dt').map((dt) => dt.textContent);
      expect(facts).toContain('Type');
      if (type === 'entity') expect(facts).toEqual(expect.arrayContaining(['First seen', 'Last seen', 'Articles', 'Events']));
      else expect(facts).toEqual(expect.arrayContaining(['Date', 'Sources']));
    }
  });
});

describe('keyboard alone', () => {
  it('reaches the skip link first, jumps to the content, and shows where focus is', async () => {
    const page = await open(sample('article').path);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.left >= 0 && box.width > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toEqual({ text: 'Skip to content', visible: true, outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { inMain: !!el.closest('main'), outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(next.inMain).toBe(true);
    expect(next.outline).toBe('solid');
    expect(parseFloat(next.width)).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('follows a link in the relationship graph with Enter', async () => {
    const page = await open(sample('entity').path);
    const node = page.locator('.rg svg a').first();
    const href = await node.getAttribute('href');
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(href!, page.url()).href);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });
});

describe('link previews', () => {
  it('ships one small classic script, loaded only where a page links to entities or events', async () => {
    const script = await fs.readFile(path.join(seed.root, urls.previewsScript));
    expect(script.length).toBeLessThan(PREVIEW_SCRIPT_BUDGET);
    for (const rel of await site.htmlPages()) {
      const doc = await site.page(rel);
      const sources = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!.split('/').pop());
      // No JavaScript outside the search page but the previews; inline scripts are data only.
      if (rel === urls.search) expect(sources).toEqual(['search.js']);
      else expect(sources.every((s) => s === urls.previewsScript), rel).toBe(true);
      for (const inline of doc.querySelectorAll('script:not([src])')) {
        expect(['application/ld+json', 'application/json'], rel).toContain(inline.getAttribute('type'));
      }
    }
  });

  it('shows a card on focus and on hover, and hides it on Escape', async () => {
    const page = await open(sample('article').path);
    const link = page.locator('article.text a:not(.ev)').first();
    const href = (await link.getAttribute('href'))!;
    const entity = await site.page(path.posix.join(path.posix.dirname(sample('article').path), href));
    const name = entity.querySelector('h1')!.childNodes[0]!.textContent!.trim();
    await link.focus();
    const card = page.locator('#pv');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.pv-name').textContent()).toContain(name);
    expect(await card.locator('.badge').textContent()).toBeTruthy();
    expect(await card.locator('.pv-facts').textContent()).toMatch(/\d+ articles? · \d+ mentions?/);
    expect(await link.getAttribute('aria-describedby')).toBe('pv');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.locator('h1').hover();
    const eventLink = page.locator('a.ev').first();
    await eventLink.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.badge').getAttribute('class')).toContain('t-event');
    await page.context().close();
  });

  it('works from file:// and leaves pages whole with JavaScript off', async () => {
    const fileUrl = `file://${path.join(seed.root, sample('entity').path)}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fileUrl);
    await page.locator('.rg-list a').first().focus();
    await expect.poll(() => page.locator('#pv').isVisible()).toBe(true);
    await context.close();

    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(fileUrl);
    expect(await still.locator('#pv').count()).toBe(0);
    expect(await still.locator('.rg svg a').count()).toBeGreaterThan(0);
    await still.locator('.rg-list a').first().click();
    expect(await still.locator('h1').count()).toBe(1);
    await off.close();
  });

  it('escapes the data: no card text can close a script element or become markup', () => {
    const hostile: Preview = { kind: 'entity', name: '</script><img src=x onerror=alert(1)>', type: 'person', summary: '<b>x</b>\u2028', articles: 1, mentions: 1, events: 0 };
    const [script] = previewBucketScripts({ [urls.entity('x')]: hostile });
    expect(script).not.toContain('<');
    const got: Record<string, string[]>[] = [];
    new Function('window', script!)({ __chronicleCards: (_: number, cards: Record<string, string[]>) => got.push(cards) });
    expect(got[0]![previewKey(urls.entity('x'))]![0]).toBe(hostile.name);
  });

  it('writes the badge and counts that cards share once a bucket, and they unpack to the same cards (issue 17)', () => {
    const previews: Record<string, Preview> = {};
    for (let i = 0; i < 60; i++) previews[urls.entity(`name-${i}`)] = { kind: 'entity', name: `Name ${i}`, type: i % 3 ? 'person' : 'place', summary: `Named with ${i}.`, articles: 1 + (i % 2), mentions: 1, events: 0 };
    const [script] = previewBucketScripts(previews);
    const got: Record<string, PreviewCard>[] = [];
    // As previews.js unpacks them: [name, summary, badge, facts] with the badge and facts from the bucket's tables.
    const unpack = (_: number, cards: Record<string, [string, PackedSummary, number, number]>, badges: [string, string][], facts: string[]) =>
      got.push(Object.fromEntries(Object.entries(cards).map(([url, [name, summary, b, f]]) => [url, [name, badges[b]![0], badges[b]![1], unpackSummary(summary), facts[f]!]])));
    new Function('window', script!)({ __chronicleCards: unpack });
    expect(got[0]).toEqual(Object.fromEntries(Object.entries(previews).map(([url, p]) => [previewKey(url), previewCard(p)])));
    // Two badges and two sets of counts, each written once.
    expect(script!.split('1 article · 1 mention · 0 events')).toHaveLength(2);
    expect(script!.split('"t-person"')).toHaveLength(2);
    // "Named with …." is the client's to write: a card holds the names alone (packSummary).
    expect(script).not.toContain('Named with');
    expect(script).toContain('"Name 7",["7"],');
  });

  it('unpacks a summary in previews.js as packSummary packs it', async () => {
    const client = await fs.readFile(path.join(process.cwd(), 'src/site/previews.js'), 'utf8');
    const line = /cards\[fullUrl\(k\)\] = \[d\[0\], t\[0\], t\[1\], (.+), facts\[d\[3\]\]\];/.exec(client)!;
    const read = new Function('d', `return ${line[1]};`) as (d: [string, PackedSummary]) => string;
    for (const summary of ['Named with Oskar Lind.', 'Named with Ines Varga, Tomas Brell and Ellery.', 'A ferry line of the north quay.', '', 'Named with.']) {
      const packed = previewBucketScripts({ [urls.entity('x')]: { kind: 'entity', name: 'X', type: 'place', summary, articles: 1, mentions: 1, events: 0 } })[0]!;
      let card: [string, PackedSummary] | undefined;
      new Function('window', packed)({ __chronicleCards: (_: number, cards: Record<string, [string, PackedSummary]>) => (card = cards.x) });
      expect(read(card!), summary).toBe(summary);
      expect(unpackSummary(card![1]), summary).toBe(summary);
    }
  });

  it('keys a card by its URL less `.html` and an entity\'s `entities/`, which no key then repeats (issue 17)', () => {
    const person: Preview = { kind: 'entity', name: 'Zorbix Vell', type: 'person', summary: '', articles: 1, mentions: 1, events: 0 };
    const event: Preview = { kind: 'event', name: 'Zorbix Vell opened a bridge', typeLabel: 'Launch', summary: '', date: null, articles: 1, participants: 1 };
    const [script] = previewBucketScripts({ [urls.entity('zorbix-vell')]: person, 'events/undated-launch-zorbix.html': event } as Record<string, Preview>);
    expect(script).toContain('"zorbix-vell":[');
    expect(script).toContain('"events/undated-launch-zorbix":[');
    expect(script).not.toContain('entities/');
    expect(script).not.toContain('.html');
    expect(() => previewKey('entities/zorbix-vell/mentions.html')).toThrow();
  });

  it('keeps cards out of the pages, in buckets the page finds by a hash of the URL', async () => {
    const model = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(seed.root, 'graph.json'), 'utf8')) as GraphJson);
    const targets = [...model.entities, ...model.events].map((p) => p.url);
    const buckets = previewBuckets(targets.length);
    for (const url of targets) {
      const script = await fs.readFile(path.join(seed.root, 'previews', `${bucketOf(url, buckets)}.js`), 'utf8');
      expect(script, url).toContain(`${JSON.stringify(previewKey(url))}:[`);
    }
    for (const rel of await site.htmlPages()) expect((await site.page(rel)).querySelector('#chronicle-previews'), rel).toBeNull();
  });
});

describe('relationship graph', () => {
  it('draws every node as a link to an existing page, each also in the list beside it', async () => {
    const rel = sample('entity').path;
    const doc = await site.page(rel);
    // Every shape drawn for a node sits in a link; the entity itself (the centre) leads to its mentions below.
    for (const shape of doc.querySelectorAll('.rg svg circle, .rg svg polygon')) expect(shape.closest('a'), shape.toString()).not.toBeNull();
    expect(doc.querySelector('.rg svg a.center')?.getAttribute('href')).toBe('#mentions');
    expect(doc.querySelector('#mentions')).not.toBeNull();
    const nodes = (await site.links(rel)).filter((l) => doc.querySelectorAll('.rg svg a.node').some((a) => a.getAttribute('href') === l.href));
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    const listed = new Set(doc.querySelectorAll('.rg-list a').map((a) => a.getAttribute('href')));
    for (const node of nodes) {
      expect(await site.exists(node.target!), node.href).toBe(true);
      expect(listed.has(node.href), node.href).toBe(true);
    }
    // Events are drawn as numbers: their accessible name says which event; names are their own label.
    for (const a of doc.querySelectorAll('.rg svg a.t-event')) expect(a.getAttribute('aria-label')).toMatch(new RegExp(`^Event ${a.textContent.trim()}: .+`));
    for (const a of doc.querySelectorAll('.rg svg a.node:not(.t-event)')) expect(a.textContent.trim().length).toBeGreaterThan(0);
    expect(doc.querySelector('.rg svg')?.getAttribute('aria-labelledby')).toBe('rg-caption');
  });
});

describe('layout', () => {
  it.each(['home', 'article', 'entity', 'event', 'timeline', 'period', 'index', 'initial', 'search'] as const)('%s page fits a 320 px phone without sideways scrolling', async (type) => {
    const page = await open(sample(type).path, { viewport: { width: 320, height: 640 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.context().close();
    expect(width).toBeLessThanOrEqual(320);
  });

  it('prints an entity page without the site frame, key facts kept', async () => {
    const page = await open(sample('entity').path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    expect(await page.locator('aside.facts').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it(`keeps the heaviest article page under ${ARTICLE_WEIGHT_BUDGET / 1024} KB with everything it loads`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (r) => sizes.push(r.body().then((b) => b.length)));
    await page.goto(server.url + sample('article').path, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(ARTICLE_WEIGHT_BUDGET);
  });
});
