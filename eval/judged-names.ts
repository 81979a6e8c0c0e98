/**
 * Every resolved name of an eval archive (the Reuters-21578 and BBC inputs eval/pages.ts builds) with the features the
 * build computes for it — the page model's and the type model's (`resolveEntities`'s `onPageFeatures` and
 * `onTypeFeatures`) — and its judgment key, for the trainers (eval/train-page-model.ts, eval/train-type-model.ts).
 * Run `npm run eval:pages` first: this reads its inputs and extraction caches. Each corpus's names are kept in
 * .cache/eval-pages/<corpus>/judged-names.json; `reuse` reads them back without resolving the archive again (only
 * while the features' code is unchanged).
 */
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/pipeline.ts';
import { loadCuration } from '../src/curation.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import type { Features } from '../src/resolve/page-model.ts';
import type { EntityType } from '../src/types.ts';
import { entityKey, judgmentKey } from './pages.ts';
import { BAR_DENIAL } from '../src/resolve/page-bar.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'eval-pages');

export interface JudgedName {
  corpus: string;
  key: string;
  name: string;
  /** The type the build gave the name. */
  type: EntityType;
  mentions: { article: string; text: string }[];
  /** A page rule denies it (the page bar's `type-unsure` is no rule: a bar's figures start from the pages before it). */
  deniedByRule: boolean;
  /** The page model's confidence the build gave it (1: curated or credited). */
  confidence?: number;
  /** Curated or credited names always get their page and are not scored by the page model. */
  fixed: boolean;
  /** The page model's features. */
  features: Features;
  /** The type model's features; absent when the name's type is not the model's to decide. */
  typeFeatures?: Features;
}

export async function judgedNames(corpus: string, reuse: boolean): Promise<{ names: JudgedName[]; articles: number }> {
  const dir = path.join(WORK, corpus);
  const kept = path.join(dir, 'judged-names.json');
  if (reuse && existsSync(kept)) return JSON.parse(readFileSync(kept, 'utf8')) as { names: JudgedName[]; articles: number };
  if (!existsSync(path.join(dir, 'input.done'))) throw new Error(`${dir}: no eval input; run npm run eval:pages first`);
  const graph = await buildGraph({ input: path.join(dir, 'input'), cacheDir: path.join(dir, 'cache'), workers: 1 });
  const { curation } = loadCuration(path.join(ROOT, 'content'));
  const page = new Map<object, Features>();
  const type = new Map<object, Features>();
  const resolution = resolveEntities({ articles: graph.articles, extractions: graph.extractions, curation }, {
    onPageFeatures: (e, f) => page.set(e.mentions, f),
    onTypeFeatures: (e, f) => type.set(e.mentions, f),
  });
  const names: JudgedName[] = [];
  for (const e of [...resolution.entities, ...resolution.plainNames]) {
    const mentions = e.mentions.map((m) => ({ article: m.article, text: m.text }));
    const k = entityKey({ name: e.name, mentions });
    const features = page.get(e.mentions);
    const typeFeatures = type.get(e.mentions);
    names.push({
      corpus, key: judgmentKey(k.article, k.name), name: e.name, type: e.type, mentions, deniedByRule: e.noPage !== undefined && e.noPage !== BAR_DENIAL, confidence: e.confidence ?? 1,
      fixed: features === undefined, features: features ?? {}, ...(typeFeatures ? { typeFeatures } : {}),
    });
  }
  const result = { names, articles: graph.articles.filter((a) => a.duplicateOf === undefined).length };
  writeFileSync(kept, JSON.stringify(result));
  return result;
}
