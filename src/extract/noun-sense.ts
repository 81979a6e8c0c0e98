/**
 * The kind of thing a common noun names: WordNet's lexicographer file (`group`, `location`, `person`, `quantity`, ...)
 * of its senses SemCor tags most (src/extract/noun-senses.json, eval/build-noun-senses.ts). Read by the type model
 * (type-model.ts `senseFeatures`) and the lede-kind model (src/extract/lede-kind.ts: the subject's and the predicate's
 * kind: "sales" a possession, "forecast" a cognition). Its own module, in the extraction (the earlier stage), so the
 * extraction reads it without the type model and the type model reads it as it reads the extraction's other word tables.
 * And (session 42, evt94) the kind of doing a verb form tells, the same way (src/extract/verb-senses.json,
 * eval/build-verb-senses.ts: `stative`, `change`, `motion`, `communication`, ...), read by the lede-kind model.
 */
import { shippedJson } from '../util/shipped-json.ts';

/** A shipped WordNet table of `word kind` lines, read once when first asked (a `new URL` literal each: code-version.ts follows them). */
function senseTable(file: URL): (word: string) => string | undefined {
  let table: Map<string, string> | null = null;
  return (word) => {
    table ??= new Map((shippedJson(file) as { senses: string[] }).senses.map((line) => line.split(' ') as [string, string]));
    return table.get(word);
  };
}

/** The kind of thing a common noun names (WordNet's lexicographer file: `group`, `location`, `person`, ...; src/extract/noun-senses.json). */
export const nounSense = senseTable(new URL('./noun-senses.json', import.meta.url));
/** The kind of doing a verb form tells (WordNet's lexicographer file: `stative`, `change`, `motion`, ...; src/extract/verb-senses.json). */
export const verbSense = senseTable(new URL('./verb-senses.json', import.meta.url));
