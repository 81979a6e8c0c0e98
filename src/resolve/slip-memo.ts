/**
 * The archive-misspelling rule's pairs kept between builds (issue 17). The rule (src/extract/misspellings.ts
 * `archiveMisspellingJoins`) meets every name of the archive with every other through their one-letter deletions and
 * checks each pair that meets; a pair's checks are a function of its two names and the code (the case table and the
 * gazetteers), except whether either is a person and how many stories write each, which the build says. So what is
 * kept is the pairs that pass the fixed checks ("candidates", a few per thousand names), each with which way a slip
 * may run, and the names they were found among. A rebuild whose names hold every kept name in the kept order (a new
 * story adds names; it seldom takes one away) meets only the new names with the rest, and gives the candidates the
 * order the whole pass would: the order of the first deletion bucket the two names share — a bucket ranks by the first
 * name holding its key, then by that key's place among the name's deletions — then by the two names' places, as the
 * pass walks them. That order matters: a slip joined twice keeps the later pair, and the joins are unions in turn.
 * Any other change of names (one gone, two reordered) or of code is the whole pass again.
 */
import path from 'node:path';
import { archiveMisspellingJoins } from '../extract/misspellings.ts';
import { codeVersion } from '../util/code-version.ts';
import { readPack, writePack } from '../util/pack-file.ts';

/** Two names (sorted) that pass the rule's fixed checks: `slipA`, a may be the slip of b; `slipB`, b of a. */
export interface SlipCandidate {
  a: string;
  b: string;
  slipA: boolean;
  slipB: boolean;
}

/** What is kept: the names in order, their squashed forms, the candidates, and the first name holding each of their shared keys. */
export interface SlipState {
  names: string[];
  squashed: string[];
  candidates: SlipCandidate[];
  first: [string, string][];
}

/**
 * A name reduced to what a typing slip can change, as src/extract/misspellings.ts squashes it (that module is
 * extraction code, and an edit to it drops every cached extraction; tests/slip-memo.test.ts holds the two equal).
 */
