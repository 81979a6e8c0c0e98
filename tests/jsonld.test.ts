/** schema.org data of the seed pages: a page's own address only where it says something (issue 17). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline.ts';
import { buildSiteModel } from '../src/graph/site-model.ts';
import { articleJsonLd, entityJsonLd, eventJsonLd } from '../src/site/jsonld.ts';
import { publicUrl } from '../src/config/context.ts';

describe('JSON-LD', async () => {
  const model = buildSiteModel(await buildGraph({ input: 'seeds' }));
  const site = publicUrl('https://archive.example.org', '/news/');
  const pages = [
    ...model.articles.map((a) => [a.url, (p?: string) => articleJsonLd(a, p)] as const),
    ...model.entities.map((e) => [e.url, (p?: string) => entityJsonLd(e, p)] as const),
    ...model.events.map((e) => [e.url, (p?: string) => eventJsonLd(e, p)] as const),
  ];

  it('gives no url relative to the page itself, which would only repeat the page', () => {
    expect(model.entities.length * model.events.length).toBeGreaterThan(0);
    for (const [url, data] of pages) expect(data() ?? {}, url).not.toHaveProperty('url');
  });

  it('gives no data that would only say the page is about a Thing of its title (issue 17)', () => {
    const e = model.entities[0]!;
    const bare = { ...e, name: 'Quillon Varde', type: 'other' as const, aliases: [], description: null };
    expect(entityJsonLd(bare)).toBeUndefined();
    // The site's public address gives the page's own address, which says nothing of the thing (session 27, mendD).
    expect(entityJsonLd(bare, site)).toBeUndefined();
    // A spelling, a description or a more telling type each say something, with an address or without.
    expect(entityJsonLd({ ...bare, type: 'place' }, site)).toMatchObject({ '@type': 'Place', name: 'Quillon Varde', url: 'https://archive.example.org/news/' + bare.url });
    expect(entityJsonLd({ ...bare, description: 'A made-up prize.' })).toMatchObject({ '@type': 'Thing', description: 'A made-up prize.' });
    expect(entityJsonLd({ ...bare, aliases: [{ name: 'Q. Varde', articles: 1, first: null }] })).toHaveProperty('alternateName', ['Q. Varde']);
    expect(entityJsonLd({ ...bare, type: 'person' })).toEqual({ '@context': 'https://schema.org', '@type': 'Person', name: 'Quillon Varde' });
  });

  it("gives the page's absolute address under the site's public address", () => {
    for (const [url, data] of pages) {
      // A bare Thing gets no data with the address either (`entityJsonLd`).
      if (data() === undefined) expect(data(site), url).toBeUndefined();
      else expect(data(site), url).toHaveProperty('url', `https://archive.example.org/news/${url}`);
    }
  });
});
