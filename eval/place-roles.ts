/**
 * Places shown as participants of event pages, and whether they take part (tests/gold/place-roles.json, evt81). A place
 * on an event page is `party` (it acts or is acted on: "Norland cut rates", "sanctions on Zorbia"), `setting` (where
 * the happening is: "met in Pella") or `describing` (it only says whose or where of another noun: a firm's home after
 * its name, a modifier of an object, a place inside another clause): a describing place on the page names someone who
 * took no part. The labels are a seeded random pick (`pick: "random"`) of the place participants of Reuters event
 * pages built from stories no judged sample is drawn from (reut2-005, -012 and -018, stories 0–899, `eval/holdout.ts
 * prep`; never a HOLD or unseen slice, stories 900–999) whose key is in the train half of the dev keys (eval/pages.ts
 * `order`, rank ≥ 2^31). Not reut2-000's: event pages have no train split (eval/event-pages.ts), so its train-half
 * keys are in the Reuters dev sample (a first pick there, 29 places, was dropped for that: `JUDGED_SETS`).
 *
 *   node --import tsx eval/place-roles.ts pick GRAPHS N SEED  the pick, unlabelled ones printed for labelling
 *   node --import tsx eval/place-roles.ts score GRAPHS        the share `describing` among the labelled places the
 *                                                             build still shows, and labelled parties or settings
 *                                                             it no longer shows (GRAPHS: builds' graph.json files, comma-separated, as
 *                                                             eval/event-pages.ts keeps it in .cache/eval-event-pages)
 *
 *   node --import tsx eval/place-roles.ts why GRAPHS          the labelled describing places a build still shows, by
 *                                                             the construction they are written in and the rule of
 *                                                             src/resolve/participants.ts that owns it
 *
 * Only train keys are ever printed: a sentence of a dev or test key is never shown. With `PLACE_ROLES_EVERY_KEY=1`
 * (session 47's fifth pick, evt109) every key of builds of stories past the first 3,000 is read, not only the train
 * half: no judged sample is drawn from those stories (the judged sets' articles are never read either way).
 *
 * A third pick (seed `evt84`, session 38) is of a wider population, the place participants of every event mention of a
 * train key in extractions (not only a page's first source; the name as written), drawn for the place-role model
 * (src/resolve/place-roles.ts, fitted by eval/train-place-roles.ts, which reads all three picks' labels).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { order } from './pages.ts';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests/gold/place-roles.json');
export type PlaceRole = 'party' | 'setting' | 'describing';
export interface PlaceLabel { article: string; sentence: string; name: string; label: PlaceRole; pick: 'random'; /** The pick's seed, when not the first pick's (evt81). */ seed?: string }

interface Mention { article: string; text: string; sentenceText: string }
interface GEntity { id: string; name: string; type: string; mentions: Mention[] }
interface GEvent { id: string; participants: { entity: string }[]; alsoNamed?: { entity: string }[]; sources: { article: string; quote: string }[] }
interface G { entities: GEntity[]; events: GEvent[] }

/**
 * A build as eval/event-pages.ts keeps it (the resolver's shapes), or a `chronicle extract --json` graph.json of any
 * version (read as version 1: participants as ids, a mention's sentence as `sentence`).
 */
function readGraph(file: string): G {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { version?: number } & G;
  if (raw.version === undefined) return raw;
  const g = asGraphJsonV1(raw as unknown as GraphJson);
  return {
    entities: g.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ article: m.article, text: m.text, sentenceText: m.sentence ?? '' })) })),
    events: g.events.map((ev) => ({ id: ev.id, participants: ev.participants.map((entity) => ({ entity })), sources: ev.sources.map((s) => ({ article: s.article, quote: s.quote })) })),
  };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
/** Articles of the builds eval/event-pages.ts samples (dev and test keys alike): never picked from. */
const JUDGED_SETS = /^(?:reut2-000-|business-|politics-|sport-)/;

/** A place participant of an event page of a train key: its article, sentence and name as written there. */
export interface Candidate { article: string; sentence: string; name: string; text: string; written: string; shown: boolean }

