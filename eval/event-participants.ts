/**
 * Event pages' participants as the entity reader made them (issue 15 item 4, issue 19's entity-reader cause; session
 * 38, ent69). An event page lists the paged entities its sentences name; a name glued to a title or the next word, cut
 * short, or a list read as one name is shown whatever else is right on the page. This draws participants at random
 * to label and counts the labels (tests/gold/event-participants.json: ids, the name as written and a label only).
 *
 * - `draw SEED N SET=GRAPH …`: N (event, participant) pairs drawn by a seeded hash from the events with a page whose
 *   key (eval/event-pages.ts: first article | hash of the first quote) lies in the TRAIN half of eval/pages.ts's order
 *   (`order("event|" + key)`), each with the name as its entity is written in that sentence and the sentence (to read;
 *   never stored). GRAPHs are `chronicle extract --json` outputs of train text (Reuters files past the eval archive's
 *   first 3,000 stories, stories 0–899; BBC train keys).
 * - `pages SEED N SET=GRAPH …`: N event pages drawn by a seeded hash of their key among the same train pages, each
 *   with its title and every participant as written in its first quote (issue 19's clause and source roles, session
 *   39, evt88: tests/gold/clause-participants.json labels each participant party, other-clause or source).
 * - `pages-place-source SEED N SET=GRAPH …`: `pages` among those only whose participants include a place or a
 *   source-like name (`placeOrSourceLike`; session 41, evt91: tests/gold/participant-roles.json labels each participant
 *   party, place-of-event, describing, source or other-clause).
 * - `pages-all SEED N SET=GRAPH …` and `check-train SET=GRAPH …`: every train page, for issue 19's missing parties (session 46);
 *   `pages-title-doer SEED N SET=GRAPH …`: those whose headline's subject is a name of the first quote (`titleNamesDoer`);
 *   `pages-headline-state SEED N SET=GRAPH …`: those whose headline's subject is a country (`headlineNamesState`, session 47).
 * - `check SET=GRAPH …` (`check-clause`: of tests/gold/clause-participants.json; `check-roles`: of participant-roles.json): the labelled pairs met again in these builds: how many still show the labelled participant
 *   (by the name as written), by label, and the labelled wrong ones no longer shown.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson, type GraphJsonV1, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { order } from './pages.ts';
import { headlineSubject, LEGAL_FORM_END } from '../src/extract/headline-subject.ts';
import { headlineCountry } from '../src/resolve/events/headline-place.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/event-participants.json');

export interface ParticipantPair { set: string; article: string; sentence: string; name: string; id: string; entity: string; type: string; quote: string }
export interface ParticipantLabel { set: string; article: string; sentence: string; name: string; label: string; stage?: string }

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function readGraph(file: string): GraphJsonV1 {
  return asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson | GraphJsonV2 | GraphJsonV1);
}

/** Every participant of every paged train event of one build, with its name as written in the event's first quote. */
export function trainPairs(set: string, graph: GraphJsonV1): ParticipantPair[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const pairs: ParticipantPair[] = [];
  for (const ev of graph.events) {
    const first = ev.sources[0];
    if (!first) continue;
    const sentence = sha(first.quote).slice(0, 12);
    if (order(`event|${first.article}|${sentence}`).split !== 'train') continue;
    for (const id of [...new Set(ev.participants)]) {
      const e = byId.get(id);
      if (!e) continue;
      const written = writtenIn(e.mentions, ev.sources);
      pairs.push({ set, article: first.article, sentence, name: written?.text ?? e.name, id, entity: e.name, type: e.type, quote: written?.sentence ?? first.quote });
    }
  }
  return pairs;
}

/** The entity's mention text in the first of the event's sentences that holds one. */
function writtenIn(mentions: GraphJsonV1['entities'][number]['mentions'], sources: { article: string; quote: string }[]): { text: string; sentence: string } | undefined {
  for (const s of sources) {
    const m = mentions.find((x) => x.article === s.article && x.sentence === s.quote);
    if (m) return { text: m.text, sentence: s.quote };
  }
  return undefined;
}

