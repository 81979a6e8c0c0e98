/**
 * `npm run build-countries`: builds src/resolve/events/countries.json, each country's names (common, official, the
 * longer alternative spellings, and "US"/"UK") and its English demonyms, from the world-countries package, with the
 * states of the 1980s news that package no longer lists (the Soviet Union, the two Germanys) given with their reason.
 * Read by src/resolve/events/headline-place.ts: the country a headline writes as its subject ("VENEZUELA APPROVES …")
 * that the lede writes only by a demonym ("Venezuelan president …") is a party of the news (issue 19, session 47,
 * evt107), and by src/resolve/events/demonym-posts.ts (a state written by its demonym before its post, session 51,
 * evt121: a dependent territory is marked, so that a demonym it shares is its sovereign's). Names are kept as
 * resolution compares them (lower case, no dots); demonyms as written (capitalised).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
interface Country { name: { common: string; official: string }; altSpellings: string[]; independent?: boolean; demonyms?: { eng?: { f: string; m: string } } }

/** States gone since 1987 that Reuters-21578 writes as subjects of its headlines, with why each is listed. */
const FORMER_STATES = [
  { name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'Soviets'], demonyms: ['Soviet'], reason: 'the state of the 1980s news ("SOVIETS TO PRESENT TREATY"); world-countries lists only today\'s states' },
  { name: 'West Germany', names: ['West Germany'], demonyms: ['West German'], reason: 'the state of the 1980s news ("WEST GERMANY RAISES …"); not in world-countries' },
  { name: 'East Germany', names: ['East Germany'], demonyms: ['East German'], reason: 'the state of the 1980s news; not in world-countries' },
];

/** Names and demonyms news writes for a listed country that world-countries does not give it, with why. */
const MORE_NAMES: Record<string, { names?: string[]; demonyms?: string[]; reason: string }> = {
  'United Kingdom': { names: ['Britain'], reason: 'how news writes the state ("BRITAIN SETS …"); the package gives only "Great Britain"' },
  Philippines: { demonyms: ['Philippine'], reason: 'the adjective news writes before the state\'s bodies, posts and industries ("the Philippine government", "Philippine Finance Minister"); the package gives only the people\'s "Filipino" (session 48, evt111: a title-only party of tests/gold/participants-train-s46.json)' },
};

const key = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
const pkg = path.dirname(require.resolve('world-countries/package.json'));
const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const countries = JSON.parse(readFileSync(path.join(pkg, 'countries.json'), 'utf8')) as Country[];
const rows = [
  ...countries.map((c) => ({
    name: c.name.common,
    // (Two-letter codes, "AW", are other words in text; "US" and "UK" are how headlines write two states.)
    names: [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || s === 'US' || s === 'UK'), ...(MORE_NAMES[c.name.common]?.names ?? [])],
    demonyms: [...(c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []), ...(MORE_NAMES[c.name.common]?.demonyms ?? [])],
    ...(MORE_NAMES[c.name.common] ? { reason: MORE_NAMES[c.name.common]!.reason } : {}),
    // (A dependent territory shares its sovereign's demonym, "French", "American", "Indian": a demonym is read as the
    // state's, src/resolve/events/demonym-posts.ts.)
    ...(c.independent === false ? { dependent: true } : {}),
  })),
  ...FORMER_STATES,
].map((c) => ({ ...c, names: [...new Set(c.names.map(key))].sort(), demonyms: [...new Set(c.demonyms)].sort() }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));
const table = {
  about: 'Countries by their names (lower case, no dots) and English demonyms, from world-countries and the former states listed with their reason (eval/build-countries.ts): the country a headline writes as its subject that the lede writes only by a demonym or a description is a party of the news (src/resolve/events/headline-place.ts).',
  source: `world-countries ${version}`,
  countries: rows,
};
writeFileSync(path.join(ROOT, 'src/resolve/events/countries.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`${rows.length} countries (${FORMER_STATES.length} former states) from world-countries ${version}`);
