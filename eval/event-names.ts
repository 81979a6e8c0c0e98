/**
 * The names an event page shows (issue 19's entity-reader cause; session 42, evt93): each participant by its entity's
 * page name and type, as the reader meets them in the page's title and participants. Labels
 * (tests/gold/event-names.json: page key, the name shown and a label only) say whether each shown name is right, cut
 * (part of a longer name), glued (words not its own), duplicate (another participant of the page is the same party:
 * an acronym beside its body, a short form beside the full one), not-a-name, or wrong-type.
 *
 * - `draw SEED N SET=GRAPH …`: N event pages drawn by a seeded hash of their key (first article | hash of the first
 *   quote, as eval/event-pages.ts) among the pages with participants whose key lies in the TRAIN half of
 *   eval/pages.ts's order; each printed with its title, its participants (page name, type, the name as written in its
 *   sentence) and its `alsoNamed` (to read; never stored). GRAPHs are `chronicle extract --json` outputs of train text.
 * - `check SET=GRAPH …`: the labelled names met again: for each label, how many labelled pages are still built, and of
 *   those how many still show the labelled name as a participant.
 * - `shape SET=GRAPH …`: over all train pages with participants, the ways a page could show a name other than as its
 *   entity: a participant with no entity page (a plain name), two participants one of which spells the other's
 *   initials or short form (`acronymMatches`, `abbreviates`: one party twice), and a title that ends inside a name of
 *   its sentences (its last words open a longer name written there that the title does not hold).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphJsonV1 } from '../src/graph/graph-json.ts';
import { graphsOf } from './event-participants.ts';
import { abbreviates, acronymMatches } from '../src/extract/entities/words.ts';
import { order } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/event-names.json');

interface NameLabel { set: string; key: string; name: string; label: string }
interface ShownPage { set: string; key: string; title: string; quote: string; shown: { name: string; type: string; written: string }[]; alsoNamed: string[] }

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Every train event page of one build with participants, as a reader sees its names. */
function trainPages(set: string, graph: GraphJsonV1): ShownPage[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const pages: ShownPage[] = [];
  for (const ev of graph.events) {
    const first = ev.sources[0];
    if (!first || ev.participants.length === 0) continue;
    const key = `${first.article}|${sha(first.quote).slice(0, 12)}`;
    if (order(`event|${key}`).split !== 'train') continue;
    const shown = [...new Set(ev.participants)].flatMap((id) => {
      const e = byId.get(id);
      if (!e) return [];
      const written = e.mentions.find((m) => ev.sources.some((s) => s.article === m.article && s.quote === m.sentence))?.text ?? '';
      return [{ name: e.name, type: e.type, written }];
    });
    const alsoNamed = (ev.alsoNamed ?? []).map((id) => byId.get(id)?.name ?? id);
    pages.push({ set, key, title: ev.title, quote: first.quote, shown, alsoNamed });
  }
  return pages;
}

function draw(seed: string, n: number, args: string[]): void {
  const pages = graphsOf(args).flatMap(([set, g]) => trainPages(set, g));
  const drawn = pages.map((p) => [sha(`${seed}\t${p.set}|${p.key}`), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, n);
  console.log(`${pages.length} train pages with participants; ${drawn.length} drawn (seed ${seed})`);
  for (const [i, [, p]] of drawn.entries()) {
    console.log(`\n#${i + 1} ${p.set} ${p.key}\n  title: ${p.title}\n  quote: ${p.quote}`);
    for (const s of p.shown) console.log(`  - ${JSON.stringify(s.name)} [${s.type}] written ${JSON.stringify(s.written)}`);
    if (p.alsoNamed.length) console.log(`  also named: ${p.alsoNamed.map((x) => JSON.stringify(x)).join(', ')}`);
  }
}

function check(args: string[]): void {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { items: NameLabel[] };
  const built = new Map(graphsOf(args).flatMap(([set, g]) => trainPages(set, g)).map((p) => [`${p.set}|${p.key}`, p]));
  const counts = new Map<string, { labelled: number; built: number; shown: number }>();
  for (const j of gold.items) {
    const c = counts.get(j.label) ?? { labelled: 0, built: 0, shown: 0 };
    const page = built.get(`${j.set}|${j.key}`);
    c.labelled++;
    if (page) c.built++;
    if (page?.shown.some((s) => s.name === j.name)) c.shown++;
    counts.set(j.label, c);
  }
  for (const [label, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`${label}: ${c.labelled} labelled, ${c.built} on pages still built, ${c.shown} still shown as a participant`);
}

/** Train event pages of one build, with their events (see `shape`). */
function trainEvents(graph: GraphJsonV1): GraphJsonV1['events'] {
  return graph.events.filter((ev) => ev.participants.length > 0 && ev.sources[0] && order(`event|${ev.sources[0].article}|${sha(ev.sources[0].quote).slice(0, 12)}`).split === 'train');
}

function shape(args: string[]): void {
  for (const [set, g] of graphsOf(args)) {
    const paged = new Map(g.entities.map((e) => [e.id, e.name]));
    const written = new Map<string, string[]>();
    for (const e of [...g.entities, ...(g.plainNames ?? [])]) for (const m of e.mentions) written.set(`${m.article}|${m.sentence}`, [...(written.get(`${m.article}|${m.sentence}`) ?? []), m.text]);
    const events = trainEvents(g);
    const unpaged = events.flatMap((ev) => ev.participants.filter((id) => !paged.has(id)));
    const twice = events.filter((ev) => {
      const names = ev.participants.map((id) => paged.get(id) ?? id);
      return names.some((a) => names.some((b) => a !== b && /^[\p{Lu}.&]{2,6}$/u.test(a) && (acronymMatches(a, b) || abbreviates(a, b))));
    });
    const headlines = new Map(g.articles.map((a) => [a.id, bare(a.title ?? '')]));
    const fromClause = (ev: GraphJsonV1['events'][number]) => !ev.sources.some((s) => headlines.get(s.article) === bare(ev.title));
    const cutTitles = events.filter((ev) => fromClause(ev) && endsInsideName(ev.title, ev.sources.flatMap((s) => written.get(`${s.article}|${s.quote}`) ?? [])));
    console.log(`${set}: ${events.length} train pages; participants with no page ${unpaged.length}; pages with one party twice ${twice.length}; titles ending inside a name ${cutTitles.length}`);
    for (const ev of cutTitles) console.log(`  ${ev.id}: ${JSON.stringify(ev.title)}`);
  }
}

/** A headline or title as its letters and digits in lower case, its tickers dropped: a headline title is its headline so. */
const bare = (t: string) => t.replace(/<[^<>]*>/g, ' ').toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * The title's last one to four words open a longer name written in its sentences that the title does not hold
 * (`names`: the names written in them). Only titles made from a clause are asked: a headline's short form ("… bid
 * for GenCorp" of "GenCorp Inc") is how the headline writes it.
 */
function endsInsideName(title: string, names: readonly string[]): boolean {
  const words = title.replace(/\s*…$/, '').split(/\s+/);
  return [1, 2, 3, 4].some((k) => k <= words.length && names.some((n) => n.startsWith(`${words.slice(-k).join(' ')} `) && !title.includes(n)));
}

const [command, ...rest] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === 'draw' && rest.length >= 3) draw(rest[0]!, Number(rest[1]), rest.slice(2));
  else if (command === 'check' && rest.length >= 1) check(rest);
  else if (command === 'shape' && rest.length >= 1) shape(rest);
  else {
    console.error('usage: event-names.ts draw SEED N SET=GRAPH … | check|shape SET=GRAPH …');
    process.exitCode = 2;
  }
}
