import { describe, expect, it } from 'vitest';
import { crossFittedTypeOdds, foldOf, type BarName, type Corpus } from '../eval/page-bar.ts';
import { order, type PageJudgment } from '../eval/pages.ts';
import type { EntityType } from '../src/types.ts';
import type { Features } from '../src/resolve/page-model.ts';

/** An invented train-split name of an article, with the type model's features and its judgment. */
function name(article: string, text: string, type: EntityType, typeFeatures: Features): BarName {
  return {
    name: { corpus: 'invented', key: `${article}\t${text}`, name: text, type, mentions: [{ article, text }], deniedByRule: false, confidence: 0.9, fixed: false, features: {}, typeFeatures },
    page: 0.9, type: 0.5, mentions: 1, articles: 1, paged: true, fixed: false,
  };
}

/** The first `n` invented keys of an article that fall in the train split. */
function trainNames(article: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) if (order(`${article}\t${`Zorvan Quillet ${i}`}`).split === 'train') out.push(`Zorvan Quillet ${i}`);
  return out;
}

describe('page-bar (g): the type odds of a train name read by a model that did not learn it', () => {
  it('holds one article\'s names out together, so a feature only they carry teaches nothing about them', () => {
    // Forty people over many articles, read as people by the tagger; three places of ONE article that only an invented
    // feature tells apart. A model that learnt them is sure they are places; one that did not has never seen the feature.
    const people = Array.from({ length: 40 }, (_, i) => trainNames(`invented-person-${i}`, 1).map((t) => name(`invented-person-${i}`, t, 'person', { 'tagger.strong.person': 1 }))[0]!);
    const places = trainNames('invented-harbour', 3).map((t) => name('invented-harbour', t, 'place', { 'strong.invented-quirk': 1 }));
    expect(new Set(places.map((b) => foldOf(b.name.key))).size).toBe(1);
    const names = [...people, ...places];
    const judgments = new Map<string, PageJudgment>(names.map((b) => [b.name.key, { article: b.name.mentions[0]!.article, name: b.name.name, isName: true, type: b.name.type, split: 'train' }]));
    const odds = crossFittedTypeOdds([{ corpus: 'invented', names, articles: 41, judgments }]);
    for (const b of places) expect(odds.get(b)!).toBeLessThan(0.5);
    for (const b of people) expect(odds.get(b)!).toBeGreaterThan(0.5);
  });
});
