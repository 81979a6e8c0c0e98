/**
 * Issue 19's source-as-party (session 45, evt102): the participants of train-half event pages that a report's shape
 * marks as its possible source — a name that opens the sentence before "said"/"reported", closes it before a
 * reporting verb, follows "according to" or "told", or stands by a spokesman's, official's or analyst's noun. Counts
 * them by construction, and prints them (ids, name, construction; the quote to read, never stored) for judging by
 * the README's convention (*How pages are judged*: who only reports a happening is its source, not a party).
 *
 *   node --import tsx eval/source-parties.ts count SET=GRAPH …
 *   node --import tsx eval/source-parties.ts list SEED N [CONSTRUCTION] SET=GRAPH …
 *   node --import tsx eval/source-parties.ts check tests/gold/source-parties.json FILE=GRAPH …
 *
 * `check`: the labelled pairs (tests/gold/source-parties.json, keyed by the Reuters file each build is of, FILE =
 * reut2-005 …) still shown as participants in these builds, by label.
 *
 * GRAPHs are `chronicle extract --json` builds of train text (Reuters stories past the first 3,000, stories 0–899,
 * the stories of tests/gold/unseen-draws.json removed first); only pages whose key lies in the train half of
 * eval/pages.ts's order are read (eval/event-participants.ts `trainPairs`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { graphsOf, trainPairs, type ParticipantPair } from './event-participants.ts';
import { datelineLength } from '../src/extract/dateline.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A reporting verb right after the name (its short form, legal form or a few words of its own between). */
const SAYS_AFTER = /^(?:\s*\([^()]{1,20}\))?(?:\s*<[^>]*>)?(?:\s+(?:news\s+agency|newspaper|daily|spokesman|spokeswoman|officials?|analysts?|sources?))?\s+(?:said|says|reported|reports|told|quoted|announced)\b/i;
/** Who speaks for a body, before its name ("a spokesman for", "an analyst at", "officials of"). */
const VOICE_BEFORE = /\b(?:spokesm[ae]n|spokeswom[ae]n|officials?|analysts?|economists?|executives?|sources?|managers?|dealers?|traders?|director|president|chairman)\s+(?:for|at|of|with)\s+(?:the\s+)?$/i;
/** A voice's noun after the name ("X spokesman Bob Ray said", "X analyst Ann Lee"). */
const VOICE_AFTER = /^(?:\s*['’]s)?\s+(?:spokesm[ae]n|spokeswom[ae]n|officials?|analysts?|economists?|sources?|executives?)\b/i;
/** After the reporting verb: a pronoun standing for the speaker ("said it", "said its"): its own affairs. */
const OWN_AFTER = /^\s+(?:\w+day\s+)?(?:that\s+)?(?:it|its|they|their|he|she|his|her|we|our)\b/i;

export type Construction = 'according-to' | 'told' | 'opening-says-own' | 'opening-says' | 'closing-says' | 'voice-of' | 'none';

/** How the participant's quote sets it as a possible source, if it does. */
export function constructionOf(p: Pick<ParticipantPair, 'name' | 'quote'>): Construction {
  const at = p.quote.indexOf(p.name);
  if (at < 0) return 'none';
  const before = p.quote.slice(0, at);
  const after = p.quote.slice(at + p.name.length);
  if (/\baccording\s+to\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) return 'according-to';
  if (/\btold\s+(?:the\s+)?$/i.test(before)) return 'told';
  if (VOICE_BEFORE.test(before) || VOICE_AFTER.test(after)) return 'voice-of';
  const says = SAYS_AFTER.exec(after);
  if (!says) return 'none';
  const body = before.slice(Math.min(before.length, datelineLength(p.quote)));
  if (/^[\s"“(]*(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}$/iu.test(body)) return OWN_AFTER.test(after.slice(says[0].length)) ? 'opening-says-own' : 'opening-says';
  return /,["”]?\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(before) ? 'closing-says' : 'none';
}

function pairsOf(args: string[]): (ParticipantPair & { construction: Construction })[] {
  return graphsOf(args).flatMap(([set, g]) => trainPairs(set, g)).map((p) => ({ ...p, construction: constructionOf(p) }));
}

function count(args: string[]): void {
  const pairs = pairsOf(args);
  const by = new Map<string, number>();
  for (const p of pairs) by.set(p.construction, (by.get(p.construction) ?? 0) + 1);
  console.log(`${pairs.length} train participants: ${[...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

function list(seed: string, n: number, kind: string | undefined, args: string[]): void {
  const pairs = pairsOf(args).filter((p) => (kind ? p.construction === kind : p.construction !== 'none'));
  const drawn = pairs.map((p) => [sha(`${seed}\t${p.set}|${p.article}|${p.sentence}|${p.name}`), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, n);
  console.log(`${pairs.length} source-like train participants; ${drawn.length} drawn (seed ${seed})`);
  for (const [i, [, p]] of drawn.entries()) {
    console.log(`\n#${i + 1} {"set": "${p.set}", "article": "${p.article}", "sentence": "${p.sentence}", "name": ${JSON.stringify(p.name)}}  [${p.type}] ${p.construction}`);
    console.log(`  ${p.quote}`);
  }
}

function check(file: string, args: string[]): void {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { items: { file: string; article: string; sentence: string; name: string; label: string }[] };
  const shown = new Set(pairsOf(args).map((p) => `${p.set}|${p.article}|${p.sentence}|${p.name}`));
  const built = new Set(args.map((a) => a.split('=')[0]));
  const by = new Map<string, [number, number]>();
  for (const j of gold.items.filter((i) => built.has(i.file))) {
    const c = by.get(j.label) ?? [0, 0];
    c[shown.has(`${j.file}|${j.article}|${j.sentence}|${j.name}`) ? 0 : 1]++;
    by.set(j.label, c);
  }
  for (const [label, [still, gone]] of [...by].sort()) console.log(`${label}: ${still} still shown, ${gone} no longer shown as written`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'count') count(rest);
else if (command === 'check' && rest.length >= 2) check(rest[0]!, rest.slice(1));
else if (command === 'list' && rest.length >= 3) {
  const kind = rest[2]!.includes('=') ? undefined : rest[2];
  list(rest[0]!, Number(rest[1]), kind, rest.slice(kind ? 3 : 2));
} else console.error('usage: source-parties.ts count SET=GRAPH … | list SEED N [CONSTRUCTION] SET=GRAPH … | check GOLD FILE=GRAPH …');
