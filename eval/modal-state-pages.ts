/**
 * `node --import tsx eval/modal-state-pages.ts …` (issue 19 item 3, session 38, evt85): how many event pages of
 * Reuters TRAIN keys tell a possibility, a plan, a state, a forecast or a negated happening rather than a happening,
 * and what each of the extraction's readers made of its trigger (so a miss is laid at the model that let it through).
 *
 * Builds: Reuters-21578 stories 0–899 of the files named (reut2-007, reut2-011: never test slices of the event
 * gates), built with the current code into .cache/modal-state/<file>. Keys are the event gate's
 * (eval/event-pages.ts `pagesOf`: first article | hash of its quote); a page is drawn only when that key, placed in
 * eval/pages.ts's order as the event gate places it (`event|KEY`), falls in the TRAIN half. The draw is seeded:
 * the keys sorted by sha1(seed + key).
 *
 *   pick N SEED       print the first N train pages of the seeded draw not yet labelled, for labelling by reading
 *   score             per label of tests/gold/modal-state-pages.json: how many labelled pages the current code still
 *                     builds (a page no longer built counts as dropped), and for each built not-happening page what
 *                     the readers read at its trigger
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draw, prepReuters } from './holdout.ts';
import { trainKeyPages, type PageWithMention } from './event-pages.ts';
import { buildGraph } from '../src/pipeline.ts';
import type { Graph } from '../src/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'modal-state');
const GOLD = path.join(ROOT, 'tests/gold/modal-state-pages.json');
const FILES = ['reut2-007.sgm', 'reut2-011.sgm'];
export const LABELS = ['happening', 'modal', 'state', 'forecast', 'negated', 'other'] as const;
interface Labelled { key: string; label: (typeof LABELS)[number] }

type Page = PageWithMention;

async function trainPages(): Promise<Page[]> {
  const out: Page[] = [];
  for (const file of FILES) {
    const dir = path.join(WORK, file.replace('.sgm', ''));
    const input = path.join(dir, 'input');
    if (!existsSync(input)) {
      mkdirSync(dir, { recursive: true });
      await prepReuters(file, '0-900', input);
    }
    const graph: Graph = await buildGraph({ input, cacheDir: path.join(dir, 'cache'), workers: 1 });
    out.push(...trainKeyPages(graph));
  }
  return out;
}

const labelled = (): Labelled[] => (existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: Labelled[] }).items : []);

function show(p: Page, i: number): void {
  const m = p.mention;
  console.log(`\n#${i} ${p.key}  ${p.event.title} — ${p.event.date ?? 'undated'}`);
  console.log(`  trigger "${m?.trigger ?? '?'}" (${p.event.type})${m?.lede ? ' LEDE' : ''}: ${p.event.sources[0]!.quote}`);
}

/** The readers' numbers at a page's first mention, the ones that could have kept it off a page. */
function why(p: Page): string {
  const r = p.mention?.reading ?? {};
  const pick = (k: string) => (r[k] ?? 0).toFixed(2);
  const read = Object.keys(r).find((k) => k.startsWith('assertion.read.'))?.slice(15) ?? '-';
  return `${p.mention?.lede ? 'lede' : 'body'} read=${read} odds a/f/u ${pick('assertion.asserted')}/${pick('assertion.future')}/${pick('assertion.unasserted')} state ${pick('state.odds')} present-state ${pick('state.present-odds')}${p.mention?.lede ? ` reported a/f/u ${pick('reported.assertion.asserted')}/${pick('reported.assertion.future')}/${pick('reported.assertion.unasserted')} news.state ${pick('news.state')}` : ''} confidence ${p.event.confidence ?? '-'}`;
}

async function main(): Promise<void> {
  const [command, n, seed] = process.argv.slice(2);
  const pages = await trainPages();
  const done = new Map(labelled().map((l) => [l.key, l.label]));
  if (command === 'pick') {
    const todo = draw(pages.filter((p) => !done.has(p.key)), (p) => p.key, seed!, Number(n));
    console.log(`${pages.length} train-key event pages; ${done.size} labelled`);
    todo.forEach((p, i) => show(p, i + 1));
    return;
  }
  const built = new Map(pages.map((p) => [p.key, p]));
  for (const label of LABELS) {
    const keys = [...done].filter(([, l]) => l === label).map(([k]) => k);
    const still = keys.filter((k) => built.has(k));
    console.log(`${label}: ${keys.length} labelled, ${still.length} still a page`);
    if (label !== 'happening' && process.env.MODAL_STATE_WHY) for (const k of still) console.log(`  ${k} ${built.get(k)!.mention?.trigger ?? '?'}: ${why(built.get(k)!)}`);
  }
}

await main();
