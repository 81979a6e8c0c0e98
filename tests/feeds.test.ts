/** Sitemap and Atom feed: absolute with --site; without it, a relative feed and no sitemap; article text escaped. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { sitemapPages, writeFeeds } from '../src/site/feeds.ts';
import { publicUrl } from '../src/config/context.ts';

describe('feeds', async () => {
  const graph = await buildGraph({ input: 'seeds' });
  const model = buildSiteModel(graph);

  it('uses absolute URLs only when the site address is given, and writes the sitemap only then', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-feeds-'));
    await writeFeeds(dir, model, { title: 'Example Archive' });
    // The sitemap protocol allows absolute <loc>s only: without a public address there is no sitemap (issue 17).
    await expect(fs.access(path.join(dir, 'sitemap.xml'))).rejects.toThrow();
    expect(await fs.readFile(path.join(dir, 'feed.xml'), 'utf8')).toContain('xml:base="./"');
    await writeFeeds(dir, model, { title: 'Example Archive', publicUrl: publicUrl('https://archive.example.org', '/news/') });
    const sitemap = await fs.readFile(path.join(dir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://archive.example.org/news/entities/sensetime.html</loc>');
    // One entry a line, unindented (issue 17); every <loc> absolute, one for each page.
    expect(sitemap).toMatch(/^<url><loc>https:\/\/archive\.example\.org\/news\/entities\/sensetime\.html<\/loc><\/url>$/m);
    expect(sitemap).not.toMatch(/^ /m);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((l) => l.startsWith('https://archive.example.org/news/'))).toBe(true);
    expect(locs).toHaveLength(sitemapPages(model).length);
    const feed = await fs.readFile(path.join(dir, 'feed.xml'), 'utf8');
    expect(feed).toContain('<link href="https://archive.example.org/news/articles/');
    expect(feed).toContain('<updated>2021-12-14T00:00:00Z</updated>');
    expect(feed).toContain('<title>Example Archive</title>');
    await fs.rm(dir, { recursive: true });
  });

  it('escapes article text', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-feeds-'));
    const hostile = { ...model, articleList: [{ ...model.articleList[0]!, title: '<script>alert(1)</script> & "x"' }] };
    await writeFeeds(dir, hostile, { title: 'A & B' });
    const feed = await fs.readFile(path.join(dir, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('<title>A &amp; B</title>');
    await fs.rm(dir, { recursive: true });
  });
});
