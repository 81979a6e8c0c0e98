/**
 * The party a headline names, missing from its event page (issue 19's missing-party cause; session 40, evt90). An
 * event page lists the paged entities its sentences name as taking part; its article's headline (in Reuters' capitals)
 * often names the happening's party in a form the page's sentence does not read as one: a country the lede tells by
 * its demonym ("the Danish government"), a body the lede names by its formal name, a name the clause rules left out.
 * This lists such pages, draws some to label and counts the labels (tests/gold/headline-parties.json: ids, the
 * headline's name and a label only).
 *
 * - `draw SEED N SET=GRAPH …`: N (page, name) pairs drawn by a seeded hash among the event pages (keyed by first
 *   article | hash of the first quote, as eval/event-pages.ts) of train builds, where the first article's headline names an entity of that article that is not among the page's participants, or a
 *   country whose demonym the page's first quote holds; each printed with its headline, quote and participants (to
 *   read, never stored). GRAPHs are `chronicle extract --json` outputs of train text (Reuters stories 0–899 past the
 *   first 3,000, with no story of tests/gold/unseen-draws.json).
 * - `check SET=GRAPH …`: the labelled pairs met again in these builds: by label, how many are still missing.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphJsonV1 } from '../src/graph/graph-json.ts';
import { graphsOf } from './event-participants.ts';
import { escapeRegExp } from '../src/util/escape.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/headline-parties.json');

export interface HeadlinePair { set: string; article: string; sentence: string; name: string; via: 'entity' | 'demonym'; headline: string; quote: string; participants: string[]; entity?: string }
interface HeadlineLabel { set: string; article: string; sentence: string; name: string; label: string; cause?: string }

/** Which country a capitalised demonym ("Danish") is of, with the names news gives it (eval/build-demonym-countries.ts). */
const DEMONYMS = (JSON.parse(readFileSync(path.join(ROOT, 'eval/demonym-countries.json'), 'utf8')) as { countries: Record<string, string[]> }).countries;
const countryOfDemonym = (word: string) => (Object.hasOwn(DEMONYMS, word) ? { names: DEMONYMS[word]! } : undefined);

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const wordIn = (text: string, name: string) => spanIn(text, name) !== undefined;
/** Where the name stands in the text as whole words, in any case; never a stock code in angle brackets ("<DMP>"). */
function spanIn(text: string, name: string): [number, number] | undefined {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'))) {
    if (text[m.index - 1] !== '<') return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** The headline's names (an entity of its article, or a country told by its demonym) that no page of the build lists. */
export function headlinePairs(set: string, graph: GraphJsonV1): HeadlinePair[] {
  const titles = new Map(graph.articles.map((a) => [a.id, a.title]));
  const byArticle = new Map<string, { id: string; texts: Set<string> }[]>();
  for (const e of graph.entities) {
    for (const m of e.mentions) {
      const list = byArticle.get(m.article) ?? [];
      const found = list.find((x) => x.id === e.id) ?? (list.push({ id: e.id, texts: new Set([e.name]) }), list[list.length - 1]!);
      found.texts.add(m.text);
      byArticle.set(m.article, list);
    }
  }
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const pairs: HeadlinePair[] = [];
  for (const ev of graph.events) {
    const first = ev.sources[0];
    if (!first) continue;
    const sentence = sha(first.quote).slice(0, 12);
    const headline = titles.get(first.article) ?? '';
    const participants = ev.participants.map((id) => names.get(id) ?? id);
    const base = { set, article: first.article, sentence, headline, quote: first.quote, participants };
    const spans = (byArticle.get(first.article) ?? []).map((e) => {
      const written = [...e.texts].filter((t) => t.length > 1 && wordIn(headline, t)).sort((a, b) => b.length - a.length)[0];
      return { e, written, span: written ? spanIn(headline, written)! : undefined };
    });
    // (A piece of a participant's longer name in the headline, "BELL" of "BELL ATLANTIC", is that participant.)
    const within = (s: [number, number]) => spans.some((o) => ev.participants.includes(o.e.id) && o.span && o.span[0] <= s[0] && o.span[1] >= s[1]);
    for (const { e, written, span } of spans) {
      if (written && span && !ev.participants.includes(e.id) && !within(span)) pairs.push({ ...base, name: written, via: 'entity', entity: names.get(e.id) });
    }
    for (const word of new Set(first.quote.match(/\p{Lu}\p{Ll}+/gu) ?? [])) {
      const country = countryOfDemonym(word);
      if (!country || !country.names.some((n) => wordIn(headline, n))) continue;
      if (participants.some((p) => country.names.includes(p)) || pairs.some((p) => p.sentence === sentence && p.article === first.article && country.names.includes(p.entity ?? ''))) continue;
      pairs.push({ ...base, name: country.names.find((n) => wordIn(headline, n))!, via: 'demonym' });
    }
  }
  return pairs;
}

const pairKey = (p: Pick<HeadlinePair, 'article' | 'sentence' | 'name'>) => `${p.article}|${p.sentence}|${p.name.toLowerCase()}`;

function draw(seed: string, n: number, args: string[]): void {
  const pairs = graphsOf(args).flatMap(([set, g]) => headlinePairs(set, g));
  const drawn = pairs.map((p) => [sha(`${seed}\t${p.set}|${pairKey(p)}`), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, n);
  console.log(`${pairs.length} train pairs (${pairs.filter((p) => p.via === 'demonym').length} by demonym); ${drawn.length} drawn (seed ${seed})`);
  for (const [i, [, p]] of drawn.entries()) {
    console.log(`\n#${i + 1} {"set": "${p.set}", "article": "${p.article}", "sentence": "${p.sentence}", "name": ${JSON.stringify(p.name)}}  via ${p.via}${p.entity ? ` (${p.entity})` : ''}`);
    console.log(`  H: ${p.headline}\n  Q: ${p.quote}\n  P: ${p.participants.join('; ')}`);
  }
}

function check(args: string[]): void {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { items: HeadlineLabel[] };
  const graphs = graphsOf(args);
  const missing = new Set(graphs.flatMap(([set, g]) => headlinePairs(set, g)).map((p) => `${p.set}|${pairKey(p)}`));
  const paged = new Set(graphs.flatMap(([set, g]) => g.events.map((ev) => `${set}|${ev.sources[0]?.article}|${sha(ev.sources[0]?.quote ?? '').slice(0, 12)}`)));
  const counts = new Map<string, [number, number, number]>();
  for (const j of gold.items) {
    const c = counts.get(j.label) ?? [0, 0, 0];
    c[!paged.has(`${j.set}|${j.article}|${j.sentence}`) ? 2 : missing.has(`${j.set}|${pairKey(j)}`) ? 0 : 1]++;
    counts.set(j.label, c);
  }
  for (const [label, [still, gone, unpaged]] of [...counts].sort()) console.log(`${label}: ${still} still missing, ${gone} now on the page, ${unpaged} page no longer built`);
}

const [command, ...rest] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === 'draw' && rest.length >= 3) draw(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'check' && rest.length >= 1) check(rest);
  else {
    console.error('usage: headline-parties.ts draw SEED N SET=GRAPH … | check SET=GRAPH …');
    process.exitCode = 2;
  }
}
