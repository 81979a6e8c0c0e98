/**
 * Names of two partners joined by "and" with no legal form after them ("Duff and Phelps", "Coopers and Lybrand"),
 * learned from unlabeled news at development time by `npm run build-partner-names` (eval/build-partner-names.ts): the
 * second partner names nothing on its own there. The tagger reads such a name as two (a person and a place, often),
 * and no rule tells it from two names joined in a list ("Egypt and Jordan"); the table does. Only the table ships.
 */
import { shippedJson } from '../util/shipped-json.ts';

/** A pair as the table writes it: both words lowercased, joined by " and ". */
export const partnerKey = (first: string, second: string) => `${first.toLowerCase()} and ${second.toLowerCase()}`;

let shipped: ReadonlySet<string> | null = null;

/** Whether news writes "first and second" as one name (the shipped table). */
export function namedAsPartners(first: string, second: string): boolean {
  shipped ??= new Set((shippedJson(new URL('./partner-names.json', import.meta.url)) as { names: string[] }).names);
  return shipped.has(partnerKey(first, second));
}
