/**
 * The train ledes of the lede-roles gold (tests/gold/lede-roles.json): the article's news sentence (the lede event's
 * sentence, `markTheNews`; for an undated article, as every BBC one, the first event of its first paragraph) of
 * train-split articles only, read by the product's extraction, with every name the extraction finds in it after the
 * dateline. Shared by `npm run train-lede-roles` (eval/train-lede-roles.ts) and by the judge's listing
 * (`node --import tsx eval/lede-roles.ts list [reuters|bbc]`: each lede's key, sentence and names to label; never
 * what the code made of them).
 *
 * Which ledes: Reuters-21578 stories of the READ slices reut2-005 .. reut2-015, stories 0-899, every ninth story (0,
 * 9, 18, …), the first LEDES_PER_FILE with a lede in each file (now all); BBC entertainment and tech articles (sets no event
 * page gold samples) whose lede key `event|<article>|<sentence hash>` is of the train split (eval/pages.ts `order`:
 * rank ≥ 2^31 and a dev byte). No article of a dev or test judgment of any gold file is read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBbc } from '../bench/corpora.ts';
import { datelineLength } from '../src/extract/dateline.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import type { ArticleExtraction, EntityMention, EventMention, Sentence } from '../src/types.ts';
import { prepReuters } from './holdout.ts';
import { order } from './pages.ts';
import { noPartOdds } from '../src/resolve/lede-roles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'lede-roles');
const REUTERS_FILES = ['005', '006', '007', '008', '009', '010', '011', '012', '013', '014', '015'];
/**
 * How many ledes of each Reuters file and BBC set are read: session 33 labelled the first 12 of each file and 20 of
 * each set; session 34 (evt72) reads every one (the labels pick where the model was least sure, `list-next`).
 */
const LEDES_PER_FILE = Infinity;
const BBC_SETS = ['entertainment', 'tech'];
const BBC_PER_SET = Infinity;

export interface Lede {
  set: 'reuters' | 'bbc';
  article: string;
  /** The first 12 hex digits of the sha256 of the sentence's text. */
  hash: string;
  sentence: Sentence;
  event: EventMention;
  x: ArticleExtraction;
  /** The extraction's names in the lede's sentence after its dateline, in order. */
  names: EntityMention[];
}

export const sentenceHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Articles any gold file judges outside the train split (never read here). */
function goldArticles(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(path.join(ROOT, 'tests/gold')).filter((n) => n.endsWith('.json') && n !== 'lede-roles.json' && n !== 'lede-kinds.json')) {
    const d = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold', f), 'utf8')) as Record<string, unknown>;
    for (const list of Object.values(d)) {
      if (!Array.isArray(list)) continue;
      for (const j of list as Record<string, unknown>[]) if (j && typeof j === 'object' && typeof j.article === 'string' && j.split !== 'train') out.add(j.article);
    }
  }
  return out;
}

async function extracted(dir: string): Promise<ArticleExtraction[]> {
  const { files } = await readInputFolder(dir);
  return ingestFiles(files).articles.map(extractArticle);
}

function ledeOf(set: Lede['set'], x: ArticleExtraction): Lede | undefined {
  // (An undated article, as every BBC one, has no news marked: its first paragraph's first event stands for it.)
  const event = x.events.find((e) => e.lede) ?? (set === 'bbc' ? x.events.find((e) => e.paragraph === x.sentences[0]?.paragraph) : undefined);
  const sentence = event && x.sentences.find((s) => s.index === event.sentence);
  if (!event || !sentence) return undefined;
  // (The dateline's place says where the story was filed, which no participant reader weighs: left out.)
  const dateline = datelineLength(sentence.text);
  const names = x.entities.filter((e) => e.sentence === event.sentence && e.paragraph === sentence.paragraph && e.start - sentence.start >= dateline);
  return { set, article: x.article, hash: sentenceHash(sentence.text), sentence, event, x, names };
}

/**
 * The train ledes (see the file's comment), in a fixed order; kept in .cache/lede-roles/ledes.json, which
 * `LEDE_ROLES_REUSE=1` reads instead of extracting again (only while the extraction code is unchanged).
 */
