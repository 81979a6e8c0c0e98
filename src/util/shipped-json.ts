/**
 * A data file shipped next to the module that reads it (a model's weights, a learned word table). The caller
 * names the file as `new URL('./x.json', import.meta.url)` so that code-version.ts sees the file as part of that
 * module's code: retraining a model invalidates exactly the caches that depend on it.
 */
import { readFileSync } from 'node:fs';

export function shippedJson(file: URL): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * A shipped data file's text, for a reader that builds its table from the text itself rather than from a parse of
 * it (the tagger's model.json: src/extract/ner/tagger.ts `readWeights`). Named the same way as `shippedJson`'s.
 */
export function shippedText(file: URL): string {
  return readFileSync(file, 'utf8');
}