/** Every place named in a source sentence of an event page of a train key, shown as a participant or kept aside. */
export function candidates(graph: G, everyKey = false): Candidate[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const out = new Map<string, Candidate>();
  for (const ev of graph.events) {
    const first = ev.sources[0]!;
    if (JUDGED_SETS.test(first.article) || (!everyKey && order(`event|${first.article}|${sha(first.quote).slice(0, 12)}`).split !== 'train')) continue;
    const named = [...ev.participants.map((p) => ({ ...p, shown: true })), ...(ev.alsoNamed ?? []).map((p) => ({ ...p, shown: false }))];
    for (const p of named) {
      const e = byId.get(p.entity);
      if (!e || e.type !== 'place') continue;
      for (const src of ev.sources) {
        const m = e.mentions.find((x) => x.article === src.article && x.sentenceText === src.quote);
        if (!m) continue;
        const key = `${src.article}|${sha(src.quote).slice(0, 12)}|${e.name}`;
        const had = out.get(key);
        if (!had || (p.shown && !had.shown)) out.set(key, { article: src.article, sentence: sha(src.quote).slice(0, 12), name: e.name, text: src.quote, written: m.text, shown: p.shown });
        break;
      }
    }
  }
  return [...out.values()];
}

const keyOf = (c: Pick<Candidate, 'article' | 'sentence' | 'name'>) => `${c.article}|${c.sentence}|${c.name}`;

function readGold(): PlaceLabel[] {
  try { return (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: PlaceLabel[] }).items; } catch { return []; }
}

