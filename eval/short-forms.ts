/**
 * One body under two names in one article (issues 15 and 19; session 41, ent74): an acronym or short form the resolver
 * kept apart from the name it stands for ("<Quanta Paper Co> (QP)", "the Zorbia Opportunity Council, ZOC,", "Quanta"
 * of "Quanta Paper Co"). This lists such pairs of a build, draws some to label and counts the labels
 * (tests/gold/short-forms.json: ids and labels only).
 *
 * - `draw SEED N SET=GRAPH …`: N pairs drawn by a seeded hash among the pairs of the builds, each printed with the
 *   sentences that name them (to read, never stored). GRAPHs are `chronicle extract --json` outputs of train text
 *   (Reuters stories 0–899 past the first 3,000, with no story of tests/gold/unseen-draws.json).
 * - `check SET=GRAPH …`: the labelled pairs met again in these builds: by label, how many are still two entities;
 *   and the names labelled for their final 's (`possessives`, session 42): how many are still built with it.
 *
 * A pair: two entities (paged or plain) of one article, the short one written there as the long one's initials (with
 * or without its legal form and its small words), or as its leading words (without its legal form), or in brackets
 * right after it.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphsOf } from './event-participants.ts';
import type { GraphJsonV1 } from '../src/graph/graph-json.ts';
import { LEGAL_FORMS, NOT_INITIALS } from '../src/extract/lexicon.ts';
import { normalizeName } from '../src/resolve/entities.ts';
import { escapeRegExp } from '../src/util/escape.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/short-forms.json');

export interface ShortFormPair { set: string; article: string; short: string; long: string; kind: 'initials' | 'leading-words' | 'bracketed'; sentences: string[] }
interface ShortFormLabel { set: string; article: string; short: string; long: string; label: string; cause?: string }

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const LEGAL_LOWER = new Set([...LEGAL_FORMS].map((w) => w.toLowerCase()));
const words = (name: string) => name.split(/[\s-]+/).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '')).filter(Boolean);

/** The initials a name may be written as: of its capitalised words or all its words, with and without its legal form and small words. */
function initialsVariants(name: string): Set<string> {
  const ws = words(name);
  const bare = LEGAL_LOWER.has(ws.at(-1)?.toLowerCase() ?? '') ? ws.slice(0, -1) : ws;
  const out = new Set<string>();
  for (const list of [ws, bare]) {
    out.add(list.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
    out.add(list.filter((w) => !NOT_INITIALS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join(''));
  }
  return out;
}

const acronymShape = (text: string) => /^[\p{Lu}][\p{Lu}.&]{1,8}$/u.test(text) && text.replace(/[.&]/g, '').length >= 2;

function pairKind(short: string, long: string, sentences: readonly string[]): ShortFormPair['kind'] | undefined {
  if (acronymShape(short) && words(long).length > 1 && initialsVariants(long).has(short.replace(/[.&]/g, ''))) return 'initials';
  const s = normalizeName(short).split(' ');
  const l = normalizeName(long).split(' ');
  if (s.length < l.length && s.every((w, k) => w === l[k])) return 'leading-words';
  const bracketed = new RegExp(`${escapeRegExp(long)}>?\\s*\\(${escapeRegExp(short)}\\)`);
  if (sentences.some((t) => bracketed.test(t))) return 'bracketed';
  return undefined;
}

/** Each article's names (paged or plain), with the texts and sentences of their mentions there. */
function namesByArticle(graph: GraphJsonV1): Map<string, { name: string; type: string; texts: Set<string>; sentences: Set<string> }[]> {
  const out = new Map<string, { name: string; type: string; texts: Set<string>; sentences: Set<string> }[]>();
  for (const e of [...graph.entities, ...graph.plainNames]) {
    for (const m of e.mentions) {
      if (m.role) continue;
      const list = out.get(m.article) ?? [];
      let found = list.find((x) => x.name === e.name);
      if (!found) list.push((found = { name: e.name, type: e.type, texts: new Set(), sentences: new Set() }));
      found.texts.add(m.text);
      if (typeof m.sentence === 'string') found.sentences.add(m.sentence);
      out.set(m.article, list);
    }
  }
  return out;
}

export function shortFormPairs(set: string, graph: GraphJsonV1): ShortFormPair[] {
  const pairs: ShortFormPair[] = [];
  for (const [article, names] of [...namesByArticle(graph)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const short of names) {
      for (const long of names) {
        if (short === long || (long.type === 'person' && short.type === 'person')) continue;
        const sentences = [...new Set([...short.sentences, ...long.sentences])];
        const kinds = [...short.texts].flatMap((s) => [...long.texts, long.name].map((l) => pairKind(s, l, sentences))).filter((k) => k !== undefined);
        if (kinds.length) pairs.push({ set, article, short: short.name, long: long.name, kind: kinds.sort()[0]!, sentences });
      }
    }
  }
  return pairs;
}

const pairKey = (p: { set: string; article: string; short: string; long: string }) => `${p.set}|${p.article}|${p.short}|${p.long}`;

const graphs = graphsOf;

/** The pairs of the labels already kept (a later draw leaves them out). */
const labelled = () => new Set((JSON.parse(readFileSync(GOLD, 'utf8')) as { items: ShortFormLabel[] }).items.map(pairKey));

/** `SHORT_FORMS_KIND=leading-words` draws among one kind of pair only (session 42, ent77: a firm's leading words). */
function draw(seed: string, n: number, args: string[]): void {
  const kind = process.env.SHORT_FORMS_KIND;
  const known = labelled();
  const all = graphs(args).flatMap(([set, g]) => shortFormPairs(set, g)).filter((p) => (!kind || p.kind === kind) && !known.has(pairKey(p)));
  const kinds = new Map<string, number>();
  for (const p of all) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  console.log(`${all.length} pairs: ${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}`);
  const drawn = [...all].sort((a, b) => (sha(`${seed}|${pairKey(a)}`) < sha(`${seed}|${pairKey(b)}`) ? -1 : 1)).slice(0, n);
  for (const p of drawn) {
    console.log(`\n${JSON.stringify({ set: p.set, article: p.article, short: p.short, long: p.long })}  [${p.kind}]`);
    for (const s of p.sentences.slice(0, 4)) console.log(`   | ${s.slice(0, 300)}`);
  }
}

function check(args: string[]): void {
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: ShortFormLabel[] }).items;
  const built = graphs(args).map(([set, g]) => [set, namesByArticle(g), new Map([...g.entities, ...g.plainNames].map((e) => [e.name, new Set([e.name, ...e.aliases])]))] as const);
  const counts = new Map<string, { one: number; two: number; gone: number }>();
  for (const item of gold) {
    const found = built.find(([set]) => set === item.set);
    if (!found) continue;
    // The entities of the article that hold each name (as their name, a spelling written there, or an alias).
    // (An alias only where no entity of the article has the name or writes it there: a merged name keeps the other's as one.)
    const names = found[1].get(item.article) ?? [];
    const holders = (name: string) => {
      const written = names.filter((x) => x.name === name || x.texts.has(name));
      return (written.length ? written : names.filter((x) => found[2].get(x.name)?.has(name))).map((x) => x.name);
    };
    const [short, long] = [holders(item.short), holders(item.long)];
    const c = counts.get(item.label) ?? { one: 0, two: 0, gone: 0 };
    if (short.some((n) => long.includes(n))) c.one++;
    else if (short.length && long.length) c.two++;
    else c.gone++;
    counts.set(item.label, c);
  }
  for (const [label, c] of [...counts].sort()) console.log(`${label}: ${c.one} one entity, ${c.two} two entities, ${c.gone} a name no longer built`);
  checkPossessives(built.map(([set, , all]) => [set, new Set(all.keys())] as const));
}

/** The names labelled for their final 's (`possessives`): by label, how many are still built under that name. */
function checkPossessives(built: (readonly [string, ReadonlySet<string>])[]): void {
  const items = (JSON.parse(readFileSync(GOLD, 'utf8')) as { possessives?: { set: string; name: string; label: string }[] }).possessives ?? [];
  const counts = new Map<string, { kept: number; gone: number }>();
  for (const item of items) {
    const names = built.find(([set]) => set === item.set)?.[1];
    if (!names) continue;
    const c = counts.get(item.label) ?? { kept: 0, gone: 0 };
    if (names.has(item.name)) c.kept++;
    else c.gone++;
    counts.set(item.label, c);
  }
  for (const [label, c] of [...counts].sort()) console.log(`written with 's, ${label}: ${c.kept} still a name with its 's, ${c.gone} no longer`);
}

const [command, ...rest] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === 'draw' && rest.length >= 3) draw(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'check' && rest.length >= 1) check(rest);
  else {
    console.error('usage: short-forms.ts draw SEED N SET=GRAPH … | check SET=GRAPH …');
    process.exitCode = 2;
  }
}
