/**
 * `node --import tsx eval/and-runs.ts draw|check SEED N FILE...` (FILE: reut2-0NN.sgm past the eval archive's first
 * 3,000 stories): capitalised runs joined at "and", "&", "of" or "for" ("Securities and Exchange Commission", "Texas
 * and Oklahoma", "Bank of Pella") in Reuters-21578 TRAIN articles (eval/pages.ts's split read on the article id) of
 * stories 0-899 of each file (900-999 are the HOLD and never-read slices), never a story of
 * tests/gold/unseen-draws.json, and how the name reader reads each junction today (whole or parted).
 * - `draw`: the N junctions first by sha256 of "SEED|article|run|k" not yet labelled in tests/gold/and-runs.json
 *   (`AND_RUNS_CONNECTORS=and,&` draws those connectors only; `AND_RUNS_SHOW=1` adds the paragraph, to the terminal only, for judging).
 * - `check`: every labelled junction with the reader's reading and the joiner's odds (src/extract/joiner.ts):
 *   by kind, the reader's whole/parted against the label.
 * Labels (ids, the sides as written, no sentence): `one` (the junction is inside one name), `two` (two names), `list`
 * (items of a list of three or more), each with `left` and `right`, the name words on each side of the junction as the
 * joiner is asked them (for `one`, the name's words before and after; else the nearer two names).
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../src/ingest/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { joinOdds, joinerProbe } from '../src/extract/joiner.ts';
import { CORPUS, parseReutersSgml, storyFileName, storyFileText } from '../bench/corpora.ts';
import { order } from './pages.ts';
import type { IngestedArticle, InputFile } from '../src/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const AND_RUNS_GOLD = path.join(ROOT, 'tests', 'gold', 'and-runs.json');
const FIRST_FILES = new Set(['reut2-000.sgm', 'reut2-001.sgm', 'reut2-002.sgm']);
const STORIES = 900;

export interface AndRunLabel {
  article: string;
  run: string;
  k: number;
  connector: string;
  label: 'one' | 'two' | 'list' | 'title';
  drawn: string;
  left: string;
  right: string;
}
export interface Junction {
  article: string;
  paragraph: string;
  run: string;
  k: number;
  connector: string;
  /** Offsets of the words next to the connector, in the paragraph. */
  leftEnd: number;
  rightStart: number;
  runStart: number;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{N}.'-]*`;
const RUN = new RegExp(`${WORD}(?:(?: (?:and|&|of|for|of the))? ${WORD})*`, 'gu');
const JUNCTION = / (and|&|of|for|of the) (?=\p{Lu})/gu;

/** The story numbers of the lead's blind unseen draws: never drawn, labelled or read here. */
function unseenStories(): Set<string> {
  const draws = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', 'unseen-draws.json'), 'utf8')) as { draws: Record<string, { stories: string[] }> };
  return new Set(Object.values(draws.draws).flatMap((d) => d.stories));
}

/** The train articles of stories 0-899 of the files, unseen draws left out. */
export function trainArticles(files: readonly string[]): IngestedArticle[] {
  const unseen = unseenStories();
  const input: InputFile[] = [];
  for (const file of files) {
    if (FIRST_FILES.has(file)) throw new Error(`${file}: the eval archive's own stories`);
    const stories = parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1')).slice(0, STORIES);
    for (const story of stories) {
      if (unseen.has(story.newId.padStart(5, '0'))) continue;
      const name = `${file.replace(/\.sgm$/, '')}/${storyFileName(story)}`;
      input.push({ file: name, bytes: Buffer.from(storyFileText(story)) });
    }
  }
  return ingestFiles(input).articles.filter((a) => order(a.id).split === 'train');
}

export function junctionsOf(article: IngestedArticle): Junction[] {
  const out: Junction[] = [];
  for (const p of article.paragraphs) {
    for (const m of p.text.matchAll(RUN)) {
      let k = 0;
      for (const j of m[0].matchAll(JUNCTION)) {
        const at = m.index! + j.index!;
        out.push({ article: article.id, paragraph: p.id, run: m[0], k: k++, connector: j[1]!, leftEnd: at, rightStart: at + j[0].length, runStart: m.index! });
      }
    }
  }
  return out;
}

/** The article's text as the name reader reads it (src/extract/entities/extract.ts `body`). */
const bodyOf = (a: IngestedArticle) => a.paragraphs.map((p) => p.text).join('\n');

const junctionKey = (j: Pick<Junction, 'article' | 'run' | 'k'>) => `${j.article}\t${j.run}\t${j.k}`;

/** 'whole' when one name the reader makes holds the words on both sides of the junction. */
export function readerReads(article: IngestedArticle, junctions: readonly Junction[]): Map<string, 'whole' | 'parted'> {
  const sentences = splitSentences(article.paragraphs);
  const mentions = extractEntities(article, sentences);
  return new Map(junctions.map((j) => [junctionKey(j), mentions.some((m) => m.paragraph === j.paragraph && m.start < j.leftEnd && m.end > j.rightStart) ? 'whole' : 'parted']));
}

