/** The entity list the two seed articles must yield (real ingest → extract → resolve with the shipped curation). */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/ingest/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { loadCuration } from '../src/curation.ts';
import type { ArticleRecord, EntityType } from '../src/types.ts';

const dir = new URL('../seeds/', import.meta.url).pathname;
const files = readdirSync(dir).sort().map((file) => ({ file, bytes: new Uint8Array(readFileSync(dir + file)) }));
const { articles } = ingestFiles(files);
const extractions = articles.map(extractArticle);
const resolution = resolveEntities({ articles: articles as ArticleRecord[], extractions, curation: loadCuration(new URL('../content/', import.meta.url).pathname).curation });
const byName = new Map(resolution.entities.map((e) => [e.name, e]));

describe('seed entities', () => {
  const expected: [string, EntityType][] = [
    ['SenseTime', 'organization'], ['Liu Pengyu', 'person'], ['Wang Wenbin', 'person'], ['Joe Biden', 'person'],
    ['Wally Adeemo', 'person'], ['Aung San Suu Kyi', 'person'], ['Ri Yong-gil', 'person'], ['Myo Swe Win', 'person'],
    ['Xinjiang', 'place'], ['Myanmar', 'place'], ['North Korea', 'place'], ['Global Witness', 'organization'],
    ['Hong Kong Stock Exchange', 'organization'], ['Reuters', 'organization'], ['China', 'place'],
    ['United States', 'place'], ['Washington', 'place'], ['Beijing', 'place'], ['Canada', 'place'], ['United Kingdom', 'place'],
  ];
  it.each(expected)('%s is a %s', (name, type) => {
    expect(byName.get(name)?.type).toBe(type);
  });
  it('merges spelling variants and surnames', () => {
    expect(byName.get('Liu Pengyu')!.aliases).toContain('Liu Penggyu');
    expect(byName.get('Joe Biden')!.aliases).toContain('Biden');
    expect(byName.get('United States')!.aliases).toContain('US');
  });
  it('types events as other and keeps junk out', () => {
    expect(byName.get('Summit for Democracy')?.type).toBe('other');
    for (const junk of ['Leave a Reply', 'READ MORE', 'Earlier', 'As', 'Day', 'May', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'December']) {
      expect(byName.has(junk), junk).toBe(false);
    }
  });
});
