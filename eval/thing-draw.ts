/**
 * `node --import tsx eval/thing-draw.ts [N]`: a seeded draw of N (150 unless told) not yet judged TRAIN names of the
 * eval archives whose head or describing words fall in the type model's classes of things (issue 15, session 47,
 * ent88): the names the type model decides (they have type features, eval/judged-names.ts) with a head class or a
 * describing word's class among `THING_CLASSES` (src/resolve/noun-classes.json: "Code", "Act", "Law", "the drug X",
 * "X's new drug"), or a head word among `THING_HEADS` (heads WordNet's table does not class: "Programme", "Plan").
 * Things typed bodies are the type model's largest cell of wrong types on train (session 46, ent83), and the judged
 * names held too few for ent86's features of them to weigh. The order is sha256 of `SEED|key` (`THING_DRAW_SEED`,
 * ent88-s47 unless told), pooled over the eval archives' train keys (Reuters' first 3,000 stories, BBC) and the names
 * of a slice of Reuters stories past the first 3,000 (eval/pages.ts `THINGS`: `holdout.ts prep reuters-unlabelled
 * ent88-s47 1500 .cache/eval-pages/reuters-things/input`, built by `chronicle extract --json graph.json` there, every
 * name of it train). Reuters keys are drawn only from stories 0–899 of their file and never from a story of an unseen
 * draw or a fresh slice (eval/holdout.ts). Prints each drawn name's key, built type, the
 * features that drew it and up to three of its sentences, for the judge only; the judgments go to
 * tests/gold/pages-{reuters,bbc}.json with `"pick": "things"`. Run `npm run eval:pages` first (graph.json and caches).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { entityKey, judgmentKey, readJudgments, splitOf, THINGS } from './pages.ts';
import { judgedNames, type JudgedName } from './judged-names.ts';
import { freshStories, unseenDrawStories } from './holdout.ts';
import { stopWorkers } from '../src/extract/parallel.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.env.THING_DRAW_SEED ?? 'ent88-s47';
const N = Number(process.argv[2] ?? 150);

/** ent86's anchors of things (eval/build-noun-classes.ts). */
export const THING_CLASSES = ['drug', 'chemical', 'written_communication', 'legal_document', 'collection', 'software', 'plan_of_action'] as const;
/** Head words of things that the class table leaves unclassed or classes broadly ("system": instrumentality). */
export const THING_HEADS = new Set(['Programme', 'Program', 'Plan', 'System', 'Initiative', 'Project', 'Agreement', 'Accord', 'Directive', 'Index']);

const CLASS_FEATURE = new RegExp(`^(?:head\\.class|class\\.(?:compound|appos|before|possessed)(?:\\.tail)?)\\.(?:${THING_CLASSES.join('|')})$`);

/** The features (or head word) that make a name a candidate; empty if none. */
export function thingEvidence(n: Pick<JudgedName, 'name' | 'typeFeatures'>): string[] {
  const f = n.typeFeatures ?? {};
  const found = Object.keys(f).filter((k) => CLASS_FEATURE.test(k) && f[k]! > 0);
  const head = n.name.split(/\s+/).at(-1)!;
  return THING_HEADS.has(head) ? [...found, `head.${head}`] : found;
}

/** A Reuters key's story within its file ("reut2-002-02950" → 949; "05123" → 122), or undefined for BBC. */
const storyInFile = (article: string): number | undefined => {
  const m = /^(?:reut2-\d{3}-)?(\d{5})$/.exec(article);
  return m ? (Number(m[1]) - 1) % 1000 : undefined;
};

const rank = (key: string) => createHash('sha256').update(`${SEED}|${key}`).digest('hex');

async function main(): Promise<void> {
  const banned = new Set([...unseenDrawStories(), ...freshStories()]);
  const pool: { corpus: string; n: JudgedName; why: string[]; rank: string }[] = [];
  for (const corpus of ['reuters', 'bbc', THINGS]) {
    const judged = readJudgments(corpus);
    const { names } = await judgedNames(corpus, true);
    for (const n of names) {
      if (!n.typeFeatures || splitOf(corpus, n.key) !== 'train' || judged.has(n.key)) continue;
      const article = n.key.split('\t')[0]!;
      const story = storyInFile(article);
      if (story !== undefined && (story >= 900 || banned.has(Number(article.slice(-5))))) continue;
      const why = thingEvidence(n);
      if (why.length) pool.push({ corpus, n, why, rank: rank(n.key) });
    }
  }
  await stopWorkers();
  pool.sort((a, b) => (a.rank < b.rank ? -1 : 1));
  console.log(`candidates: ${pool.length}`);
  const graphs = new Map<string, Map<string, string[]>>();
  for (const { corpus, n, why } of pool.slice(0, N)) {
    if (!graphs.has(corpus)) graphs.set(corpus, sentencesByKey(corpus));
    const sentences = graphs.get(corpus)!.get(n.key) ?? [];
    console.log(`${corpus}\t${n.key}\t[${n.type}] mentions ${n.mentions.length} ${why.join(' ')}\n${sentences.map((s) => `    ${s}`).join('\n')}`);
  }
}

/** Up to three sentences of each entity of an archive's graph.json, by key. */
function sentencesByKey(corpus: string): Map<string, string[]> {
  const graph = asGraphJsonV1(JSON.parse(readFileSync(path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json'), 'utf8')) as GraphJson);
  const out = new Map<string, string[]>();
  for (const e of [...graph.entities, ...(graph.plainNames ?? [])]) {
    const k = entityKey(e);
    out.set(judgmentKey(k.article, k.name), [...new Set(e.mentions.map((m) => (m.sentence ?? '').replace(/\s+/g, ' ')))].slice(0, 3));
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
