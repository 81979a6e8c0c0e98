/**
 * `node --import tsx eval/single-mention-draw.ts [N]`: a seeded random draw of N (40 unless told) not yet judged
 * single-mention entity pages per eval archive, of the TRAIN split (eval/pages.ts `order`), for judging whether they
 * are names at all (issue 15, session 42, ent76; tests/gold/single-mention-draw.json). Reads the graph.json that
 * `npm run eval:pages` last wrote. The order is sha256 of `SEED|key` (`SINGLE_DRAW_SEED`, ent76-s42 unless told), so
 * the draw does not depend on the page model's odds. Prints each drawn page's key, type, confidence and the words
 * around its mention, for the judge only (nothing is written). The eval archives hold Reuters' first 3,000 stories
 * and BBC, none of tests/gold/unseen-draws.json; the draw checks it.
 *
 * `node --import tsx eval/single-mention-draw.ts N GRAPH [SLICE]`: the same draw over a built slice of Reuters stories
 * past the first 3,000 (`holdout.ts prep reuters-unlabelled`, then `chronicle extract --json GRAPH`): every
 * single-mention page of it, not yet judged in tests/gold/pages-SLICE.json (`reuters-fresh` unless told), is drawn (the
 * slice has no dev or test keys; its judgments all train the page model), and none may be a story of an unseen draw
 * (issue 15, session 44, ent81).
 *
 * `SINGLE_DRAW_WEIGHTED=1` (session 45, ent82): every page instead of the single-mention ones, drawn as a reader meets
 * them — weighted by its mentions, without replacement (the key of each page is −ln(u)/mentions, u from sha256 of
 * `SEED|key`, smallest first) — leaving out the pages judged already; up to three of its sentences are printed.
 * `SINGLE_DRAW_UNLABELLED=1` with it, on the eval archives: only train keys of BBC articles that no file of tests/gold/
 * or eval/*.json names (no judged page of theirs, no label of any kind).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { entityKey, FRESH, FRESH_SLICES, judgmentKey, order, readJudgments } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.env.SINGLE_DRAW_SEED ?? 'ent76-s42';
const N = Number(process.argv[2] ?? 40);
const WEIGHTED = !!process.env.SINGLE_DRAW_WEIGHTED;

/** The stories of the lead's blind unseen draws (Reuters NEWIDs), never drawn from. */
function unseenStories(): Set<string> {
  const file = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', 'unseen-draws.json'), 'utf8')) as { draws: Record<string, { stories: string[] }> };
  return new Set(Object.values(file.draws).flatMap((d) => d.stories));
}

/** Every BBC article id ("business-001") a file of tests/gold/ or eval/*.json names: a label of any kind is there. */
function labelledBbcArticles(): Set<string> {
  const seen = new Set<string>();
  for (const dir of [path.join(ROOT, 'tests', 'gold'), path.join(ROOT, 'eval')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/\b(business|entertainment|politics|sport|tech)-(\d{3})\b/g)) seen.add(`${m[1]}-${m[2]}`);
    }
  }
  return seen;
}

const uniform = (key: string) => (createHash('sha256').update(`${SEED}|${key}`).digest().readUInt32BE(0) + 0.5) / 2 ** 32;
/** The draw's order: sha256 alone, or (weighted) −ln(u)/weight, so a page of w mentions comes w times as soon. */
const rankOf = (key: string, weight: number) => (WEIGHTED ? -Math.log(uniform(key)) / weight : uniform(key));

function draw(corpus: string, unseen: Set<string>, file = path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json')): void {
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson);
  const judged = readJudgments(corpus);
  const fresh = FRESH_SLICES.includes(corpus);
  const unlabelled = process.env.SINGLE_DRAW_UNLABELLED ? labelledBbcArticles() : undefined;
  const drawn = graph.entities
    .filter((e) => WEIGHTED || e.mentions.length === 1)
    .map((e) => ({ e, article: entityKey(e).article, key: judgmentKey(entityKey(e).article, entityKey(e).name) }))
    .filter((x) => (fresh || order(x.key).split === 'train') && !judged.has(x.key) && !unlabelled?.has(x.article))
    .map((x) => ({ ...x, rank: rankOf(x.key, x.e.mentions.length) }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .slice(0, N);
  for (const { e, key } of drawn) {
    const story = /(\d{5})$/.exec(key.split('\t')[0]!)?.[1];
    if (story && corpus !== 'bbc' && unseen.has(story)) throw new Error(`${key}: a story of an unseen draw`);
    const sentences = [...new Set(e.mentions.map((m) => (m.sentence ?? '').replace(/\s+/g, ' ')))].slice(0, WEIGHTED ? 3 : 1);
    console.log(`${corpus}\t${key}\t[${e.type}] conf ${e.confidence ?? 1} mentions ${e.mentions.length}\n${sentences.map((s) => `    ${s}`).join('\n')}`);
  }
}

const unseen = unseenStories();
if (process.argv[3]) draw(process.argv[4] ?? FRESH, unseen, path.resolve(process.argv[3]));
else for (const corpus of process.env.SINGLE_DRAW_UNLABELLED ? ['bbc'] : ['reuters', 'bbc']) draw(corpus, unseen);
