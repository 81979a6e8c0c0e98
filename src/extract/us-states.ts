/**
 * U.S. states as news abbreviates them after a city: "NEWTON, Mass., April 8 -", "ST. PAUL, MINN", "based in
 * Malvern, Pa.". Wire stories of the 1980s write thousands of them; read alone, "Pa" is a person and "Mich" a firm.
 * The abbreviations are the Washington Post's style, close to AP's, from the us-abbreviations package (its data
 * file; states whose name is not abbreviated, "Ohio", "Iowa", are names already).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rows = require('us-abbreviations/src/abbreviations.json') as { full: string; post: string; postal: string }[];

/** "Calif.", "CALIF", "calif" alike. */
const key = (abbreviation: string) => abbreviation.toLowerCase().replace(/\.$/, '');

const STATE_BY_ABBREVIATION = new Map(rows.filter((r) => r.post !== r.full).map((r) => [key(r.post), r.full]));
/** The postal codes, as written: "North Brunswick, NJ" (never "in", "or", "me"). */
const STATE_BY_POSTAL_CODE = new Map(rows.map((r) => [r.postal, r.full]));

/** The state an abbreviation names ("Mass." → "Massachusetts", "NJ" → "New Jersey"), or undefined. */
export function stateNamed(abbreviation: string): string | undefined {
  return STATE_BY_POSTAL_CODE.get(abbreviation) ?? STATE_BY_ABBREVIATION.get(key(abbreviation));
}

const STATE_NAMES = new Set(rows.map((r) => r.full));
/** Whether the words are a U.S. state's full name ("Texas", "New York"). */
export const isStateName = (name: string) => STATE_NAMES.has(name);
