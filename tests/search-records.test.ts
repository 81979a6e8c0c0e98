/**
 * What the search indexes hold of an entity or event page (issue 17): its name or title and other spellings, not the
 * articles' sentences its page quotes (the article is found by them); the entity's name finds the entity. Checked
 * on the seed site's records, in the offline index and in what Pagefind is handed.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { searchRecords } from '../src/search/records.ts';
import { buildOfflineIndex } from '../src/search/offline.ts';
import { recordHtml } from '../src/search/pagefind.ts';
import { shardKey, terms } from '../src/search/terms.ts';

describe('search records of entity and event pages', async () => {
  const model = buildSiteModel(await buildGraph({ input: 'seeds' }));
  const records = searchRecords(model);
  const index = buildOfflineIndex(records);
  const order = index.blocks.flat().map((row) => row[0]);
  /** The URLs of the pages a term finds in the offline index. */
  const found = (term: string): string[] => {
    const list = index.shards.get(shardKey(term))?.[term] ?? [];
    const urls: string[] = [];
    for (let i = 0, page = 0; i < list.length; i += 2) urls.push(order[(page += list[i]!)]!);
    return urls;
  };

  it("keeps an entity's and an event's sentences out of both indexes, and finds them by name", () => {
    const sentences = [
      ...model.entities.filter((e) => !e.description).map((e) => ({ url: e.url, own: `${e.name} ${e.aliases.map((a) => a.name).join(' ')}`, said: e.mentionsByArticle[0]!.items[0]!.sentence })),
      ...model.events.map((ev) => ({ url: ev.url, own: ev.title, said: ev.sources[0]!.quote })),
    ];
    expect(sentences.length).toBeGreaterThan(20);
    let checked = 0;
    for (const { url, own, said } of sentences) {
      const record = records.find((r) => r.url === url)!;
      expect(record.text, url).toBe('');
      // Pagefind is handed the name, not the sentence.
      const html = recordHtml(record);
      for (const word of said.split(/\s+/).filter((w) => w.length > 7 && !own.includes(w))) expect(html, url).not.toContain(word);
      for (const term of new Set(terms(said))) {
        if (terms(own).includes(term)) continue;
        expect(found(term), `${url}: ${term}`).not.toContain(url);
        checked++;
      }
      for (const term of terms(own)) expect(found(term), `${url}: ${term}`).toContain(url);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("gives Pagefind an entity as its name, kind and other spellings alone: a small record, found by a spelling", () => {
    // Invented: a name with two other spellings, no curated description, first seen on a date.
    const entity = { url: 'entities/maribel-tostrand.html', title: 'Maribel Tostrand', kind: 'person', date: '2003-04-05', aliases: 'M. Tostrand · Maribel Tostrandt', text: '' };
    const html = recordHtml(entity);
    // What Pagefind reads as words: the name (the h1) and the spellings, weighted to find the page; the kind, date and
    // title go in as filter, sort key and metadata, never as text (issue 17: a sentence in each record was 4.7 MB of BBC's site).
    const words = html.replace(/<span data-pagefind-ignore[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' ').trim().split(/\s+/);
    expect(words).toEqual(['Maribel', 'Tostrand', 'M.', 'Tostrand', '·', 'Maribel', 'Tostrandt']);
    expect(html).toMatch(/<p data-pagefind-weight="\d+">M\. Tostrand · Maribel Tostrandt<\/p>/);
    expect(Buffer.byteLength(html)).toBeLessThan(700);
    // The offline index finds the page by a word only a spelling has.
    const offline = buildOfflineIndex([entity, { url: 'articles/a.html', title: 'A mill opens in Vell', kind: 'article', date: null, aliases: '', text: 'The mill opened.' }]);
    const rows = offline.blocks.flat();
    const list = offline.shards.get(shardKey('tostrandt'))?.['tostrandt'] ?? [];
    expect(list.length).toBe(2);
    expect(rows[list[0]!]![1]).toBe('Maribel Tostrand');
  });
});