const hashed = (seed: string, key: string) => createHash('sha256').update(`${seed}|${key}`).digest('hex');

export function readGold(): { about: string; labels: AndRunLabel[] } {
  return existsSync(AND_RUNS_GOLD) ? JSON.parse(readFileSync(AND_RUNS_GOLD, 'utf8')) : { about: '', labels: [] };
}

function draw(seed: string, n: number, files: readonly string[]): void {
  const labelled = new Set(readGold().labels.map(junctionKey));
  const articles = trainArticles(files);
  const all = articles.flatMap(junctionsOf);
  const byConnector = new Map<string, number>();
  for (const j of all) byConnector.set(j.connector, (byConnector.get(j.connector) ?? 0) + 1);
  console.log(`# ${articles.length} train articles, ${all.length} junctions: ${[...byConnector].sort().map(([c, x]) => `"${c}" ${x}`).join(', ')}`);
  const only = process.env.AND_RUNS_CONNECTORS?.split(',');
  const drawn = all.filter((j) => !labelled.has(junctionKey(j)) && (!only || only.includes(j.connector))).sort((a, b) => hashed(seed, junctionKey(a)).localeCompare(hashed(seed, junctionKey(b)))).slice(0, n);
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  for (const j of drawn) {
    const article = byArticle.get(j.article)!;
    const read = readerReads(article, [j]).get(junctionKey(j));
    const text = article.paragraphs.find((p) => p.id === j.paragraph)!.text;
    console.log(`${j.article}\t${j.k}\t${j.connector}\t${read}\t${j.run}${process.env.AND_RUNS_SHOW ? `\t«${text.slice(Math.max(0, j.runStart - 80), j.runStart + j.run.length + 80)}»` : ''}`);
  }
}

function check(files: readonly string[]): void {
  const gold = readGold().labels;
  const wanted = new Map(gold.map((l) => [junctionKey(l), l]));
  const articles = trainArticles(files).filter((a) => gold.some((l) => l.article === a.id));
  const rows: { label: AndRunLabel; read: string; odds: number }[] = [];
  for (const article of articles) {
    const js = junctionsOf(article).filter((j, n, all) => wanted.has(junctionKey(j)) && all.findIndex((x) => junctionKey(x) === junctionKey(j)) === n);
    const reads = readerReads(article, js);
    for (const j of js) {
      const label = wanted.get(junctionKey(j))!;
      rows.push({ label, read: reads.get(junctionKey(j))!, odds: joinOdds(label.left.split(' '), label.right.split(' '), bodyOf(article)) });
    }
  }
  console.log(`labelled junctions met: ${rows.length} of ${gold.length}`);
  for (const c of [...new Set(rows.map((r) => r.label.connector))].sort()) {
    const of = rows.filter((r) => r.label.connector === c);
    const cell = (label: string, read: string) => of.filter((r) => (label === 'one' ? r.label.label === 'one' : r.label.label !== 'one') && r.read === read).length;
    console.log(`  "${c}": ${of.length}; one name ${of.filter((r) => r.label.label === 'one').length} (read whole ${cell('one', 'whole')}, parted ${cell('one', 'parted')}); two or a list ${of.filter((r) => r.label.label !== 'one').length} (read whole ${cell('two', 'whole')}, parted ${cell('two', 'parted')})`);
  }
  if (process.env.AND_RUNS_ROWS) for (const r of rows) console.log(`${r.odds.toFixed(2)}\t${r.read}\t${r.label.label}\t${r.label.connector}\t${r.label.left} | ${r.label.right}`);
}

/**
 * The labelled "and" junctions the joiner is asked about where the name reader meets them (the rules decide the rest:
 * "and Co", a trade's "and"), with the sides as the reader gives them and their article's text (training text for
 * eval/train-joiner.ts).
 */
export function labelledAnds(): { label: AndRunLabel; before: string[]; after: string[]; body: string }[] {
  const gold = readGold().labels.filter((l) => l.connector === 'and');
  const files = [...new Set(gold.map((l) => `${l.article.slice(0, 9)}.sgm`))].sort();
  const out: { label: AndRunLabel; before: string[]; after: string[]; body: string }[] = [];
  for (const article of trainArticles(files).filter((a) => gold.some((l) => l.article === a.id))) {
    const asked: string[][][] = [];
    joinerProbe.report = (before, after) => asked.push([[...before], [...after]]);
    try {
      extractEntities(article, splitSentences(article.paragraphs));
    } finally {
      joinerProbe.report = undefined;
    }
    for (const label of gold.filter((l) => l.article === article.id)) {
      const [left, right] = [label.left.split(' ').at(-1), label.right.split(' ')[0]];
      const met = asked.find(([b, a]) => b!.at(-1) === left && a![0] === right);
      if (met) out.push({ label, before: met[0]!, after: met[1]!, body: bodyOf(article) });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, seed, n, ...files] = process.argv.slice(2);
  if (mode === 'draw') draw(seed!, Number(n), files);
  else if (mode === 'check') check([n!, ...files].filter((f) => f && f !== '-'));
  else throw new Error('draw SEED N FILE... | check - FILE...');
}
