/**
 * `node --import tsx eval/holdout.ts …`: the team's procedure for reading pages built from text the rules were not
 * written on (the README's "Holdout" paragraph). It prints; it judges nothing and writes only the input folder asked
 * for. Commands:
 *
 * - `prep reuters reut2-0NN.sgm FROM-TO DEST`: stories FROM..TO (0-based, end exclusive) of one Reuters-21578 file
 *   as article files in DEST (the benchmark's converter, bench/corpora.ts);
 * - `prep reuters-unlabelled SEED N DEST`: N stories drawn at random from the stories past the first 3,000 that no
 *   gold file labels (prepReutersUnlabelled), and prints their numbers (freeze them in tests/gold/unseen-draws.json);
 * - `prep reuters-draw NAME DEST`: the stories of a frozen draw again;
 * - `prep reuters-slice SLICE DEST`: the stories of a fresh page slice again (tests/gold/pages-SLICE.json: its frozen
 *   `stories`, or the stories it judges where it lists none, as ent81's `reuters-fresh`); the page trainers read it
 *   from .cache/eval-pages/SLICE/input (with an `input.done` folder beside it);
 * - `prep bbc FROM-TO DEST`: articles FROM..TO of each BBC category (its files sorted) in DEST;
 * - `prep conll FROM-TO DEST`: documents FROM..TO of CoNLL-2003's eng.train (1996 Reuters; never eng.testb), tokens
 *   joined back into text, the headline as title, a "PLACE 1996-08-22" dateline's day as the article date;
 * - `prep timeml FROM-TO DEST [dev]`: documents FROM..TO of TimeBank + AQUAINT (the order of eval/timeml.ts), each
 *   dated by its creation time; with `dev`, FROM..TO of the development documents only (a fifth, 0–50), which the
 *   models trained on TimeML (state, assertion, participle, anchor) never fitted — the only TimeML text fit to HOLD
 *   out for them. CoNLL train documents trained the name tagger, the type model and the POS tagger: no HOLD for those;
 * - `entities GRAPH SEED N`: N entity pages drawn at random (fixed by SEED) with each one's evidence;
 * - `events GRAPH SEED N`: N event pages drawn the same way, with title, date, participants and quotes;
 * - `diff BEFORE AFTER [entities|events]`: the pages whose name, type, page, title, date or participants differ
 *   between two builds of the same input, keyed by (first article, name) or (first article, first quote).
 *
 * Record what was read where the team's notes say (never a corpus sentence in the repository), and which slices
 * are used up: a slice read once is development data from then on.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { CORPUS, parseReutersSgml, prepareBbc, storyFileName, storyFileText } from '../bench/corpora.ts';
import { entityKey as judgedKey } from './pages.ts';
import { readConll } from './conll.ts';
import { readTimeml, timemlDocs } from './timeml.ts';
import { asGraphJsonV1, type GraphJson, type GraphJsonV1, type GraphJsonV2 } from '../src/graph/graph-json.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Entity = GraphJsonV1['entities'][number];
type Event = GraphJsonV1['events'][number];

function range(spec: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(spec);
  if (!m) throw new Error(`a range is FROM-TO, got "${spec}"`);
  return [Number(m[1]), Number(m[2])];
}

export async function prepReuters(file: string, spec: string, dest: string): Promise<number> {
  const [from, to] = range(spec);
  const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1')).slice(from, to);
  await fs.mkdir(dest, { recursive: true });
  for (const story of stories) await fs.writeFile(path.join(dest, storyFileName(story)), storyFileText(story));
  return stories.length;
}

/**
 * Every Reuters-21578 story number (NEWID) a gold file or an eval table names as an article (`"article": "NNNNN"`) or as
 * the article of a page key (`"key": "NNNNN|…"`, tests/gold/modal-state-pages.json), or an earlier draw holds.
 */
function labelledStories(): Set<number> {
  const seen = new Set<number>();
  for (const dir of [path.join(ROOT, 'tests', 'gold'), path.join(ROOT, 'eval')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/"(?:article|key)"\s*:\s*"(?:reut2-\d{3}-)?(\d{4,5})["|\\]/g)) seen.add(Number(m[1]));
    }
  }
  // Every story of an earlier draw, read or not: a new draw is all new text. A fresh slice's stories (`"stories"` of
  // tests/gold/pages-reuters-fresh-*.json, session 45) count too: their pages' other sentences were read to judge them;
  // so do a type draw's (pages-reuters-types-*.json, session 51), whose train build a later draw must not share.
  for (const id of unseenDrawStories()) seen.add(id);
  for (const id of freshSliceStories()) seen.add(id);
  return seen;
}

