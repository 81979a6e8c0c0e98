/**
 * `npm run eval:page-count` (after `npm run eval:pages`, whose graphs it reads): what an archive's entity pages are,
 * and where fewer pages could come from without a real name losing its page (issue 15, "Page count").
 *
 * Each page falls in one bucket by its words (a one-word name that is the last word of a person's fuller name in the
 * same article, in another article, the first word of a person's name, any other one-word name, a name of several
 * words), crossed with how much the archive says of it (one mention, one article, more) and the page model's
 * confidence. Per bucket: pages, pages per article, and the judged share of real names and of right pages over the
 * judgments of the dev and train splits whose keys the bucket holds (test judgments are never read here).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entityKey, judgmentKey, order, readJudgments, type PageJudgment } from './pages.ts';
import type { EntityType } from '../src/types.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface PageEntity {
  name: string;
  type: EntityType;
  confidence?: number;
  mentions: { article: string; text: string }[];
}

/** Where a one-word name stands against the people's fuller names of the archive, first test first. */
function wordsBucket(e: PageEntity, fullerInArticle: (article: string, word: string) => boolean, surnames: Set<string>, firstNames: Set<string>): string {
  if (e.name.includes(' ')) return 'several words';
  if (e.mentions.some((m) => fullerInArticle(m.article, e.name))) return 'one word: a person\'s last word in the same article';
  if (surnames.has(e.name)) return 'one word: a person\'s last word elsewhere in the archive';
  if (firstNames.has(e.name)) return 'one word: a person\'s first word in the archive';
  return 'one word: other';
}

function evidenceBucket(e: PageEntity): string {
  if (e.mentions.length === 1) return 'one mention';
  return new Set(e.mentions.map((m) => m.article)).size === 1 ? 'one article' : 'several articles';
}

const confidenceBucket = (e: PageEntity) => {
  const c = e.confidence ?? 1;
  return c < 0.5 ? 'page model < 0.5' : c < 0.8 ? 'page model 0.5–0.8' : 'page model ≥ 0.8';
};

export function pageBuckets(pages: readonly PageEntity[]): Map<PageEntity, string[]> {
  const people = pages.filter((e) => e.type === 'person' && e.name.includes(' '));
  const surnames = new Set(people.map((e) => e.name.split(' ').at(-1)!));
  const firstNames = new Set(people.map((e) => e.name.split(' ')[0]!));
  const lastWordsByArticle = new Set(people.flatMap((e) => e.mentions.map((m) => `${m.article}\t${e.name.split(' ').at(-1)}`)));
  const fullerInArticle = (article: string, word: string) => lastWordsByArticle.has(`${article}\t${word}`);
  return new Map(pages.map((e) => [e, [wordsBucket(e, fullerInArticle, surnames, firstNames), evidenceBucket(e), confidenceBucket(e)]]));
}

interface Tally { pages: number; judged: number; names: number; right: number }

function tallies(buckets: Map<PageEntity, string[]>, judgments: Map<string, PageJudgment>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [e, [words, evidence, confidence]] of buckets) {
    const k = entityKey(e);
    const key = judgmentKey(k.article, k.name);
    const j = order(key).split === 'test' ? undefined : judgments.get(key);
    for (const b of ['all pages', words!, evidence!, confidence!, `${words} · ${evidence}`]) {
      const t = out.get(b) ?? { pages: 0, judged: 0, names: 0, right: 0 };
      t.pages++;
      if (j) {
        t.judged++;
        if (j.isName) t.names++;
        if (j.isName && j.type === e.type) t.right++;
      }
      out.set(b, t);
    }
  }
  return out;
}

function main() {
  for (const corpus of (process.env.EVAL_PAGES_CORPUS ?? 'bbc,reuters').split(',')) {
    const graph = asGraphJsonV2(JSON.parse(readFileSync(path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json'), 'utf8')) as GraphJson | GraphJsonV2) as { entities: PageEntity[]; articles: { duplicateOf?: string }[] };
    const articles = graph.articles.filter((a) => a.duplicateOf === undefined).length;
    const rows = [...tallies(pageBuckets(graph.entities), readJudgments(corpus))].sort((a, b) => b[1].pages - a[1].pages);
    console.log(`\n${corpus}: ${graph.entities.length} entity pages, ${articles} articles\n`);
    console.log('| pages | per article | bucket | judged (dev + train) | real names | right (name and type) |\n| --- | --- | --- | --- | --- | --- |');
    const share = (n: number, d: number) => (d ? (n / d).toFixed(2) : '–');
    for (const [b, t] of rows) console.log(`| ${t.pages} | ${(t.pages / articles).toFixed(2)} | ${b} | ${t.judged} | ${share(t.names, t.judged)} | ${share(t.right, t.judged)} |`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
