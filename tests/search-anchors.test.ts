/**
 * What Pagefind stores of an article (issue 17): its words, metadata and filters, and no anchor per element with an
 * id. The page keeps its paragraphs' ids (the entity pages link them); Pagefind reads the page without them
 * (src/search/pagefind.ts, indexedHtml), since an anchor holds its element's whole text and the search page shows
 * no section of a result: each paragraph was stored twice in the article's fragment.
 */
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexedHtml, indexSite, withoutIds } from '../src/search/pagefind.ts';

// Invented text.
const PAGE = [
  '<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Zorbix opens a mill in Vell</title></head><body>',
  '<main id=main data-pagefind-body data-pagefind-filter=kind:article data-pagefind-meta=kind:article><h1>Zorbix opens a mill in Vell</h1>',
  '<article class=text><p id=p1><a href=../entities/zorbix.html>Zorbix</a> opened a paper mill in Vell on Tuesday.</p>',
  '<p id=p2>The mill will employ forty people, <a class=ev href=../events/x.html aria-label="Event: a vote, id=7 in the list">event</a> said Anna Quell.</p></article>',
  '<section aria-labelledby=named><h2 id=named>Named in this article</h2><ul><li>Anna Quell</ul></section></main><footer>Data</footer></body></html>',
].join('');

describe("Pagefind's record of an article", () => {
  it('reads the page without its ids, every other attribute and all text as written', () => {
    const read = indexedHtml(PAGE);
    expect(read).not.toMatch(/<(?:main|p|h2)\b[^>]*\sid=/);
    expect(read).toContain('aria-label="Event: a vote, id=7 in the list"');
    expect(read.replace(/<[^>]*>/g, '').trim()).toBe(PAGE.slice(PAGE.indexOf('<main')).replace(/<[^>]*>/g, '').replace('Data', ''));
    expect(withoutIds('<p id="p1" class=x>a</p><img alt id=x src=y.png><circle id=c r=4 />')).toBe('<p class=x>a</p><img alt src=y.png><circle r=4 />');
  });

  it('stores its words and no anchors, and no WebAssembly the search page never loads', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-anchors-'));
    try {
      await fs.mkdir(path.join(dir, 'articles'));
      await fs.writeFile(path.join(dir, 'articles', 'zorbix-mill.html'), PAGE);
      await indexSite(dir, [{ url: 'articles/zorbix-mill.html', title: 'Zorbix opens a mill in Vell', kind: 'article', date: null, aliases: '', text: '' }]);
      const folder = path.join(dir, 'pagefind', 'fragment');
      const [file] = await fs.readdir(folder);
      const fragment = JSON.parse(gunzipSync(await fs.readFile(path.join(folder, file!))).toString().replace(/^pagefind_dcd/, '')) as { content: string; anchors: unknown[]; meta: Record<string, string> };
      expect(fragment.anchors).toEqual([]);
      expect(fragment.content).toContain('Zorbix opened a paper mill in Vell on Tuesday.');
      expect(fragment.content).toContain('The mill will employ forty people');
      expect(fragment.meta.title).toBe('Zorbix opens a mill in Vell');
      // Every index is English (forceLanguage): of the WebAssembly, only English's is written (issue 17).
      expect((await fs.readdir(path.join(dir, 'pagefind'))).filter((f) => f.startsWith('wasm.'))).toEqual(['wasm.en.pagefind']);
      // The page on disk keeps its ids.
      expect(await fs.readFile(path.join(dir, 'articles', 'zorbix-mill.html'), 'utf8')).toContain('<p id=p1>');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