export async function trainLedes(only?: Lede['set']): Promise<Lede[]> {
  const kept = path.join(WORK, 'ledes.json');
  if (process.env.LEDE_ROLES_REUSE && existsSync(kept)) return (JSON.parse(readFileSync(kept, 'utf8')) as Lede[]).filter((l) => !only || l.set === only);
  const out = await readLedes(only);
  if (!only) writeFileSync(kept, JSON.stringify(out));
  return out;
}

async function readLedes(only?: Lede['set']): Promise<Lede[]> {
  const out: Lede[] = [];
  const gold = goldArticles();
  for (const file of only === 'bbc' ? [] : REUTERS_FILES) {
    const dir = path.join(WORK, `reut2-${file}`);
    if (!existsSync(dir)) {
      const all = path.join(WORK, `all-${file}`);
      await prepReuters(`reut2-${file}.sgm`, '0-900', all);
      mkdirSync(dir, { recursive: true });
      readdirSync(all).sort().forEach((n, i) => {
        if (i % 9 === 0) writeFileSync(path.join(dir, n), readFileSync(path.join(all, n)));
      });
    }
    let taken = 0;
    for (const x of await extracted(dir)) {
      if (taken >= LEDES_PER_FILE) break;
      const lede = ledeOf('reuters', x);
      if (lede && !gold.has(x.article)) (out.push(lede), taken++);
    }
  }
  if (only === 'reuters') return out;
  const bbc = path.join(WORK, 'bbc');
  if (!existsSync(bbc)) for (const set of BBC_SETS) await prepareBbc(bbc, Infinity, undefined, set);
  const bbcArticles = await extracted(bbc);
  for (const set of BBC_SETS) {
    let taken = 0;
    for (const x of bbcArticles.filter((a) => a.article.startsWith(`${set}-`))) {
      if (taken >= BBC_PER_SET) break;
      const lede = ledeOf('bbc', x);
      if (!lede || gold.has(x.article) || order(`event|${x.article}|${lede.hash}`).split !== 'train') continue;
      out.push(lede);
      taken++;
    }
  }
  return out;
}

/**
 * The next ledes to label (`list-next N`): train ledes no label covers yet, with three names or more, those where the
 * current model is least sure first (most names at odds of no party between 0.2 and 0.8). Prints each lede's key,
 * sentence and names, never the model's odds or what the code made of them.
 */
async function listNext(count: number, only?: Lede['set']): Promise<void> {
  const gold = (JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/lede-roles.json'), 'utf8')) as { items: { article: string; sentence: string }[] }).items;
  const done = new Set(gold.map((g) => `${g.article}|${g.sentence}`));
  const unsure = (l: Lede) => l.names.filter((n, i) => {
    const mention = l.x.entities.findIndex((e) => e.start === n.start && e.end === n.end && e.paragraph === n.paragraph);
    const party = l.event.participants.find((q) => q.mention === mention)?.role;
    const p = noPartOdds(l.sentence, { start: n.start, end: n.end, type: n.type, confidence: n.confidence }, l.event.trigger, i === 0, party, { index: i, count: l.names.length });
    return p >= 0.2 && p <= 0.8;
  }).length;
  const pool = (await trainLedes()).filter((l) => (!only || l.set === only) && !done.has(`${l.article}|${l.hash}`) && l.names.length >= 3);
  const ranked = pool.map((l, i) => ({ l, i, u: unsure(l) })).sort((a, b) => b.u - a.u || a.i - b.i);
  console.log(`${pool.length} unlabelled train ledes with 3+ names; listing ${Math.min(count, pool.length)}`);
  for (const { l } of ranked.slice(0, count)) printToLabel(l);
}

/** A lede to label: its key, its sentence and its names, numbered (never what the code made of them). */
function printToLabel(l: Lede): void {
  console.log(`\n${l.set} ${l.article} ${l.hash}`);
  console.log(`  ${l.sentence.text}`);
  l.names.forEach((n, i) => console.log(`  ${i + 1}. ${n.text} [${n.type}]`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'list-next') await listNext(Number(process.argv[3] ?? 50), process.argv[4] as Lede['set'] | undefined);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'list') {
  for (const l of await trainLedes(process.argv[3] as Lede['set'] | undefined)) printToLabel(l);
}