const pairKey = (p: Pick<ParticipantPair, 'article' | 'sentence' | 'name'>) => `${p.article}|${p.sentence}|${p.name}`;

/** The builds named `SET=GRAPH` on a command line, each read as version 1. */
export function graphsOf(args: string[]): [string, GraphJsonV1][] {
  return args.map((a) => {
    const [set, file] = a.split('=') as [string, string];
    return [set, readGraph(file)];
  });
}

function draw(seed: string, n: number, args: string[]): void {
  const pairs = graphsOf(args).flatMap(([set, g]) => trainPairs(set, g));
  const rank = (p: ParticipantPair) => sha(`${seed}\t${pairKey(p)}`);
  const drawn = pairs.map((p) => [rank(p), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, n);
  console.log(`${pairs.length} train pairs; ${drawn.length} drawn (seed ${seed})`);
  for (const [i, [, p]] of drawn.entries()) {
    console.log(`\n#${i + 1} {"set": "${p.set}", "article": "${p.article}", "sentence": "${p.sentence}", "name": ${JSON.stringify(p.name)}}  entity: ${p.entity} [${p.type}]`);
    console.log(`  ${p.quote}`);
  }
}

/** The train pages of the builds with their participants, by `set|article|sentence`. */
function trainPages(args: string[]): Map<string, ParticipantPair[]> {
  const byKey = new Map<string, ParticipantPair[]>();
  for (const p of graphsOf(args).flatMap(([set, g]) => trainPairs(set, g))) byKey.set(`${p.set}|${p.article}|${p.sentence}`, [...(byKey.get(`${p.set}|${p.article}|${p.sentence}`) ?? []), p]);
  return byKey;
}

function pages(seed: string, n: number, args: string[], keep: (ps: ParticipantPair[]) => boolean = () => true): void {
  const byKey = trainPages(args);
  for (const [key, ps] of byKey) if (!keep(ps)) byKey.delete(key);
  const drawn = [...byKey].sort(([a], [b]) => (sha(`${seed}\t${a}`) < sha(`${seed}\t${b}`) ? -1 : 1)).slice(0, n);
  console.log(`${byKey.size} train pages with participants; ${drawn.length} drawn (seed ${seed})`);
  printPages(drawn.map(([, ps]) => ps));
}

function printPages(drawn: ParticipantPair[][]): void {
  for (const [i, ps] of drawn.entries()) {
    console.log(`\n#${i + 1} ${ps[0]!.set} ${ps[0]!.article} ${ps[0]!.sentence}\n  ${ps[0]!.quote}`);
    for (const p of ps) console.log(`  - ${JSON.stringify(p.name)} [${p.type}]${p.quote === ps[0]!.quote ? '' : `  in: ${p.quote}`}`);
  }
}

/**
 * A participant that may be a place or the report's source (issue 19's place-modifier and source-as-party causes; session
 * 41, evt91): a place, or a name its quote sets before "said"/"says"/"reported", after "according to", "told" or a
 * manager's title ("lead manager X said"). The draw's filter only: labels say what each one is.
 */
const SOURCE_AFTER = /^[^.;]{0,60}?\b(?:said|says|reported|reports|told)\b/;
const SOURCE_BEFORE = /\b(?:according\s+to|told|manager|managers|spokesman\s+for|spokeswoman\s+for)\s+(?:the\s+)?$/i;
export function placeOrSourceLike(p: ParticipantPair): boolean {
  if (p.type === 'place') return true;
  const at = p.quote.indexOf(p.name);
  if (at < 0) return false;
  return SOURCE_BEFORE.test(p.quote.slice(0, at)) || SOURCE_AFTER.test(p.quote.slice(at + p.name.length));
}

/** `pages` drawn only among the pages one of whose participants is a place or source-like (`placeOrSourceLike`). */
function pagesWithPlaceOrSource(seed: string, n: number, args: string[]): void {
  pages(seed, n, args, (ps) => ps.some(placeOrSourceLike));
}

/**
 * The kinds issue 19's participant labels are thin on (session 42, evt95), a page's when its participants include:
 * `deal`, two organisations in a sentence with a word of a deal (buyer, seller, target); `place-before-body`, a place
 * written right before a lower-case word or "-based" ("Tokyo-based", "a Japanese trading house"); `said-told`, a name
 * that is no place set as a teller (`placeOrSourceLike`). The draw's filter only: labels say what each name is.
 */
const DEAL_WORDS = /\b(?:acquir\w*|buy\w*|bought|sell\w*|sold|merg\w*|takeover|stake|purchas\w*|bid|deal|venture)\b/i;
const NOT_A_MODIFIED_NOUN = /^\s+(?:and|or|of|in|on|at|to|for|from|by|with|said|says|is|was|were|are|has|had|have|will|would|could|may|the|a|an|as|after|before|this|last|next|but|since|until|which|who|that)\b/i;
export function thinKinds(ps: readonly ParticipantPair[]): string[] {
  const kinds: string[] = [];
  if (ps.filter((p) => p.type === 'organization').length >= 2 && DEAL_WORDS.test(ps[0]!.quote)) kinds.push('deal');
  const placeBeforeBody = (p: ParticipantPair) => {
    const after = p.quote.slice(p.quote.indexOf(p.name) + p.name.length);
    return p.type === 'place' && p.quote.includes(p.name) && (/^-based\b/i.test(after) || (/^\s+\p{Ll}/u.test(after) && !NOT_A_MODIFIED_NOUN.test(after)));
  };
  if (ps.some(placeBeforeBody)) kinds.push('place-before-body');
  if (ps.some((p) => p.type !== 'place' && placeOrSourceLike(p))) kinds.push('said-told');
  return kinds;
}

/**
 * `pages-thin SEED N SET=GRAPH …`: N train pages drawn a kind at a time (`thinKinds`, in turn: each kind's pages ranked
 * by a SHA-256 of the seed, the kind and the key), none already labelled in tests/gold/participant-roles.json.
 */
function pagesOfThinKinds(seed: string, n: number, args: string[]): void {
  const labelled = new Set((JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/participant-roles.json'), 'utf8')) as { items: ParticipantLabel[] }).items.map((j) => `${j.set}|${j.article}|${j.sentence}`));
  const byKey = [...trainPages(args)].filter(([key]) => !labelled.has(key));
  const kinds = ['deal', 'place-before-body', 'said-told'];
  const ranked = kinds.map((kind) => byKey.filter(([, ps]) => thinKinds(ps).includes(kind)).sort(([a], [b]) => (sha(`${seed}\t${kind}\t${a}`) < sha(`${seed}\t${kind}\t${b}`) ? -1 : 1)));
  console.log(kinds.map((k, i) => `${k} ${ranked[i]!.length}`).join(', ') + ` of ${byKey.length} unlabelled train pages with participants`);
  const drawn = new Map<string, ParticipantPair[]>();
  for (let round = 0; drawn.size < n && ranked.some((r) => r.length > round); round++) {
    for (const r of ranked) if (r[round] && drawn.size < n) drawn.set(r[round]![0], r[round]![1]);
  }
  for (const [key, ps] of drawn) console.log(`${key}\t${thinKinds(ps).join(',')}`);
  printPages([...drawn.values()]);
}

/**
 * `pages-all SEED N SET=GRAPH …` (issue 19's missing party, session 46, evt104): N train pages drawn by a SHA-256 of
 * the seed and the key (set|article|hash of the first quote) among all the train pages, with participants or none,
 * each with its article's headline, its title, its first quote, its participants and `alsoNamed` as written there,
 * and the other names that quote writes (paged or not): what a judge needs to say which listed name is a party and
 * which party is missing (tests/gold/participants-train-s46.json).
 */
function allPages(seed: string, n: number, args: string[], keep: (g: GraphJsonV1, ev: GraphJsonV1['events'][number]) => boolean = () => true): void {
  const labelled = new Set(readTrainLabels().items.map((j) => `${j.set}|${j.article}|${j.sentence}`));
  const rows = graphsOf(args).flatMap(([set, g]) => g.events.map((ev) => ({ set, g, ev, key: `${set}|${ev.sources[0]?.article}|${sha(ev.sources[0]?.quote ?? '').slice(0, 12)}` })))
    .filter(({ g, ev, key }) => ev.sources[0] && !labelled.has(key) && order(`event|${ev.sources[0].article}|${sha(ev.sources[0].quote).slice(0, 12)}`).split === 'train' && keep(g, ev));
  const drawn = rows.sort((a, b) => (sha(`${seed}\t${a.key}`) < sha(`${seed}\t${b.key}`) ? -1 : 1)).slice(0, n);
  console.log(`${rows.length} train pages; ${drawn.length} drawn (seed ${seed})`);
  for (const [i, { g, ev, key }] of drawn.entries()) {
    const first = ev.sources[0]!;
    const named = (ids: readonly string[]) => [...new Set(ids)].map((id) => g.entities.find((e) => e.id === id)).filter((e) => e !== undefined).map((e) => `${writtenIn(e.mentions, ev.sources)?.text ?? e.name} [${e.type}]`);
    const listed = new Set([...ev.participants, ...(ev.alsoNamed ?? [])]);
    const others = [...g.entities, ...g.plainNames].filter((e) => !listed.has(e.id) && e.mentions.some((m) => m.article === first.article && m.sentence === first.quote));
    console.log(`\n#${i + 1} ${key}\n  headline: ${g.articles.find((a) => a.id === first.article)?.title}\n  title: ${ev.title} (${ev.date ?? 'undated'})\n  ${first.quote}`);
    console.log(`  participants: ${named(ev.participants).join('; ')}\n  alsoNamed: ${named(ev.alsoNamed ?? []).join('; ')}\n  other names: ${others.map((e) => `${e.mentions.find((m) => m.sentence === first.quote)?.text} [${e.type}]`).join('; ')}`);
  }
}

/**
 * A page whose article's headline opens with a name its first quote writes, as the headline's subject
 * (`headlineSubject`: "QUANTA TO BUY …", "MAXWELL FILES SUIT …"), by the name as written, without its legal form, or
 * its last word: the pages issue 19's title rule reads (`pages-title-doer`, session 46, evt105).
 */
export function titleNamesDoer(g: GraphJsonV1, ev: GraphJsonV1['events'][number]): boolean {
  const first = ev.sources[0];
  const headline = first && g.articles.find((a) => a.id === first.article)?.title;
  if (!first || !headline) return false;
  const written = [...g.entities, ...g.plainNames].flatMap((e) => e.mentions.filter((m) => m.article === first.article && m.sentence === first.quote).map((m) => m.text));
  const forms = written.flatMap((t) => [t, t.replace(LEGAL_FORM_END, ''), t.split(/\s+/).at(-1)!]).filter((t) => t.length >= 3);
  return forms.some((t) => headlineSubject(headline, t));
}

/**
 * A page whose article's headline opens with a country as its subject (`headlineCountry`: "VENEZUELA APPROVES …",
 * "U.S. PROBES …"): the pages issue 19's headline-state rule reads (`pages-headline-state`, session 47, evt107).
 */
export function headlineNamesState(g: GraphJsonV1, ev: GraphJsonV1['events'][number]): boolean {
  const first = ev.sources[0];
  const headline = first && g.articles.find((a) => a.id === first.article)?.title;
  return headline !== undefined && headlineCountry(headline) !== undefined;
}

/** The labels of tests/gold/participants-train-s46.json. */
function readTrainLabels(): { items: TrainPageLabel[] } {
  return JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/participants-train-s46.json'), 'utf8')) as { items: TrainPageLabel[] };
}

interface TrainPageLabel { set: string; article: string; sentence: string; participants: { name: string; label: string }[]; missing?: { name: string; why: string }[] }

/**
 * `check-train SET=GRAPH …` (tests/gold/participants-train-s46.json): the labelled pages met again in these builds of
 * the same stories — of each label, how many participants are still shown (by the name as written or the entity's
 * name) — and of the missing parties, how many are shown now; pages no longer built are counted apart.
 */
function checkTrain(args: string[]): void {
  const gold = readTrainLabels();
  const shown = new Map<string, Set<string>>();
  for (const [set, g] of graphsOf(args)) {
    for (const ev of g.events) {
      const first = ev.sources[0];
      if (!first) continue;
      const names = new Set(ev.participants.flatMap((id) => {
        const e = g.entities.find((x) => x.id === id);
        return e ? [e.name, writtenIn(e.mentions, ev.sources)?.text ?? e.name] : [];
      }));
      shown.set(`${set}|${first.article}|${sha(first.quote).slice(0, 12)}`, names);
    }
  }
  const counts = new Map<string, [number, number]>();
  const tally = (label: string, on: boolean) => {
    const c = counts.get(label) ?? [0, 0];
    c[on ? 0 : 1]++;
    counts.set(label, c);
  };
  let gone = 0;
  for (const page of gold.items) {
    const names = shown.get(`${page.set}|${page.article}|${page.sentence}`);
    if (!names) { gone++; continue; }
    for (const p of page.participants) tally(p.label, names.has(p.name));
    for (const m of page.missing ?? []) tally(`missing (${m.why})`, names.has(m.name));
  }
  console.log(`${gold.items.length - gone} of ${gold.items.length} labelled pages built again (${gone} no longer built)`);
  for (const [label, [on, off]] of [...counts].sort()) console.log(`${label}: ${on} shown, ${off} not shown`);
}

function check(args: string[], file = GOLD): void {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { items: ParticipantLabel[] };
  const shown = new Set(graphsOf(args).flatMap(([set, g]) => trainPairs(set, g)).map((p) => `${p.set}|${pairKey(p)}`));
  const counts = new Map<string, [number, number]>();
  for (const j of gold.items) {
    const c = counts.get(j.label) ?? [0, 0];
    c[shown.has(`${j.set}|${pairKey(j)}`) ? 0 : 1]++;
    counts.set(j.label, c);
  }
  for (const [label, [still, gone]] of [...counts].sort()) console.log(`${label}: ${still} still shown, ${gone} no longer shown as written`);
}

const [command, ...rest] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === 'draw' && rest.length >= 3) draw(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'pages' && rest.length >= 3) pages(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'pages-place-source' && rest.length >= 3) pagesWithPlaceOrSource(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'pages-all' && rest.length >= 3) allPages(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'pages-title-doer' && rest.length >= 3) allPages(rest[0]!, Number(rest[1]), rest.slice(2), titleNamesDoer);
  else if (command === 'pages-headline-state' && rest.length >= 3) allPages(rest[0]!, Number(rest[1]), rest.slice(2), headlineNamesState);
  else if (command === 'pages-thin' && rest.length >= 3) pagesOfThinKinds(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'check' && rest.length >= 1) check(rest);
  else if (command === 'check-train' && rest.length >= 1) checkTrain(rest);
  else if (command === 'check-roles' && rest.length >= 1) check(rest, path.join(ROOT, 'tests/gold/participant-roles.json'));
  else if (command === 'check-clause' && rest.length >= 1) check(rest, path.join(ROOT, 'tests/gold/clause-participants.json'));
  else {
    console.error('usage: event-participants.ts draw SEED N SET=GRAPH … | pages|pages-place-source|pages-thin|pages-all|pages-title-doer|pages-headline-state SEED N SET=GRAPH … | check|check-clause|check-roles SET=GRAPH …');
    process.exitCode = 2;
  }
}
