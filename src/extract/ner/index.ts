/**
 * Names found by the trained tagger in one sentence, with character offsets. The model (model.json, trained by
 * `npm run train-ner`) is loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../types.ts';
import { loadWeights, tagWords, type SerializedModel, type Weights } from './tagger.ts';

let weights: Weights | null = null;
function model(): Weights {
  weights ??= loadWeights(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as SerializedModel);
  return weights;
}

/** CoNLL-style tokens: words, numbers, a possessive "'s" and each punctuation mark on its own. */
const TOKEN = /['’]s\b|\p{L}[\p{L}\p{M}\p{N}'’.&-]*\p{L}|\p{L}|\p{N}[\p{N},.]*\p{N}|\p{N}|[^\s\p{L}\p{N}]/gu;
const TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function tagNames(text: string): TaggedSpan[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (tokens.length === 0) return [];
  const tags = tagWords(model(), tokens.map((t) => t.text));
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((tag, i) => {
    const t = tokens[i]!;
    if (open && tag.startsWith('I-') && TYPE[tag.slice(2)] === open.type) {
      open.end = t.end;
      return;
    }
    if (open) out.push(open);
    open = tag === 'O' ? null : { start: t.start, end: t.end, type: TYPE[tag.slice(2)]! };
  });
  if (open) out.push(open);
  return out;
}
