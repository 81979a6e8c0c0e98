/**
 * Derives the event nominals of src/extract/event-nouns.json — nouns that name a happening with a time of its own
 * ("meeting", "hearing", "talks") — from the TimeML EVENT annotations of TimeBank and AQUAINT's training documents
 * (../shared/corpus/timebank_tempeval3, the split of eval/timeml.ts; read at run time). A word is kept when
 * annotators marked it an EVENT with pos NOUN at least MIN_EVENTS times and in at least SHARE of its occurrences in
 * those documents. Only the words are written (a vocabulary, no sentence of the corpus).
 *
 *   node --import tsx eval/train-event-nouns.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTimeml, timemlDocs } from './timeml.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/extract/event-nouns.json');
const MIN_EVENTS = 3;
const SHARE = 0.5;

const asEvent = new Map<string, number>();
const seen = new Map<string, number>();
for (const d of timemlDocs().filter((x) => !x.dev)) {
  const doc = readTimeml(d.file, d.name);
  const pos = new Map([...doc.xml.matchAll(/<MAKEINSTANCE([^>]*)\/>/g)].map((m) => [/eventID="([^"]*)"/.exec(m[1]!)?.[1], /pos="([^"]*)"/.exec(m[1]!)?.[1]]));
  for (const e of doc.events) if (pos.get(e.eid) === 'NOUN' && /^[a-z-]+$/.test(e.word)) asEvent.set(e.word, (asEvent.get(e.word) ?? 0) + 1);
  for (const w of doc.text.toLowerCase().match(/[a-z-]+/g) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
}
const words = [...asEvent].filter(([w, n]) => n >= MIN_EVENTS && n / (seen.get(w) ?? n) >= SHARE).map(([w]) => w).sort();
writeFileSync(OUT, `${JSON.stringify({ source: 'TimeML EVENT pos=NOUN, TimeBank+AQUAINT train split (eval/train-event-nouns.ts)', words })}\n`);
console.log(`${words.length} event nominals written to ${path.relative(ROOT, OUT)}`);
