/**
 * `node --import tsx eval/build-demonym-countries.ts`: builds eval/demonym-countries.json, each country's English demonyms
 * ("Danish", "Brazilian") with the names news gives the country ("Denmark", "Kingdom of Denmark", "Brazil"), from the
 * world-countries package the gazetteers are built from (eval/build-gazetteers.ts: the same names as its COUNTRY list,
 * two-letter codes left out but "UK" and "US"). A lede tells a country's government by its demonym ("the Danish
 * government said …") where its headline names the country: the table says which country the demonym is of,
 * for eval/headline-parties.ts's listing of pages whose headline's party is missing. A demonym two states share
 * ("Dominican", "Congolese") is left out; one a state shares with its territories is the state's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(ROOT, 'node_modules/world-countries');
interface Country { name: { common: string; official: string }; altSpellings: string[]; unMember: boolean; demonyms?: { eng?: { f: string; m: string } } }
const data = JSON.parse(readFileSync(path.join(pkg, 'countries.json'), 'utf8')) as Country[];
const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;

const byDemonym = new Map<string, { names: string[]; member: boolean }[]>();
for (const c of data) {
  const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || s === 'UK' || s === 'US')])];
  for (const d of new Set(c.demonyms?.eng ? [c.demonyms.eng.f, c.demonyms.eng.m] : [])) byDemonym.set(d, [...(byDemonym.get(d) ?? []), { names, member: c.unMember }]);
}
const countries: Record<string, string[]> = {};
// A demonym a state shares with its territories ("French", "American", "Norwegian") is the one UN member's.
const whose = (of: { names: string[]; member: boolean }[]) => (of.length === 1 ? of : of.filter((c) => c.member));
for (const [d, of] of [...byDemonym].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (whose(of).length === 1 && /^\p{Lu}\p{Ll}+$/u.test(d)) countries[d] = whose(of)[0]!.names;
const table = {
  about: "Each country's English demonym (one word, one country) → the names news gives that country, from world-countries (eval/build-demonym-countries.ts).",
  source: `world-countries ${version}`,
  countries,
};
writeFileSync(path.join(ROOT, 'eval/demonym-countries.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`${Object.keys(countries).length} demonyms from world-countries ${version}; ${[...byDemonym].filter(([, of]) => whose(of).length > 1).map(([d]) => d).join(', ')} shared, left out`);
