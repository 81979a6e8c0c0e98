import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { duplicatePages, type ShownEntity } from '../eval/page-duplicates.ts';
import { entityKey, FRESH_SLICES, judgmentKey, order, readJudgments, scoreSample, splitOf, THINGS, TRAIN_FROM, TYPE_DRAWS, wilson, type PageJudgment } from '../eval/pages.ts';

const entity = (name: string, type: 'person' | 'organization' | 'place' | 'other', article: string, extra: Record<string, unknown> = {}) => ({
  id: name.toLowerCase(),
  name,
  type,
  mentions: [{ article, text: name }],
  ...extra,
});

describe('page-level evaluation', () => {
  it('gives the Wilson interval', () => {
    const [lo, hi] = wilson(48, 100);
    expect(lo).toBeCloseTo(0.3846, 3);
    expect(hi).toBeCloseTo(0.5768, 3);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('keys an entity by the first article that writes its name', () => {
    const e = { id: 'x', name: 'Acme Corp', type: 'organization' as const, mentions: [{ article: 'b', text: 'Acme Corp' }, { article: 'a', text: 'Acme' }, { article: 'c', text: 'Acme Corp' }] };
    expect(entityKey(e)).toEqual({ article: 'b', name: 'Acme Corp' });
  });

  it('puts every key in one split and one place, for good', () => {
    expect(order('a\tAcme')).toEqual(order('a\tAcme'));
    const keys = Array.from({ length: 200 }, (_, i) => order(`doc-${i}\tName`));
    expect(new Set(keys.map((k) => k.split))).toEqual(new Set(['dev', 'test', 'train']));
    // Train is the dev keys of the order's second half: no dev key is there, test keys are on both sides.
    for (const k of keys) expect(k.split === 'train' || (k.split === 'dev' && k.rank < TRAIN_FROM) || k.split === 'test').toBe(true);
    expect(keys.some((k) => k.split === 'test' && k.rank >= TRAIN_FROM)).toBe(true);
  });

  it('never counts an unjudged page right, and counts names without a page apart', () => {
    const entities = Array.from({ length: 40 }, (_, i) => entity(`Name${i}`, 'person', `doc-${i}`, i % 5 === 0 ? { page: false } : {}));
    const judgments = new Map<string, PageJudgment>();
    for (const [i, e] of entities.entries()) {
      if (i % 3 === 0) continue; // unjudged
      judgments.set(judgmentKey(e.mentions[0]!.article, e.name), { article: e.mentions[0]!.article, name: e.name, isName: i % 2 === 0, type: i % 2 === 0 ? 'person' : null });
    }
    for (const split of ['dev', 'test', 'train'] as const) {
      const { report } = scoreSample(entities, judgments, split, 100);
      expect(report.pages + report.withoutPage).toBe(report.sampled);
      expect(report.judged + report.unjudged.length).toBe(report.pages);
      expect(report.right + report.notNames + report.wrongType).toBe(report.judged);
    }
    const all = (['dev', 'test', 'train'] as const).flatMap((split) => scoreSample(entities, judgments, split, 100).sample);
    expect(all.length).toBe(40);
  });

  it('lists the pages judged real names of another type, with the type built and the type judged', () => {
    const entities = Array.from({ length: 30 }, (_, i) => entity(`Name${i}`, i % 2 ? 'organization' : 'person', `doc-${i}`));
    const judgments = new Map(entities.map((e) => [judgmentKey(e.mentions[0]!.article, e.name), { article: e.mentions[0]!.article, name: e.name, isName: true, type: 'person' as const }]));
    const reports = (['dev', 'test', 'train'] as const).map((split) => scoreSample(entities, judgments, split, 100).report);
    for (const r of reports) {
      expect(r.wrongTypes.length).toBe(r.wrongType);
      for (const w of r.wrongTypes) expect([w.built, w.judged]).toEqual(['organization', 'person']);
    }
    expect(reports.flatMap((r) => r.wrongTypes.map((w) => w.key)).sort()).toEqual(entities.filter((_, i) => i % 2).map((e) => judgmentKey(e.mentions[0]!.article, e.name)).sort());
  });

  /** How a cause in tests/gold/type-causes.json writes the type built. */
  const TYPED_AS: Record<string, string> = { organization: 'a body', person: 'a person', place: 'a place', other: 'other' };
  it('counts the real pages whose thing another page shows beside it: a short form, a surname, a spelling; not another thing', () => {
    const page = (name: string, type: ShownEntity['type'], articles: string[], aliases: string[] = []): ShownEntity => ({ name, type, aliases, mentions: articles.map((article) => ({ article, text: name })) });
    const sec = page('Securities and Exchange Commission', 'organization', ['a']);
    const holmes = page('Dana Holme', 'person', ['b']);
    const sprint = page('U.S. Sprint', 'organization', ['c']);
    const intel = page('Intel Corp', 'organization', ['d']);
    const athletics = page('Central Athletics', 'organization', ['f']);
    const pages = [
      sec, page('SEC', 'organization', ['a', 'x']),
      holmes, page('Holme', 'person', ['b']), page('Dana Holmme', 'person', ['b']),
      sprint, page('United States', 'place', ['c'], ['US']),
      intel, page('Itel Corp', 'organization', ['e']), page('Intel', 'place', ['d']),
      athletics, page('CEA', 'organization', ['f']),
    ];
    const real = [sec, holmes, sprint, intel, athletics].map((entity) => ({ key: entity.name, type: entity.type, entity }));
    const r = duplicatePages(real, pages);
    expect(r.duplicated).toEqual([
      { key: 'Securities and Exchange Commission', others: ['SEC [organization] (named twice)'] },
      { key: 'Dana Holme', others: ['Dana Holmme [person] (spelling)', 'Holme [person] (named twice)'] },
      { key: 'Central Athletics', others: ['CEA [organization] (short form)'] },
    ]);
    // Five real bodies on nine pages of them: "US" is a spelling of the country, not U.S. Sprint's initials; Itel Corp
    // stands in no article of Intel Corp's; the place "Intel" is no firm's name told again.
    expect([r.real, r.pagesPerBody]).toEqual([5, 9 / 5]);
  });

  it('records a cause only for a judged dev key typed against its judgment, with no text', () => {
    const raw = JSON.parse(readFileSync(new URL('./gold/type-causes.json', import.meta.url), 'utf8')) as { wrongTypes: Record<string, string>[] };
    for (const c of raw.wrongTypes) {
      expect(Object.keys(c).sort()).toEqual(['article', 'built', 'cause', 'corpus', 'judged', 'name']);
      const j = readJudgments(c.corpus!).get(judgmentKey(c.article!, c.name!));
      expect(j?.type).toBe(c.judged);
      expect(c.built).not.toBe(c.judged);
      // A cause names the type built ("… typed a body" of a page built an organisation), so it can be read against it.
      expect(c.cause!.replace(/^.* typed /, '')).toBe(TYPED_AS[c.built!]);
      expect(order(judgmentKey(c.article!, c.name!)).split).toBe('dev');
    }
  });

  it('keeps gold files to ids, names and labels, sorted and without duplicates', () => {
    for (const corpus of ['reuters', 'bbc']) {
      const raw = JSON.parse(readFileSync(new URL(`./gold/pages-${corpus}.json`, import.meta.url), 'utf8')) as { judgments: Record<string, unknown>[] };
      expect(raw.judgments.length).toBeGreaterThanOrEqual(200);
      const keys = raw.judgments.map((j) => `${j.article}\t${j.name}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
      for (const j of raw.judgments) {
        // A train judgment is marked so, and only a key of the train split is.
        // A train judgment drawn at random (eval/type-uncertain.ts TYPE_UNCERTAIN_RANDOM) says so: `"pick": "random"`, or
        // `"pick": "disagreement"` when drawn among the names whose type evidence disagrees (TYPE_UNCERTAIN_DISAGREE).
        // A random draw of session 45 on may also name its draw (`"draw": "ent82-s45"`, eval/single-mention-draw.ts).
        // `"pick": "things"`: drawn among the names with the type model's evidence of a thing (eval/thing-draw.ts, session 47).
        const marks = [...(j.draw === undefined ? [] : ['draw']), ...(j.pick === undefined ? [] : ['pick'])];
        if (j.draw !== undefined) expect(j.pick).toBe('random');
        expect(Object.keys(j).sort()).toEqual(j.split === undefined ? ['article', 'isName', 'name', 'type'] : ['article', ...marks.filter((m) => m === 'draw'), 'isName', 'name', ...marks.filter((m) => m === 'pick'), 'split', 'type']);
        if (j.pick !== undefined) expect([['random', 'disagreement', 'things'].includes(j.pick as string), j.split]).toEqual([true, 'train']);
        expect(j.split === 'train').toBe(order(`${j.article}\t${j.name}`).split === 'train');
        expect(j.isName ? ['person', 'organization', 'place', 'other'].includes(j.type as string) : j.type === null).toBe(true);
      }
      expect(readJudgments(corpus).size).toBe(raw.judgments.length);
    }
  });

  it('keeps the fresh slices to train keys of Reuters stories past 3,000 that no unseen draw holds', () => {
    const unseen = JSON.parse(readFileSync(new URL('./gold/unseen-draws.json', import.meta.url), 'utf8')) as { draws: Record<string, { stories: string[] }> };
    const drawn = new Set(Object.values(unseen.draws).flatMap((d) => d.stories.map(Number)));
    for (const corpus of FRESH_SLICES) {
      const raw = JSON.parse(readFileSync(new URL(`./gold/pages-${corpus}.json`, import.meta.url), 'utf8')) as { about: string; judgments: Record<string, unknown>[] };
      expect(raw.about.length).toBeGreaterThan(100);
      const keys = raw.judgments.map((j) => `${j.article}\t${j.name}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
      for (const j of raw.judgments) {
        const story = Number(j.article);
        expect([story > 3000 && story % 1000 >= 1 && story % 1000 <= 900, drawn.has(story)]).toEqual([true, false]);
        expect([j.split, j.pick]).toEqual(['train', 'random']);
        expect(j.isName ? ['person', 'organization', 'place', 'other'].includes(j.type as string) : j.type === null).toBe(true);
      }
      expect(readJudgments(corpus).size).toBe(raw.judgments.length);
    }
  });

  it('keeps the draw of things to its frozen Reuters stories past 3,000, none of an unseen draw or a fresh slice', () => {
    const unseen = JSON.parse(readFileSync(new URL('./gold/unseen-draws.json', import.meta.url), 'utf8')) as { draws: Record<string, { stories: string[] }> };
    const banned = new Set(Object.values(unseen.draws).flatMap((d) => d.stories));
    for (const corpus of FRESH_SLICES) for (const [key] of readJudgments(corpus)) banned.add(key.split('\t')[0]!);
    const raw = JSON.parse(readFileSync(new URL(`./gold/pages-${THINGS}.json`, import.meta.url), 'utf8')) as { about: string; stories: string[]; judgments: Record<string, unknown>[] };
    const keys = raw.judgments.map((j) => `${j.article}\t${j.name}`);
    expect([...new Set(keys)].sort()).toEqual(keys);
    expect([...new Set(raw.judgments.map((j) => j.article as string))].sort()).toEqual(raw.stories);
    for (const story of raw.stories) expect([Number(story) > 3000 && (Number(story) - 1) % 1000 < 900, banned.has(story)]).toEqual([true, false]);
    for (const j of raw.judgments) {
      expect(Object.keys(j).sort()).toEqual(['article', 'isName', 'name', 'pick', 'split', 'type']);
      expect([j.split, j.pick, splitOf(THINGS, `${j.article}\t${j.name}`)]).toEqual(['train', 'things', 'train']);
      expect(j.isName ? ['person', 'organization', 'place', 'other'].includes(j.type as string) : j.type === null).toBe(true);
    }
  });
  it('keeps the type draws to random train keys of their frozen Reuters stories past 3,000, none of an unseen draw or a fresh slice', () => {
    const unseen = JSON.parse(readFileSync(new URL('./gold/unseen-draws.json', import.meta.url), 'utf8')) as { draws: Record<string, { stories: string[] }> };
    const banned = new Set(Object.values(unseen.draws).flatMap((d) => d.stories));
    for (const corpus of [...FRESH_SLICES, THINGS]) for (const [key] of readJudgments(corpus)) banned.add(key.split('\t')[0]!);
    for (const corpus of TYPE_DRAWS) {
      const raw = JSON.parse(readFileSync(new URL(`./gold/pages-${corpus}.json`, import.meta.url), 'utf8')) as { about: string; stories: string[]; judgments: Record<string, unknown>[] };
      const keys = raw.judgments.map((j) => `${j.article}\t${j.name}`);
      expect([...new Set(keys)].sort()).toEqual(keys);
      expect([...new Set(raw.stories)].sort()).toEqual(raw.stories);
      for (const story of raw.stories) expect([Number(story) > 3000 && (Number(story) - 1) % 1000 < 900, banned.has(story)]).toEqual([true, false]);
      const stories = new Set(raw.stories);
      for (const j of raw.judgments) {
        expect(Object.keys(j).sort()).toEqual(['article', 'isName', 'name', 'pick', 'split', 'type']);
        expect([stories.has(j.article as string), j.split, j.pick, splitOf(corpus, `${j.article}\t${j.name}`)]).toEqual([true, 'train', 'random', 'train']);
        expect(j.isName ? ['person', 'organization', 'place', 'other'].includes(j.type as string) : j.type === null).toBe(true);
      }
      expect(readJudgments(corpus).size).toBe(raw.judgments.length);
    }
  });
});
