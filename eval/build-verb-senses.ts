/**
 * Builds src/extract/verb-senses.json (issue 19, session 42, evt94): the kind of doing each verb form of the word table
 * (src/extract/ner/words.json, the archive's most frequent words) tells, as WordNet's lexicographer file of its lemma's
 * senses SemCor tags most — `stative` ("remain", "hold", "lack"), `change` ("increase", "widen"), `motion` ("rise",
 * "fall"), `communication` ("say", "report"), `cognition` ("expect", "see"), `possession` ("buy", "sell"),
 * `competition` ("win"), `social`, `creation`, and so on. The lede-kind model reads the lede verb's kind
 * (src/extract/lede-kind.ts `verbSenseFeatures`): a state told with a plain verb ("prices remain firm", "X holds
 * that …"), a measure's change ("losses widened") and a party's deed ("X sold its unit") differ by it, and what the
 * model learns of "widen" it applies to "narrow" and "deepen".
 *
 * The forms are the word table's and every form of a lemma SemCor tags at least COMMON times. A form is read to its lemma by conjugating each single-word WordNet verb lemma (compromise, as
 * eval/build-state-verbs.ts does): a form two lemmas conjugate to ("found": find, found) goes to the lemma SemCor tags
 * more. Auxiliaries ("be", "have", "do") are left out: the lede's verb is read past them.
 *
 *   npm run build-verb-senses
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { commonestFile, readSenses, readVerbSynsets, senseCounts, writeWordnetTable } from './wordnet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** WordNet's verb lexicographer files by number (lexnames). */
const LEX_FILES: Record<string, string> = {
  29: 'body', 30: 'change', 31: 'cognition', 32: 'communication', 33: 'competition', 34: 'consumption', 35: 'contact',
  36: 'creation', 37: 'emotion', 38: 'motion', 39: 'perception', 40: 'possession', 41: 'social', 42: 'stative', 43: 'weather',
};
/** A lemma SemCor tags this often has all its forms in the table, in the word table or not ("narrowed", "eased"). */
const COMMON = 5;
/** The auxiliaries: a lede's verb group is read past them. */
const AUXILIARIES = new Set(['be', 'have', 'do']);

function verbSenses(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const senses = readSenses(dict, 'verb');
  const counts = senseCounts(dict, '2');
  const table = JSON.parse(readFileSync(path.join(ROOT, 'src', 'extract', 'ner', 'words.json'), 'utf8')) as { clusters: Record<string, string> };
  const words = new Set(Object.keys(table.clusters).filter((w) => /^[a-z]{2,}$/.test(w)));
  const tagged = (lemma: string) => (senses.get(lemma) ?? []).reduce((n, o) => n + (counts.get(`${lemma} ${o}`) ?? 0), 0);
  // Each form of the table to the lemma SemCor tags most among those that conjugate to it.
  const lemmaOf = new Map<string, { lemma: string; n: number }>();
  for (const lemma of [...senses.keys()].sort()) {
    if (!/^[a-z]+$/.test(lemma) || AUXILIARIES.has(lemma)) continue;
    const n = tagged(lemma);
    const conjugated = (nlp(lemma).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const form of new Set([lemma, conjugated.PresentTense, conjugated.Gerund, conjugated.PastTense, conjugated.Participle])) {
      if (!form || !/^[a-z]+$/.test(form) || !(words.has(form) || n >= COMMON)) continue;
      const was = lemmaOf.get(form);
      if (!was || n > was.n || (n === was.n && form === lemma)) lemmaOf.set(form, { lemma, n });
    }
  }
  const out: string[] = [];
  for (const [form, { lemma }] of lemmaOf) {
    const file = commonestFile(lemma, senses.get(lemma), counts, (o) => synsets.get(o)?.lexFile);
    if (file && LEX_FILES[file]) out.push(`${form} ${LEX_FILES[file]}`);
  }
  return out.sort();
}

writeWordnetTable('src/extract/verb-senses.json',
  'Verb forms of the word table (src/extract/ner/words.json) and of the verbs SemCor tags at least 5 times, with the kind of doing they tell: WordNet\'s lexicographer file (verb.stative, verb.change, verb.motion, verb.communication, ...) of their lemma\'s senses SemCor tags most (eval/build-verb-senses.ts). Read by the lede-kind model (src/extract/lede-kind.ts `verbSenseFeatures`).',
  'senses', verbSenses, 'verb forms with their kind');