/** The stories a fresh page slice was built from (tests/gold/pages-SLICE.json `stories`), or none where it lists none. */
function sliceStories(slice: string): number[] {
  const file = path.join(ROOT, 'tests', 'gold', `pages-${slice}.json`);
  return ((JSON.parse(readFileSync(file, 'utf8')) as { stories?: string[] }).stories ?? []).map(Number);
}
const freshSliceStories = (): number[] =>
  readdirSync(path.join(ROOT, 'tests', 'gold')).filter((f) => /^pages-reuters-(?:fresh.*|things|types-.*)\.json$/.test(f)).flatMap((f) => sliceStories(f.slice('pages-'.length, -'.json'.length)));
/**
 * Every story of the fresh page slices, listed or (where a slice lists none, as ent81's `reuters-fresh`) judged: never
 * drawn for labels (session 46, evt106, eval/lede-kind-said.ts).
 */
export const freshStories = (): Set<number> =>
  new Set(
    readdirSync(path.join(ROOT, 'tests', 'gold'))
      .filter((f) => /^pages-reuters-(?:fresh.*|things)\.json$/.test(f))
      .flatMap((f) => {
        const slice = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', f), 'utf8')) as { stories?: string[]; judgments?: { article: string }[] };
        return [...(slice.stories ?? []), ...(slice.judgments ?? []).map((j) => j.article)].map(Number);
      }),
  );

/** A fresh slice's stories again (`prep reuters-slice SLICE DEST`): its frozen `stories`, else the stories it judges. */
export async function prepReutersSlice(slice: string, dest: string): Promise<number> {
  const listed = sliceStories(slice);
  const judged = () => (JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', `pages-${slice}.json`), 'utf8')) as { judgments: { article: string }[] }).judgments.map((j) => Number(j.article));
  return prepReutersStories(new Set(listed.length ? listed : judged()), dest);
}

/** Every story number (NEWID) of the lead's blind draws of tests/gold/unseen-draws.json: none is drawn, read or labelled. */
export const unseenDrawStories = (): Set<number> => new Set(Object.values(frozenDraws()).flatMap((d) => d.stories.map(Number)));

/**
 * N stories drawn at random (fixed by SEED: sha256 of "SEED|NEWID") from stories 0-899 of reut2-003 ... reut2-021
 * (past the first 3,000, which the judged samples are built from; 900-999 of each file were read as slices), leaving
 * out every story a gold file labels. Once no slice was left unread (session 38), this is the unseen sample.
 */
export async function prepReutersUnlabelled(seed: string, n: number, dest: string): Promise<number> {
  const labelled = labelledStories();
  const pool: { rank: string; story: Story }[] = [];
  for (const [newId, story] of pastTheFirst3000()) {
    if (!labelled.has(newId)) pool.push({ rank: createHash('sha256').update(`${seed}|${newId}`).digest('hex'), story });
  }
  pool.sort((a, b) => (a.rank < b.rank ? -1 : 1));
  const drawn = pool.slice(0, n).map((x) => x.story);
  await writeStories(drawn, dest);
  console.log(`stories: ${JSON.stringify(drawn.map((s) => s.newId))}`);
  return drawn.length;
}

type Story = ReturnType<typeof parseReutersSgml>[number];

/** Stories 0-899 of reut2-003 ... reut2-021 by their number (NEWID): the text past the judged samples' 3,000. */
function* pastTheFirst3000(): Generator<[number, Story]> {
  for (let file = 3; file <= 21; file++) {
    const name = `reut2-${String(file).padStart(3, '0')}.sgm`;
    const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', name)).toString('latin1')).slice(0, 900);
    for (const [i, story] of stories.entries()) yield [file * 1000 + i + 1, story];
  }
}

async function writeStories(stories: readonly Story[], dest: string): Promise<void> {
  await fs.mkdir(dest, { recursive: true });
  for (const story of stories) await fs.writeFile(path.join(dest, storyFileName(story)), storyFileText(story));
}

const frozenDraws = (): Record<string, { stories: string[] }> =>
  (JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', 'unseen-draws.json'), 'utf8')) as { draws: Record<string, { stories: string[] }> }).draws;

/** The stories of a judged draw as tests/gold/unseen-draws.json froze them (later labels leave out no story of it). */
export async function prepReutersDraw(name: string, dest: string): Promise<number> {
  const wanted = new Set(frozenDraws()[name]?.stories.map(Number));
  if (!wanted.size) throw new Error(`tests/gold/unseen-draws.json has no draw "${name}"`);
  return prepReutersStories(wanted, dest);
}

/** The stories past the first 3,000 (stories 0-899 of reut2-003 ... reut2-021) whose numbers are asked for. */
export async function prepReutersStories(wanted: ReadonlySet<number>, dest: string): Promise<number> {
  const stories = [...pastTheFirst3000()].filter(([id]) => wanted.has(id)).map(([, story]) => story);
  await writeStories(stories, dest);
  return stories.length;
}

/** An article file as the benchmark writes a Reuters story (storyFileText): its date line, title and paragraphs. */
function writeStory(dest: string, file: string, date: string | null, title: string, paragraphs: string[]): Promise<void> {
  return fs.writeFile(path.join(dest, file), storyFileText({ newId: file, date, topic: null, title, body: paragraphs.join('\n\n') }));
}

/** Tokens joined as news writes them: no space before closing punctuation or a clitic, none inside brackets. */
function detokenize(tokens: string[]): string {
  return tokens.join(' ')
    .replace(/ ([.,;:!?%)\]}]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/" ([^"]*?) "/g, '"$1"');
}

