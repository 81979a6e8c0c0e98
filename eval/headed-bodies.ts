/**
 * `node --import tsx eval/headed-bodies.ts points|check FILE...` (FILE: reut2-0NN.sgm, never one of the first 3,000
 * stories that `npm run eval:pages` reads): the decision points of src/extract/entities/longer-spans.ts `joinHeadedBodies` — the
 * rules' name and a body's name with its head word side by side across "for the", "of the", "of", "and" or a list —
 * on Reuters-21578 TRAIN articles (eval/pages.ts's split read on the article id, as eval/train-span-choice.ts
 * `isTrain` reads it) of stories 0-899 of each file (stories 900-999 are the HOLD and never-read slices).
 * - `points`: lists the points not yet labelled (`HEADED_SHOW=1` adds the sentence, to the terminal only, for judging).
 * - `check`: the rule's joins against tests/gold/headed-bodies.json (ids, the pieces and the longer span as written,
 *   `isLonger` true when the longer span is the name; no sentence), by kind (link and head side), and held out by
 *   article in 5 folds: a kind is joined in a fold when the other folds' labels of that kind are one name 9 in 10.
 */
import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { headedProbe, type HeadedPoint } from '../src/extract/entities.ts';
import { CORPUS, parseReutersSgml, storyFileName, storyFileText } from '../bench/corpora.ts';
import { judgmentKey, order } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'tests', 'gold', 'headed-bodies.json');
const FIRST_FILES = new Set(['reut2-000.sgm', 'reut2-001.sgm', 'reut2-002.sgm']);
const STORIES = 900;
const FOLDS = 5;

export interface HeadedLabel {
  article: string;
  pieces: string[];
  longer: string;
  isLonger: boolean;
}
interface Found extends HeadedPoint {
  article: string;
  context: string;
}

const labelKey = (l: Pick<HeadedLabel, 'article' | 'pieces' | 'longer'>) => `${l.article}\t${l.longer}\t${l.pieces.join('|')}`;
/** As eval/train-span-choice.ts: a train article, and no key of the point where the dev or test samples are drawn. */
const outOfSamples = (key: string) => order(key).split === 'train' || order(key).rank >= 2 ** 29;
const isTrain = (article: string, p: Pick<HeadedPoint, 'pieces' | 'longer'>) => order(article).split === 'train' && [p.longer, ...p.pieces].every((x) => outOfSamples(judgmentKey(article, x)));
const kindOf = (p: Pick<HeadedPoint, 'kind'>) => p.kind;

async function points(files: readonly string[]): Promise<Found[]> {
  const dir = path.join(os.tmpdir(), `headed-bodies-${process.pid}`);
  const out: Found[] = [];
  try {
    for (const file of files) {
      if (FIRST_FILES.has(file)) throw new Error(`${file}: the eval archive's own stories`);
      const folder = path.join(dir, file.replace(/\.sgm$/, ''));
      mkdirSync(folder, { recursive: true });
      for (const story of parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1')).slice(0, STORIES)) writeFileSync(path.join(folder, storyFileName(story)), storyFileText(story));
    }
    const { files: input } = await readInputFolder(dir);
    for (const article of ingestFiles(input).articles) {
      if (order(article.id).split !== 'train') continue;
      const asked: HeadedPoint[] = [];
      headedProbe.report = (p) => asked.push(p);
      try {
        extractArticle(article);
      } finally {
        headedProbe.report = undefined;
      }
      for (const p of asked) {
        if (!isTrain(article.id, p)) continue;
        const paragraph = article.paragraphs.find((x) => x.id === p.paragraph)?.text ?? '';
        out.push({ ...p, article: article.id, context: paragraph.slice(Math.max(0, p.start - 100), p.end + 100) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const hashed = (s: string) => createHash('sha256').update(`headed|${s}`).digest().readUInt32BE(0);

async function main() {
  const [mode, ...files] = process.argv.slice(2);
  const gold: { about: string; labels: HeadedLabel[] } = existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')) : { about: '', labels: [] };
  const labelled = new Map(gold.labels.map((l) => [labelKey(l), l]));
  const found = await points(files);
  if (mode === 'points') {
    const seen = new Set<string>();
    for (const p of found) {
      if (labelled.has(labelKey(p)) || seen.has(labelKey(p))) continue;
      seen.add(labelKey(p));
      console.log(`${p.article}\t${kindOf(p)}\t${p.joins ? 'JOIN' : 'keep'}\t${p.pieces.join(' | ')}\t=> ${p.longer}${process.env.HEADED_SHOW ? `\t«${p.context.replace(/\s+/g, ' ')}»` : ''}`);
    }
    console.log(`# ${found.length} train points, ${seen.size} unlabelled; ${labelled.size} labels on file`);
    return;
  }
  if (mode !== 'check') throw new Error('points or check');
  const met = new Map<string, { p: Found; label: HeadedLabel }>();
  for (const p of found) {
    const label = labelled.get(labelKey(p));
    if (label && !met.has(labelKey(p))) met.set(labelKey(p), { p, label });
  }
  const data = [...met.values()];
  const kinds = [...new Set(data.map((d) => kindOf(d.p)))].sort();
  console.log(`labelled points met: ${data.length} of ${gold.labels.length}`);
  for (const kind of kinds) {
    const of = data.filter((d) => kindOf(d.p) === kind);
    const joined = of.filter((d) => d.p.joins);
    console.log(`  ${kind}: ${of.filter((d) => d.label.isLonger).length} of ${of.length} one name; the rule joins ${joined.length}, right ${joined.filter((d) => d.label.isLonger).length}; kept ${of.length - joined.length}, right ${of.filter((d) => !d.p.joins && !d.label.isLonger).length}`);
  }
  // Held out: a kind is joined in a fold when the other folds' labels of that kind are one name 9 in 10 (5 or more).
  let taken = 0;
  let right = 0;
  for (let f = 0; f < FOLDS; f++) {
    const rest = data.filter((d) => hashed(d.p.article) % FOLDS !== f);
    for (const d of data.filter((x) => hashed(x.p.article) % FOLDS === f)) {
      const same = rest.filter((x) => kindOf(x.p) === kindOf(d.p));
      if (same.length >= 5 && same.filter((x) => x.label.isLonger).length >= 0.9 * same.length) {
        taken++;
        if (d.label.isLonger) right++;
      }
    }
  }
  console.log(`held out by article (${FOLDS} folds, a kind joined at 9 in 10 of the other folds): joined ${taken}, right ${right}; one name in all ${data.filter((d) => d.label.isLonger).length}`);
}

await main();
