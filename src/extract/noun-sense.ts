/**
 * The kind of thing a common noun names: WordNet's lexicographer file (`group`, `location`, `person`, `quantity`, ...)
 * of its senses SemCor tags most (src/extract/noun-senses.json, eval/build-noun-senses.ts). Read by the type model
 * (type-model.ts `senseFeatures`) and the lede-kind model (src/extract/lede-kind.ts: the subject's and the predicate's
 * kind: "sales" a possession, "forecast" a cognition). Its own module, in the extraction (the earlier stage), so the
 * extraction reads it without the type model and the type model reads it as it reads the extraction's other word tables.
 */
import { shippedJson } from '../util/shipped-json.ts';

let nounSenses: Map<string, string> | null = null;
/** The kind of thing a common noun names (WordNet's lexicographer file: `group`, `location`, `person`, ...; src/extract/noun-senses.json). */
export function nounSense(word: string): string | undefined {
  nounSenses ??= new Map((shippedJson(new URL('./noun-senses.json', import.meta.url)) as { senses: string[] }).senses.map((line) => line.split(' ') as [string, string]));
  return nounSenses.get(word);
}