async function prepConll(spec: string, dest: string): Promise<number> {
  const [from, to] = range(spec);
  const docs = readConll(path.join(CORPUS, 'conll2003', 'eng.train')).slice(from, to);
  await fs.mkdir(dest, { recursive: true });
  for (const [i, { doc }] of docs.entries()) {
    const sentences: string[][] = [];
    doc.tokens.forEach((tok, t) => (sentences[doc.sentenceOf[t]!] ??= []).push(tok));
    const lines = sentences.filter(Boolean).map(detokenize);
    const datelineAt = lines.findIndex((l) => /^[A-Z][A-Za-z .'-]* \d{4}-\d{2}-\d{2}$/.test(l));
    const date = datelineAt >= 0 ? lines[datelineAt]!.slice(-10) : undefined;
    // The tokeniser splits a headline at an abbreviation ("Colo." "taxable deal rated …"): every sentence before a
    // dateline close to the top is the headline.
    const headlineEnd = datelineAt > 0 && datelineAt <= 3 ? datelineAt : 1;
    const title = lines.slice(0, headlineEnd).join(' ');
    const body = lines.slice(headlineEnd);
    await writeStory(dest, `conll-train-${String(from + i + 1).padStart(4, '0')}.txt`, date ?? null, title, body);
  }
  return docs.length;
}

async function prepTimeml(spec: string, dest: string, devOnly: boolean): Promise<number> {
  const [from, to] = range(spec);
  const docs = timemlDocs().filter((d) => !devOnly || d.dev).slice(from, to);
  await fs.mkdir(dest, { recursive: true });
  for (const d of docs) {
    const doc = readTimeml(d.file, d.name);
    const paragraphs = doc.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    // Most TimeML bodies open with no headline: their first sentence stands in for one.
    const lead = /^(.{20,150}?[.!?])\s+(?=[A-Z"])/.exec(paragraphs[0] ?? '');
    if (lead) paragraphs.splice(0, 1, lead[1]!, paragraphs[0]!.slice(lead[0].length));
    const [title = '', ...body] = paragraphs;
    await writeStory(dest, `${path.basename(d.name, '.tml')}.txt`, doc.creation ?? null, title, body);
  }
  return docs.length;
}

function readGraph(file: string): GraphJsonV1 {
  // Any version: a before-graph may be main's, of an older version.
  return asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson | GraphJsonV2 | GraphJsonV1);
}

/** The first N items in a fixed random order (sha1 of SEED, a tab and KEY), so a sample does not depend on the order graph.json lists. */
export function draw<T>(items: T[], key: (t: T) => string, seed: string, n: number): T[] {
  const rank = (t: T) => createHash('sha1').update(`${seed}\t${key(t)}`).digest('hex');
  return items.map((t) => [rank(t), t] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([, t]) => t);
}

/** The judged key of eval/pages.ts (the first article writing the name as the page names it), as one string. */
const entityKey = (e: Pick<Entity, 'name' | 'mentions'>) => {
  const key = judgedKey(e);
  return `${key.article}\t${key.name}`;
};
const eventKey = (e: Event) => `${e.sources[0]?.article ?? ''}\t${e.sources[0]?.quote ?? e.title}`;

function showEntities(graph: GraphJsonV1, seed: string, n: number): void {
  const titles = new Map(graph.articles.map((a) => [a.id, a.title]));
  for (const [i, e] of draw(graph.entities, entityKey, seed, n).entries()) {
    const aliases = e.aliases.filter((a) => a !== e.name);
    console.log(`\n#${i + 1} ${e.name} [${e.type}] ${e.mentions.length} mention(s)${aliases.length ? `; also ${aliases.join(' | ')}` : ''}  id=${e.id}`);
    for (const m of e.mentions.slice(0, 3)) console.log(`  ${m.article} (${titles.get(m.article) ?? '?'}) "${m.text}": ${m.sentence ?? `(${m.role ?? 'no sentence'})`}`);
  }
}

function showEvents(graph: GraphJsonV1, seed: string, n: number): void {
  const names = new Map(graph.entities.map((e) => [e.id, `${e.name} [${e.type}]`]));
  const dates = new Map(graph.articles.map((a) => [a.id, a.date]));
  for (const [i, ev] of draw(graph.events, eventKey, seed, n).entries()) {
    console.log(`\n#${i + 1} ${ev.title} — ${ev.date ?? 'undated'}  id=${ev.id}`);
    console.log(`  participants: ${ev.participants.map((p) => names.get(p) ?? p).join('; ') || '(none)'}${ev.alsoNamed?.length ? `; also named: ${ev.alsoNamed.map((p) => names.get(p) ?? p).join('; ')}` : ''}`);
    for (const s of ev.sources.slice(0, 3)) console.log(`  ${s.article} (${dates.get(s.article) ?? 'no date'}): ${s.quote}`);
  }
}

function diff(before: GraphJsonV1, after: GraphJsonV1, kind: string): void {
  const entityView = (g: GraphJsonV1) => {
    const view = new Map<string, string>();
    for (const e of g.entities) view.set(entityKey(e), `${e.name} [${e.type}] page`);
    for (const e of g.plainNames) view.set(entityKey(e), `${e.name} [${e.type}] no page (${e.noPage ?? 'confidence'})`);
    return view;
  };
  const eventView = (g: GraphJsonV1) => {
    const names = new Map(g.entities.map((e) => [e.id, e.name]));
    return new Map(g.events.map((ev) => [eventKey(ev), `${ev.title} — ${ev.date ?? 'undated'} — ${ev.participants.map((p) => names.get(p) ?? p).join('; ')}`]));
  };
  const views = kind === 'events' ? [eventView(before), eventView(after)] : [entityView(before), entityView(after)];
  const [a, b] = views as [Map<string, string>, Map<string, string>];
  let changed = 0;
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (a.get(key) === b.get(key)) continue;
    changed++;
    console.log(`\n${key.split('\t')[0]}: ${key.split('\t')[1]!.slice(0, 160)}\n  before: ${a.get(key) ?? '(none)'}\n  after:  ${b.get(key) ?? '(none)'}`);
  }
  console.log(`\n${changed} ${kind === 'events' ? 'event' : 'entity'} keys changed`);
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === 'prep' && rest[0] === 'reuters' && rest.length === 4) console.log(`${await prepReuters(rest[1]!, rest[2]!, rest[3]!)} stories`);
  else if (command === 'prep' && rest[0] === 'reuters-unlabelled' && rest.length === 4) console.log(`${await prepReutersUnlabelled(rest[1]!, Number(rest[2]), rest[3]!)} stories`);
  else if (command === 'prep' && rest[0] === 'reuters-draw' && rest.length === 3) console.log(`${await prepReutersDraw(rest[1]!, rest[2]!)} stories`);
  else if (command === 'prep' && rest[0] === 'reuters-slice' && rest.length === 3) console.log(`${await prepReutersSlice(rest[1]!, rest[2]!)} stories`);
  else if (command === 'prep' && rest[0] === 'bbc' && rest.length === 3) console.log(`${await prepareBbc(rest[2]!, Infinity, range(rest[1]!))} articles`);
  else if (command === 'prep' && rest[0] === 'conll' && rest.length === 3) console.log(`${await prepConll(rest[1]!, rest[2]!)} documents`);
  else if (command === 'prep' && rest[0] === 'timeml' && (rest.length === 3 || (rest.length === 4 && rest[3] === 'dev'))) console.log(`${await prepTimeml(rest[1]!, rest[2]!, rest[3] === 'dev')} documents`);
  else if (command === 'entities' && rest.length === 3) showEntities(readGraph(rest[0]!), rest[1]!, Number(rest[2]));
  else if (command === 'events' && rest.length === 3) showEvents(readGraph(rest[0]!), rest[1]!, Number(rest[2]));
  else if (command === 'diff' && rest.length >= 2) diff(readGraph(rest[0]!), readGraph(rest[1]!), rest[2] ?? 'entities');
  else {
    console.error('usage: holdout.ts prep reuters FILE FROM-TO DEST | prep reuters-unlabelled SEED N DEST | prep reuters-draw NAME DEST | prep reuters-slice SLICE DEST | prep bbc|conll|timeml FROM-TO DEST [dev] | entities GRAPH SEED N | events GRAPH SEED N | diff BEFORE AFTER [entities|events]');
    process.exitCode = 2;
  }
}

// (Run as a command; eval/train-event-model.ts imports prepReuters.)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
