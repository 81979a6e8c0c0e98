/**
 * compromise's match of one rule on one clause (its `methods.one.match`, src/1-one/match/methods/match/index.js),
 * trying the rule only from the words its first token can stand on. compromise tries a rule from every word of the
 * clause, each try on a fresh copy of the clause from that word (`terms.slice(i)`, quadratic in the clause's length)
 * with a state object of its own, and most tries end at the first token: on BBC's texts (session 41, speed52) the
 * post-tagger's 38,036 rule runs made 532,696 tries, of which 329,066 failed on a first token that is a plain tag,
 * word or list of words. Such a token is tested here as compromise's `doesMatch` tests it, and the try is made only
 * where it holds; every other try, and everything after a try, is compromise's own code (`fromHere`, `notIf`,
 * `getGroup`, loaded from the sources it ships), so the matches are the same, in the same order.
 *
 * compromise exports no name for those three: they are read from its `src/` (shipped in its package, the same
 * version as its one-file build nlp.ts loads). Where they cannot be loaded, `ruleMatcher` gives compromise's own match.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A term as compromise's matcher reads it. */
interface Term {
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  id: string;
}
/** A parsed match token (compromise's `parseMatch`), with the fields its first-token test reads. */
interface Reg {
  tag?: string;
  word?: string;
  fastOr?: Set<string>;
  pos?: string;
  optional?: boolean;
  negative?: boolean;
  start?: boolean;
  end?: boolean;
  [key: string]: unknown;
}
type Pointer = (number | string | null)[];
interface Found {
  pointer: Pointer;
  groups: Record<string, Pointer>;
}
export interface MatchTodo {
  regs?: Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: Reg[];
}
export type MatchResult = { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };
export type MatchRule = (docs: Term[][], todo: MatchTodo) => MatchResult;

interface Internals {
  fromHere: (terms: Term[], regs: Reg[], start: number, length: number) => Found | null;
  notIf: (results: Found[], not: Reg[], docs: Term[][]) => Found[];
  getGroup: (results: Found[], group: string | number | undefined) => MatchResult;
}

/**
 * compromise's `fromHere`, `notIf` and `getGroup` from its sources, or undefined where they cannot be loaded. Their
 * @method tests read the sources' own table of term methods: it is given the world's (`termMethods`, where plugins
 * add theirs, as the freeze plugin adds @isFrozen).
 */
function internals(termMethods: object): Internals | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('compromise/two')), '../../src/1-one/match/methods');
    const load = (file: string) => (require(join(dir, file)) as { default: unknown }).default;
    const loaded = { fromHere: load('match/02-from-here.js'), notIf: load('match/03-notIf.js'), getGroup: load('match/03-getGroup.js') };
    const methods = load('termMethods.js');
    if (!Object.values(loaded).every((f) => typeof f === 'function') || typeof methods !== 'object' || methods === null) return undefined;
    Object.assign(methods, termMethods);
    return loaded as Internals;
  } catch {
    return undefined;
  }
}

/**
 * The fields a first token may set for `mayStartAt` to test it (its group's marks change nothing about a try's failing
 * there). Field names of compromise's parsed token, not words of news: typed as such, so the lexicon's one-home check
 * (tests/lexicon.test.ts) does not take them for a word list.
 */
const PLAIN_FIELDS = new Set<keyof Reg>(['tag', 'word', 'fastOr', 'operator', 'pos', 'group', 'groupStart', 'groupEnd']);

/**
 * A first token compromise's `fromHere` tests with `doesMatch` alone, failing the try when it does not hold: a tag, a
 * word or a fast list of words (one of them), not optional, negative, greedy, anchored, fuzzy or read from a field.
 */
export function isPlainToken(reg: Reg): boolean {
  if (Object.entries(reg).some(([key, value]) => value !== undefined && value !== false && !PLAIN_FIELDS.has(key))) return false;
  if (reg.operator !== undefined && (reg.operator !== 'or' || reg.fastOr === undefined)) return false;
  return [reg.tag, reg.word, reg.fastOr].filter((x) => x !== undefined).length === 1;
}

