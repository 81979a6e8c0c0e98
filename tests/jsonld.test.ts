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
    expect(entityJsonLd({ ...bare, type: 'person' }, site)).toEqual({ '@context': 'https://schema.org', '@type': 'Person', name: 'Quillon Varde', url: 'https://archive.example.org/news/' + bare.url });
  });

  it('gives no data that would only repeat the title and kind the page shows (issue 17, session 30)', () => {
    const e = model.entities[0]!;
    const person = { ...e, name: 'Quillon Varde', type: 'person' as const, aliases: [], description: null };
    expect(entityJsonLd(person)).toBeUndefined();
    const a = model.articles[0]!;
    const plain = { ...a, title: 'Marrowby ferry returns to service', date: null, authors: [], source: null, canonicalUrl: null };
    expect(articleJsonLd(plain)).toBeUndefined();
    expect(articleJsonLd({ ...plain, date: '2020-02-03' })).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: plain.title, datePublished: '2020-02-03' });
    expect(articleJsonLd(plain, site)).toHaveProperty('url');
    const ev = model.events[0]!;
    const bareEvent = { ...ev, title: 'Marrowby ferry returns', date: null };
    expect(eventJsonLd(bareEvent, undefined, [])).toBeUndefined();
    expect(eventJsonLd({ ...bareEvent, date: '2020-02-03' }, undefined, [])).toHaveProperty('startDate', '2020-02-03');
  });

  it("gives the page's absolute address under the site's public address", () => {
    for (const [url, data] of pages) {
      // A bare Thing gets no data with the address either (`entityJsonLd`); every other page does, with its address.
      const bareThing = url.startsWith('entities/') && data(site) === undefined;
      if (bareThing) expect(data(), url).toBeUndefined();
      else expect(data(site), url).toHaveProperty('url', `https://archive.example.org/news/${url}`);
    }
  });
});