const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A string's distinct one-letter deletions and itself, in the order the rule makes them. */
function deletionKeys(s: string): string[] {
  const out = new Set([s]);
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/** Whether `key` is `s` or `s` less one letter (without making the deletions). */
function holdsKey(s: string, key: string): boolean {
  if (s.length === key.length) return s === key;
  if (s.length !== key.length + 1) return false;
  let p = 0;
  while (p < key.length && s.charCodeAt(p) === key.charCodeAt(p)) p++;
  for (let i = p; i < key.length; i++) if (s.charCodeAt(i + 1) !== key.charCodeAt(i)) return false;
  return true;
}

/** The rule's fixed checks for one pair of names, as the rule makes them (the build's answers left open). */
function fixedChecks(a: string, b: string): SlipCandidate | undefined {
  const asked = new Set<string>();
  archiveMisspellingJoins([a, b], () => false, (name) => (asked.add(name), 2));
  return asked.size ? { a, b, slipA: asked.has(a), slipB: asked.has(b) } : undefined;
}

/**
 * The candidates of `names` in the order the whole pass meets them: the pass run once, its questions recorded. It asks
 * whether a is a person, then b, first for every pair it meets (both, when told no); and how many stories write a
 * name only once the fixed checks let that name be the slip (told two, it asks of b after a).
 */
function wholePass(names: readonly string[]): SlipState {
  const order: [string, string][] = [];
  const slips = new Set<string>();
  let pending: string | undefined;
  archiveMisspellingJoins(
    names,
    (name) => {
      if (pending === undefined) pending = name;
      else {
        order.push([pending, name]);
        pending = undefined;
      }
      return false;
    },
    (name) => (slips.add(`${order.length - 1}\n${name}`), 2),
  );
  const candidates: SlipCandidate[] = [];
  order.forEach(([a, b], i) => {
    const slipA = slips.has(`${i}\n${a}`);
    const slipB = slips.has(`${i}\n${b}`);
    if (slipA || slipB) candidates.push({ a, b, slipA, slipB });
  });
  const squashed = names.map(squash);
  const first = new Map<string, string>();
  for (const c of candidates) {
    for (const key of sharedKeys(squash(c.a), squash(c.b))) if (!first.has(key)) first.set(key, names[firstHolding(squashed, key)]!);
  }
  return { names: [...names], squashed, candidates, first: [...first] };
}

/** The deletion keys two squashed names share. */
const sharedKeys = (sa: string, sb: string) => deletionKeys(sa).filter((k) => holdsKey(sb, k));

/** The place of the first name the rule indexes (four letters or more, squashed) that holds `key`. */
const firstHolding = (squashed: readonly string[], key: string) => squashed.findIndex((s) => s.length >= 4 && holdsKey(s, key));

/** The places in `names` of the kept names, in order, or undefined when one is gone or two changed places. */
function keptPlaces(kept: readonly string[], names: readonly string[]): Map<string, number> | undefined {
  const place = new Map<string, number>();
  let k = 0;
  names.forEach((name, i) => {
    place.set(name, i);
    if (k < kept.length && kept[k] === name) k++;
  });
  return k === kept.length ? place : undefined;
}

/**
 * The candidates of `names`, given the state of a build whose names are all among them in the same order: the kept
 * candidates, and the new names met with every name; each shared key's first name moved to a new name before it.
 */
function addedPass(kept: SlipState, names: readonly string[], place: ReadonlyMap<string, number>): SlipState {
  const keptSet = new Set(kept.names);
  const added = names.filter((n) => !keptSet.has(n));
  const oldSquash = new Map(kept.names.map((n, i) => [n, kept.squashed[i]!]));
  const squashed = names.map((n) => oldSquash.get(n) ?? squash(n));
  const first = new Map(kept.first);
  const candidates = [...kept.candidates];
  const seen = new Set<string>();
  for (const n of added) {
    const sn = squashed[place.get(n)!]!;
    if (sn.length < 4) continue;
    const keys = deletionKeys(sn);
    for (const [key, holder] of first) if (keys.includes(key) && place.get(n)! < place.get(holder)!) first.set(key, n);
    names.forEach((t, i) => {
      const st = squashed[i]!;
      if (t === n || st.length < 4 || Math.abs(st.length - sn.length) > 1 || !keys.some((k) => holdsKey(st, k))) return;
      const [a, b] = [n, t].sort() as [string, string];
      if (seen.has(`${a}\n${b}`)) return;
      seen.add(`${a}\n${b}`);
      const c = fixedChecks(a, b);
      if (c) candidates.push(c);
    });
  }
  for (const c of candidates) {
    for (const key of sharedKeys(squash(c.a), squash(c.b))) if (!first.has(key)) first.set(key, names[firstHolding(squashed, key)]!);
  }
  const used = new Set(candidates.flatMap((c) => sharedKeys(squash(c.a), squash(c.b))));
  return { names: [...names], squashed, candidates: ordered(candidates, first, place), first: [...first].filter(([key]) => used.has(key)) };
}

/** The candidates in the order the whole pass meets them (see the module's comment). */
function ordered(candidates: readonly SlipCandidate[], first: ReadonlyMap<string, string>, place: ReadonlyMap<string, number>): SlipCandidate[] {
  const rank = (c: SlipCandidate): number[] => {
    const [pa, pb] = [place.get(c.a)!, place.get(c.b)!].sort((x, y) => x - y) as [number, number];
    const buckets = sharedKeys(squash(c.a), squash(c.b)).map((key) => {
      const holder = first.get(key)!;
      return [place.get(holder)!, deletionKeys(squash(holder)).indexOf(key)] as const;
    });
    const [bucket, within] = buckets.reduce((m, r) => (r[0] < m[0] || (r[0] === m[0] && r[1] < m[1]) ? r : m));
    return [bucket, within, pa, pb];
  };
  const ranks = new Map(candidates.map((c) => [c, rank(c)]));
  return [...candidates].sort((x, y) => {
    const [rx, ry] = [ranks.get(x)!, ranks.get(y)!];
    for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return rx[i]! - ry[i]!;
    return 0;
  });
}

/** The rule's candidates kept between builds: `candidates` gives them for this build's names; `state` is what to keep. */
export class SlipMemo {
  private made?: SlipState;
  private reused = false;

  constructor(private readonly kept?: SlipState) {}

  /** The candidates of `names` (the rule's names, in its order), in the order the whole pass meets them. */
  candidates(names: readonly string[]): SlipCandidate[] {
    const place = this.kept && keptPlaces(this.kept.names, names);
    this.reused = place !== undefined && this.kept!.names.length === names.length;
    this.made = this.kept && place ? addedPass(this.kept, names, place) : wholePass(names);
    return this.made.candidates;
  }

  /** What to keep, when it differs from what was kept. */
  get state(): SlipState | undefined {
    return this.reused ? undefined : this.made;
  }
}

/**
 * The joins of the rule (slip → the spelling it is a slip of) from its candidates in order, as
 * `archiveMisspellingJoins` makes them: no person joins, and a slip is written in one story only.
 */
export function slipJoins(candidates: readonly SlipCandidate[], isPerson: (name: string) => boolean, storiesOf: (name: string) => number): Map<string, string> {
  const joins = new Map<string, string>();
  for (const { a, b, slipA, slipB } of candidates) {
    if (isPerson(a) || isPerson(b)) continue;
    if (slipA && storiesOf(a) === 1) joins.set(a, b);
    else if (slipB && storiesOf(b) === 1) joins.set(b, a);
  }
  return joins;
}

const packFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `slips-${codeVersion(['src/resolve/slip-memo.ts'])}.bin`);

/** The memo kept in `cacheDir` for this code (none kept: the whole pass, then kept). */
export async function loadSlipMemo(cacheDir: string): Promise<SlipMemo> {
  return new SlipMemo((await readPack<SlipState>(packFile(cacheDir))).get('state'));
}

/** Keeps the build's candidates when they differ from the kept ones; other code versions' files are removed. */
export async function saveSlipMemo(cacheDir: string, memo: SlipMemo): Promise<void> {
  const state = memo.state;
  if (state) await writePack(packFile(cacheDir), [['state', state]], 'slips-');
}
