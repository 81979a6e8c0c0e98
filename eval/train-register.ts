/**
 * `npm run train-register`: learns the register model (src/extract/register.ts) from the BBC corpus's own categories
 * (business, entertainment, politics, sport, tech; ../shared/corpus/bbc, read at run time) and writes
 * src/extract/register-model.json: per category a log prior and, for the words written in lower case in at least
 * `MIN_ARTICLES` training articles, their smoothed log odds of appearing in an article of it (naive Bayes over the
 * words an article holds, each once). Words only, no text.
 *
 * Left out of its training articles: every article of a dev or test page judgment of tests/gold/pages-bbc.json (the
 * type model is measured on those names, so their articles' category must not be learnt), and files 280–299 of each
 * category (a holdout slice). Prints the held-out accuracy of a model fitted without one fifth of the rest.
 */
import path from 'node:path';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS } from '../bench/corpora.ts';
import { articleRegister, registerWords, type RegisterModel } from '../src/extract/register.ts';
import { order, readJudgments } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'extract', 'register-model.json');
const MIN_ARTICLES = 5;
/** The words kept: those whose odds differ most between the categories (the rest tell little and weigh the file). */
const KEEP_WORDS = 4000;
const HOLDOUT_FILES: readonly [number, number] = [280, 300];

interface Doc { id: string; register: string; words: Set<string> }

function readDocs(): Doc[] {
  const root = path.join(CORPUS, 'bbc');
  const measured = new Set([...readJudgments('bbc')].filter(([key]) => order(key).split !== 'train').map(([, j]) => j.article));
  const docs: Doc[] = [];
  for (const register of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    readdirSync(path.join(root, register)).sort().forEach((file, i) => {
      const id = `${register}-${file.replace(/\.txt$/, '')}`;
      if ((i >= HOLDOUT_FILES[0] && i < HOLDOUT_FILES[1]) || measured.has(id)) return;
      docs.push({ id, register, words: registerWords(readFileSync(path.join(root, register, file), 'utf8')) });
    });
  }
  return docs;
}

function fitRegister(docs: readonly Doc[]): RegisterModel {
  const registers = [...new Set(docs.map((d) => d.register))].sort();
  const n = registers.map((r) => docs.filter((d) => d.register === r).length);
  const df = new Map<string, number[]>();
  for (const d of docs) {
    const k = registers.indexOf(d.register);
    for (const w of d.words) {
      let counts = df.get(w);
      if (!counts) df.set(w, (counts = registers.map(() => 0)));
      counts[k]!++;
    }
  }
  const scored: [string, number[], number][] = [];
  for (const [w, counts] of df) {
    if (counts.reduce((a, b) => a + b, 0) < MIN_ARTICLES) continue;
    const logs = counts.map((c, k) => Math.log((c + 1) / (n[k]! + 2)));
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const odds = logs.map((x) => Math.round((x - mean) * 1000) / 1000);
    scored.push([w, odds, Math.max(...odds) - Math.min(...odds)]);
  }
  scored.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const words = Object.fromEntries(scored.slice(0, KEEP_WORDS).map(([w, odds]) => [w, odds]).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)));
  const total = docs.length;
  return {
    about: `Register model (src/extract/register.ts), written by npm run train-register: naive Bayes over the words an article writes in lower case, learnt from the categories of ${total} BBC articles (none of a dev or test page judgment, none of files 280-299). Words and weights only, no text.`,
    registers,
    prior: n.map((c) => Math.round(Math.log(c / total) * 1000) / 1000),
    words,
  };
}

function main(): void {
  const docs = readDocs();
  const held = docs.filter((_, i) => i % 5 === 0);
  const check = fitRegister(docs.filter((_, i) => i % 5 !== 0));
  const right = held.filter((d) => {
    const r = articleRegister(check, [...d.words].join(' '));
    return Object.entries(r).sort((a, b) => b[1] - a[1])[0]![0] === d.register;
  }).length;
  console.log(`${docs.length} training articles; held-out fifth accuracy ${(right / held.length).toFixed(3)} (${right}/${held.length})`);
  const model = fitRegister(docs);
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(model.words).length} words`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
