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
import { connectorProbe } from '../src/extract/entities/connectors.ts';
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
  /** 'dev' for a junction of a dev article (drawn to choose the joiner's bar, never fitted on); train when absent. */
  split?: 'dev';
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

/** The train (or dev) articles of stories 0-899 of the files, unseen draws left out. */
export function trainArticles(files: readonly string[], split: 'train' | 'dev' = 'train'): IngestedArticle[] {
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
  return ingestFiles(input).articles.filter((a) => order(a.id).split === split);
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

/**
 * How the reader reads each junction: 'whole' when one name it makes holds the words on both sides, and the rules that
 * decided its connector (src/extract/entities/connectors.ts `connectorProbe`; 'no rule' where none was asked: a
 * partnership's list, a side that opens no name, a function word after "and").
 */
export function readerReads(article: IngestedArticle, junctions: readonly Junction[]): Map<string, { read: 'whole' | 'parted'; rules: string; sides?: [string, string] }> {
  const sentences = splitSentences(article.paragraphs);
  const decided: { end: number; start: number; rule: string; sides: [string, string] }[] = [];
  connectorProbe.report = (before, _connector, after, d) => {
    const words = (ts: readonly { text: string }[]) => ts.map((t) => t.text).join(' ');
    decided.push({ end: before.at(-1)!.end, start: after[0]!.start, rule: `${d.rule}:${d.join ?? 'parts'}`, sides: [words(before[0]!.text === 'The' && before.length > 1 ? before.slice(1) : before), words(after)] });
  };
  let mentions;
  try {
    mentions = extractEntities(article, sentences);
  } finally {
    connectorProbe.report = undefined;
  }
  return new Map(
    junctions.map((j) => {
      const whole = mentions.some((m) => m.paragraph === j.paragraph && m.start < j.leftEnd && m.end > j.rightStart);
      const at = decided.filter((d) => d.end === j.leftEnd && d.start === j.rightStart);
      const rules = [...new Set(at.map((d) => d.rule))].join(',') || 'no rule';
      return [junctionKey(j), { read: whole ? 'whole' : 'parted', rules, ...(at.length ? { sides: at.at(-1)!.sides } : {}) }];
    }),
  );
}

const hashed = (seed: string, key: string) => createHash('sha256').update(`${seed}|${key}`).digest('hex');

export function readGold(): { about: string; labels: AndRunLabel[] } {
  return existsSync(AND_RUNS_GOLD) ? JSON.parse(readFileSync(AND_RUNS_GOLD, 'utf8')) : { about: '', labels: [] };
}

/**
 * `AND_RUNS_SPLIT=dev` draws from dev articles (to choose the joiner's bar); `AND_RUNS_ASKED=1` keeps, in the draw's
 * order, only the junctions whose "and" the joiner decides (the rules decide the rest), with the sides it is asked.
 */
function draw(seed: string, n: number, files: readonly string[]): void {
  const labelled = new Set(readGold().labels.map(junctionKey));
  const split = process.env.AND_RUNS_SPLIT === 'dev' ? 'dev' : 'train';
  const articles = trainArticles(files, split);
  const all = articles.flatMap(junctionsOf);
  const byConnector = new Map<string, number>();
  for (const j of all) byConnector.set(j.connector, (byConnector.get(j.connector) ?? 0) + 1);
  console.log(`# ${articles.length} ${split} articles, ${all.length} junctions: ${[...byConnector].sort().map(([c, x]) => `"${c}" ${x}`).join(', ')}`);
  const only = process.env.AND_RUNS_CONNECTORS?.split(',');
  const ordered = all.filter((j) => !labelled.has(junctionKey(j)) && (!only || only.includes(j.connector))).sort((a, b) => hashed(seed, junctionKey(a)).localeCompare(hashed(seed, junctionKey(b))));
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  let kept = 0;
  for (const j of ordered) {
    if (kept === n) break;
    const article = byArticle.get(j.article)!;
    const read = readerReads(article, [j]).get(junctionKey(j))!;
    if (process.env.AND_RUNS_ASKED && !read.rules.includes('joiner:')) continue;
    kept++;
    const text = article.paragraphs.find((p) => p.id === j.paragraph)!.text;
    console.log(`${j.article}\t${j.k}\t${j.connector}\t${read.read}\t${read.rules}\t${j.run}\t${read.sides?.join(' | ') ?? ''}${process.env.AND_RUNS_SHOW ? `\t«${text.slice(Math.max(0, j.runStart - 80), j.runStart + j.run.length + 80)}»` : ''}`);
  }
}

function check(files: readonly string[]): void {
  const gold = readGold().labels;
  const wanted = new Map(gold.map((l) => [junctionKey(l), l]));
  const articles = [...trainArticles(files), ...trainArticles(files, 'dev')].filter((a) => gold.some((l) => l.article === a.id));
  const rows: { label: AndRunLabel; read: string; rules: string; odds: number }[] = [];
  for (const article of articles) {
    const js = junctionsOf(article).filter((j, n, all) => wanted.has(junctionKey(j)) && all.findIndex((x) => junctionKey(x) === junctionKey(j)) === n);
    const reads = readerReads(article, js);
    for (const j of js) {
      const label = wanted.get(junctionKey(j))!;
      rows.push({ label, ...reads.get(junctionKey(j))!, odds: joinOdds(label.left.split(' '), label.right.split(' '), bodyOf(article)) });
    }
  }
  console.log(`labelled junctions met: ${rows.length} of ${gold.length}`);
  for (const c of [...new Set(rows.map((r) => r.label.connector))].sort()) {
    const of = rows.filter((r) => r.label.connector === c);
    const cell = (label: string, read: string) => of.filter((r) => (label === 'one' ? r.label.label === 'one' : r.label.label !== 'one') && r.read === read).length;
    console.log(`  "${c}": ${of.length}; one name ${of.filter((r) => r.label.label === 'one').length} (read whole ${cell('one', 'whole')}, parted ${cell('one', 'parted')}); two or a list ${of.filter((r) => r.label.label !== 'one').length} (read whole ${cell('two', 'whole')}, parted ${cell('two', 'parted')})`);
  }
  if (process.env.AND_RUNS_ROWS) for (const r of rows) console.log(`${r.odds.toFixed(2)}\t${r.read}\t${r.rules}\t${r.label.label}\t${r.label.connector}\t${r.label.left} | ${r.label.right}`);
}

/**
 * The labelled "and" junctions the joiner is asked about where the name reader meets them (the rules decide the rest:
 * "and Co", a trade's "and"), with the sides as the reader gives them and their article's text: the train items are
 * training text for eval/train-joiner.ts, the dev items (`split: 'dev'`) are read there only to choose the bar.
 */
export function labelledAnds(split: 'train' | 'dev' = 'train'): { label: AndRunLabel; before: string[]; after: string[]; body: string }[] {
  const gold = readGold().labels.filter((l) => l.connector === 'and' && (l.split ?? 'train') === split);
  const files = [...new Set(gold.map((l) => `${l.article.slice(0, 9)}.sgm`))].sort();
  const out: { label: AndRunLabel; before: string[]; after: string[]; body: string }[] = [];
  for (const article of trainArticles(files, split).filter((a) => gold.some((l) => l.article === a.id))) {
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