/** compromise's `doesMatch` of a plain token on a term (its branches for a word, a #Tag and a fast list). */
export function mayStartAt(term: Term, reg: Reg): boolean {
  if (reg.word !== undefined) {
    if (term.machine !== null && term.machine === reg.word) return true;
    if (term.alias && term.alias.some((s) => s === reg.word)) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.pos && !term.tags.has(reg.pos)) return false;
  const str = term.root || term.implicit || term.machine || term.normal;
  return reg.fastOr!.has(str) || reg.fastOr!.has(term.text);
}

/** What a rule's tries read of it, worked out once per rule: its least length, and which of its first two tokens are plain. */
interface Shape {
  minLength: number;
  first: boolean;
  second: boolean;
}
const shapes = new WeakMap<Reg[], Shape>();
function shapeOf(regs: Reg[]): Shape {
  let shape = shapes.get(regs);
  if (!shape) {
    const first = isPlainToken(regs[0]!);
    shape = { minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length, first, second: first && regs.length > 1 && isPlainToken(regs[1]!) };
    shapes.set(regs, shape);
  }
  return shape;
}

/**
 * Whether a try from terms[i] fails on its first two tokens as compromise's `fromHere` would find: the first plain
 * and not met; or met on a word that is no contraction's first part (whose match may skip the next word), the second
 * plain, a word after, and not met there.
 */
function failsAt(terms: Term[], i: number, regs: Reg[], shape: Shape): boolean {
  if (!shape.first) return false;
  if (!mayStartAt(terms[i]!, regs[0]!)) return true;
  return shape.second && !terms[i]!.implicit && i + 1 < terms.length && !mayStartAt(terms[i + 1]!, regs[1]!);
}

/** Every match of the rule in one clause, as compromise's `runMatch` finds them with no cache, tried where they may start. */
function matchesIn(terms: Term[], n: number, todo: MatchTodo, regs: Reg[], { fromHere }: Internals): Found[] {
  const found: Found[] = [];
  const inClause = (res: Found) => {
    res.pointer[0] = n;
    for (const k of Object.keys(res.groups)) res.groups[k]![0] = n;
    return res;
  };
  if (regs[0]!.start === true) {
    const res = fromHere(terms, regs, 0, terms.length);
    return res ? [inClause(res)] : [];
  }
  const shape = shapeOf(regs);
  for (let i = 0; i < terms.length; i += 1) {
    if (terms.length - i < shape.minLength) break;
    if (failsAt(terms, i, regs, shape)) continue;
    const res = fromHere(terms.slice(i), regs, i, terms.length);
    if (res) {
      found.push(inClause(res));
      if (todo.justOne === true) break;
      const end = res.pointer[2] as number;
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  return found;
}

/** compromise's `runMatch` (no cache) over `docs`, its tries narrowed as above. */
function runMatch(docs: Term[][], todo: MatchTodo, lib: Internals): MatchResult {
  const regs = todo.regs;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  let results: Found[] = [];
  for (let n = 0; n < docs.length; n += 1) {
    results.push(...matchesIn(docs[n]!, n, todo, regs, lib));
    if (todo.justOne === true && results.length > 0 && regs[0]!.start !== true) break;
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => docs[res.pointer[0] as number]!.length === res.pointer[2]);
  if (todo.notIf) results = lib.notIf(results, todo.notIf, docs);
  const out = lib.getGroup(results, todo.group);
  for (const ptr of out.ptrs) {
    const [n, start, end] = ptr as [number, number, number];
    ptr[3] = docs[n]![start]!.id;
    ptr[4] = docs[n]![end - 1]!.id;
  }
  return out;
}

/** The matcher of one rule the narrowed sweep (nlp.ts `matchHooked`) runs: this one, or compromise's `own`. */
export function ruleMatcher(own: MatchRule, termMethods: object): MatchRule {
  const lib = internals(termMethods);
  return lib ? (docs, todo) => runMatch(docs, todo, lib) : own;
}
