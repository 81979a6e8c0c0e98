/** Weighing a name: the evidence rules' votes for its tokens (evidence.ts), the tagger's odds over a span, a mention's reading and confidence. */
import { weighEvidenceWithHeads, type Evidence, type RunView } from '../evidence.ts';
import type { ReadWord } from '../ner/index.ts';
import type { ClassOdds } from '../ner/tagger.ts';
import type { EntityMention, SpanReading } from '../../types.ts';
import type { Candidate, Token } from './types.ts';
import { breakBetween } from './words.ts';

/** The tokens around a name: the two before and the two after it. */
interface Around {
  before?: Token;
  before2?: Token;
  after?: Token;
  after2?: Token;
}

/** The evidence rules' weights for a name's tokens, read with the words around them (evidence.ts). */
export function weighRun(text: string, tokens: Token[], { before, before2, after, after2 }: Around, flags: Pick<RunView, 'titleStripped' | 'datelineCaps' | 'usState' | 'employer' | 'ampersand' | 'teamSheet' | 'workTitle' | 'marked' | 'foundersInitials'>): { evidence: Evidence; heads: number; structure: number } {
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && !breakBetween(text, a, b);
  return weighEvidenceWithHeads({
    tokens, words: tokens.map((t) => t.text), first, last, head: last.text.replace(/\.$/, ''), before, after, after2,
    prev: before && !before.possessive ? before.text.toLowerCase() : '', prevPrev: before2?.text.toLowerCase() ?? '',
    next: after?.text.toLowerCase() ?? '', nextNext: after2?.text.toLowerCase() ?? '',
    joinedBefore: touching(before, first), joinedAfter: touching(last, after), afterJoinedNext: touching(after, after2),
    withItsS: /['’]s$/.test(last.text), ...flags,
  });
}

/** The tagger's odds over the words of [start, end), averaged (a word counts when it overlaps the range). */
export function averageOdds(words: ReadWord[], start: number, end: number): ClassOdds {
  const sum: ClassOdds = { O: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  let n = 0;
  for (const w of words) {
    if (w.end <= start || w.start >= end) continue;
    for (const k of Object.keys(sum) as (keyof ClassOdds)[]) sum[k] += w.odds[k];
    n++;
  }
  if (n === 0) return { O: 1, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  for (const k of Object.keys(sum) as (keyof ClassOdds)[]) sum[k] /= n;
  return sum;
}

/** The tagger's odds that a word is part of a name, rounded so cached and fresh results print alike. */
export const nameOdds = (w: ReadWord | undefined) => (w ? Math.round((1 - w.odds.O) * 1000) / 1000 : 0);

/**
 * The tagger's reading of a name's capitalised words and of the words right outside it (EntityMention `span`). A
 * possessive's "'s" is no edge: the word after it is.
 */
export function spanReading(words: ReadWord[], text: string, start: number, end: number): SpanReading {
  const written = (w: ReadWord) => text.slice(w.start, w.end);
  const capitals = words.filter((w) => w.end > start && w.start < end && /^\p{Lu}/u.test(written(w))).map(nameOdds);
  const after = words.find((w) => w.start >= end && !/^['’]s?$/.test(written(w)));
  return {
    capitals: capitals.length ? Math.round((capitals.reduce((s, x) => s + x, 0) / capitals.length) * 1000) / 1000 : 0,
    weakest: capitals.length ? Math.min(...capitals) : 0,
    before: nameOdds(words.filter((w) => w.end <= start).at(-1)),
    after: nameOdds(after),
  };
}

/**
 * How sure the trained model is that this is a name at all: the tagger's odds against "no name" over the name's
 * words, rounded so cached and fresh results print alike. (Its odds for one type were tried as well: on the dev page
 * judgments they rejected more real names, because a name the tagger starts as a place and the rules end as a
 * company, "Gulf States Utilities Co", reads as unlikely for either type.)
 */
export function mentionConfidence(c: Candidate): number {
  return Math.round((1 - (c.odds?.O ?? 1)) * 1000) / 1000;
}

export const noEvidence = (): Evidence => ({ person: 0, organization: 0, place: 0, other: 0 });

/** What one mention says of its kind (EntityMention `reading`), rounded so cached and fresh results print alike. */
export function mentionReading(c: Candidate): NonNullable<EntityMention['reading']> {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const o = c.odds ?? { O: 1, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  return { tagger: { person: r(o.PER), organization: r(o.ORG), place: r(o.LOC), other: r(o.MISC) }, rules: c.rules };
}

/** How much the tagger's reading counts against the rules' evidence (a head word counts 3, a cue word 3). */
export const TAGGER_WEIGHT = 2.5;

/**
 * The tagger's mean odds of a place over a name's words above which its place outweighs a head word
 * (`weakenHeadAgainstPlace`). Measured on CoNLL eng.train (`node --import tsx eval/place-odds.ts`): of the tagger's place
 * spans holding an organisation head word, 42 of 44 at 0.9 or more are gold places (10 of 12 in 0.90-0.95, 32 of 32
 * above), 9 of 17 below (6 of 8 in 0.85-0.90); over all its place spans, 0.89 are gold in 0.85-0.90 and 0.93 in
 * 0.90-0.95. The tagger learned from eng.train, so these shares are upper bounds; 0.9 is where a head word's spans
 * turn mostly places.
 */
export const SURE_PLACE = 0.9;
/** The same for a body's odds against a building's head word (`weakenStructureAgainstBody`): SURE_PLACE's 0.9, not measured apart. */
export const SURE_BODY = SURE_PLACE;
