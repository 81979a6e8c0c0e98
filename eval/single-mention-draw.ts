/**
 * `node --import tsx eval/single-mention-draw.ts [N]`: a seeded random draw of N (40 unless told) not yet judged
 * single-mention entity pages per eval archive, of the TRAIN split (eval/pages.ts `order`), for judging whether they
 * are names at all (issue 15, session 42, ent76; tests/gold/single-mention-draw.json). Reads the graph.json that
 * `npm run eval:pages` last wrote. The order is sha256 of `SEED|key` (`SINGLE_DRAW_SEED`, ent76-s42 unless told), so
 * the draw does not depend on the page model's odds. Prints each drawn page's key, type, confidence and the words
 * around its mention, for the judge only (nothing is written). The eval archives hold Reuters' first 3,000 stories
 * and BBC, none of tests/gold/unseen-draws.json; the draw checks it.
 *
 * `node --import tsx eval/single-mention-draw.ts N GRAPH`: the same draw over a built slice of Reuters stories past
 * the first 3,000 (`holdout.ts prep reuters-unlabelled`, then `chronicle extract --json GRAPH`): every single-mention
 * page of it, not yet judged in tests/gold/pages-reuters-fresh.json, is drawn (the slice has no dev or test keys; its
 * judgments all train the page model), and none may be a story of an unseen draw (issue 15, session 44, ent81).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { entityKey, FRESH, judgmentKey, order, readJudgments } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.env.SINGLE_DRAW_SEED ?? 'ent76-s42';
const N = Number(process.argv[2] ?? 40);

/** The stories of the lead's blind unseen draws (Reuters NEWIDs), never drawn from. */
function unseenStories(): Set<string> {
  const file = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', 'unseen-draws.json'), 'utf8')) as { draws: Record<string, { stories: string[] }> };
  return new Set(Object.values(file.draws).flatMap((d) => d.stories));
}

const rankOf = (key: string) => createHash('sha256').update(`${SEED}|${key}`).digest().readUInt32BE(0);

function draw(corpus: string, unseen: Set<string>, file = path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json')): void {
  const graph = asGraphJsonV1(JSON.parse(readFileSync(file, 'utf8')) as GraphJson);
  const judged = readJudgments(corpus);
  const fresh = corpus === FRESH;
  const drawn = graph.entities
    .filter((e) => e.mentions.length === 1)
    .map((e) => ({ e, key: judgmentKey(entityKey(e).article, entityKey(e).name) }))
    .filter((x) => (fresh || order(x.key).split === 'train') && !judged.has(x.key))
    .sort((a, b) => rankOf(a.key) - rankOf(b.key) || (a.key < b.key ? -1 : 1))
    .slice(0, N);
  for (const { e, key } of drawn) {
    const story = /(\d{5})$/.exec(key.split('\t')[0]!)?.[1];
    if (story && corpus !== 'bbc' && unseen.has(story)) throw new Error(`${key}: a story of an unseen draw`);
    const m = e.mentions[0]!;
    console.log(`${corpus}\t${key}\t[${e.type}] conf ${e.confidence ?? 1}\n    ${(m.sentence ?? '').replace(/\s+/g, ' ')}`);
  }
}

const unseen = unseenStories();
if (process.argv[3]) draw(FRESH, unseen, path.resolve(process.argv[3]));
else for (const corpus of ['reuters', 'bbc']) draw(corpus, unseen);