function main(): void {
  const [cmd, files, n, seed] = process.argv.slice(2);
  // (Several builds, comma-separated: the pick is over all their train keys' place participants.)
  // (PLACE_ROLES_EVERY_KEY=1: every key of the builds, not only the train half — session 47's pick, evt109: the
  // stories past the first 3,000 are train text whole, as no judged sample is drawn from them.)
  const all = files!.split(',').flatMap((f) => candidates(readGraph(f), process.env.PLACE_ROLES_EVERY_KEY === '1'));
  const gold = readGold();
  if (cmd === 'pick') {
    const labelled = new Set(gold.map(keyOf));
    const shown = all.filter((c) => c.shown).sort((a, b) => (sha(`${seed}|${keyOf(a)}`) < sha(`${seed}|${keyOf(b)}`) ? -1 : 1)).slice(0, Number(n));
    console.log(`${all.filter((c) => c.shown).length} place participants shown on train-key event pages; the first ${shown.length} of the seeded order, ${shown.filter((c) => !labelled.has(keyOf(c))).length} unlabelled:`);
    for (const c of shown) if (!labelled.has(keyOf(c))) console.log(`\n${JSON.stringify({ article: c.article, sentence: c.sentence, name: c.name })}\n  ${c.text}`);
    return;
  }
  if (cmd === 'score') {
    const now = new Map(all.map((c) => [keyOf(c), c]));
    const shown = gold.filter((g) => now.get(keyOf(g))?.shown);
    const gone = gold.filter((g) => !now.get(keyOf(g))?.shown);
    const count = (xs: PlaceLabel[], l: PlaceRole) => xs.filter((x) => x.label === l).length;
    console.log(`${gold.length} labelled places: ${(['party', 'setting', 'describing'] as const).map((l) => `${l} ${count(gold, l)}`).join(', ')}`);
    console.log(`shown now: ${shown.length}; describing among them ${count(shown, 'describing')} = ${(count(shown, 'describing') / Math.max(1, shown.length)).toFixed(3)}`);
    console.log(`no longer shown: ${gone.length} (describing ${count(gone, 'describing')}, party ${count(gone, 'party')}, setting ${count(gone, 'setting')})`);
    // (Each seeded pick on its own: a second pick, evt82, is a fresh sample for a rule the first one aimed.)
    for (const seed of [...new Set(gold.map((g) => g.seed ?? 'evt81'))]) {
      const of = (xs: PlaceLabel[]) => xs.filter((x) => (x.seed ?? 'evt81') === seed);
      console.log(`  pick ${seed}: ${of(gold).length} labelled; shown ${of(shown).length}, describing ${count(of(shown), 'describing')} = ${(count(of(shown), 'describing') / Math.max(1, of(shown).length)).toFixed(3)}; no longer shown ${of(gone).length} (describing ${count(of(gone), 'describing')}, party ${count(of(gone), 'party')}, setting ${count(of(gone), 'setting')})`);
    }
    if (process.env.PLACE_ROLES_SHOW) {
      for (const g of gold) {
        const c = now.get(keyOf(g));
        const wrong = g.label === 'describing' ? c?.shown : !c?.shown;
        if (wrong) console.log(`\n${g.label} ${c?.shown ? 'shown' : 'not shown'}: ${g.name}  (${g.article})\n  ${c?.text ?? '(sentence no longer a source)'}`);
      }
    }
    return;
  }
  if (cmd === 'why') {
    // Which construction each labelled `describing` place still shown is written in, and the rule that owns it: a
    // tally to aim the mends by (the sentences are train keys' only).
    const now = new Map(all.map((c) => [keyOf(c), c]));
    const tally = new Map<string, string[]>();
    for (const g of gold.filter((x) => x.label === 'describing' && now.get(keyOf(x))?.shown)) {
      const c = now.get(keyOf(g))!;
      const kind = construction(c.text, c.written);
      tally.set(kind, [...(tally.get(kind) ?? []), `${g.article} ${g.name}`]);
    }
    for (const [kind, xs] of [...tally].sort((a, b) => b[1].length - a[1].length)) console.log(`${xs.length}\t${kind}\t${xs.join('; ')}`);
    return;
  }
  throw new Error('usage: pick GRAPHS N SEED | score GRAPHS | why GRAPHS');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();

/**
 * The construction a place is written in, read from the words around its first occurrence (as written; the
 * resolved name may differ from the text, "U.S." for "United States": then `unread`), with the rule of
 * src/resolve/participants.ts that owns such a place.
 */
export function construction(sentence: string, written: string): string {
  const at = sentence.indexOf(written);
  if (at < 0) return 'unread (the name is written otherwise)';
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + written.length);
  if (/(?:[>)]|\p{Lu}[\p{L}.]*)\s*,?\s+of\s+(?:the\s+)?$/u.test(before) || /\bof\s+\p{Lu}[\p{L}.]*\s+in\s+(?:the\s+)?$/u.test(before)) return 'home after a name (namesHome)';
  if (/^['’]s?\s/.test(after)) return 'possessive of a thing or people (ownsThing)';
  if (/^\s*(?:-\p{Ll}+\s+)?\p{Lu}[\p{Ll}.]+\s+(?:\p{Lu}[\p{Ll}.]+\s+)*\p{Lu}[\p{Ll}]+\s+\p{Lu}/u.test(after) || /^-\p{Ll}+/u.test(after)) return 'modifier of a title or a hyphened word (qualifiesNoun)';
  if ((/^,\s+\p{Lu}[\p{L}.]*,\s+[\p{Ll}-]+/u.test(after) && /\b(?:its|the|a|an)\s+$/i.test(before)) || /^\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)*\b/u.test(after) && /\b(?:its|the|a|an)\s+$/i.test(before)) return 'modifier of a noun (qualifiesNoun)';
  if (/\b(?:from|to)\s+(?:the\s+)?$/i.test(before) && /\b(?:line|route|service|road|pipeline)\b/.test(before)) return 'end of a route (none)';
  if (/\p{Ll}{3,}\s+(?:in|at|near|outside|of)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(before)) return 'where a thing or body is: noun + in/at/near PLACE (none; placeOfPeople for people)';
  if (/\p{Lu}[\p{L}]+\s+(?:in|at|near)\s+(?:the\s+)?$/u.test(before)) return 'where a named thing or body is: Name + in PLACE (none)';
  if (/\bto\s+\p{Ll}+\b[^,;]*$/u.test(before) || /\b(?:which|that|who)\b[^,;]*$/u.test(before)) return 'inside another clause (none)';
  return 'other';
}
