/**
 * `npm run build-lone-heads`: learns, from unlabeled news (Reuters-21578 and BBC in ../shared/corpus, read at run
 * time), how often news writes each body's head word (lexicon ORG_HEADS) as a name on its own, and writes the shares
 * to src/resolve/lone-heads.json. Only the table ships, never text.
 *
 * Per head, among its capitalised uses inside a sentence (not opening a paragraph nor after a sentence's or a
 * quote's punctuation, not in a line of capitals): the share with no capitalised word glued before it ("the Army",
 * "Congress passed") against those ending a longer name ("the Red Army", "the State Department"). A head news
 * mostly writes inside longer names ("Department", "Commission", "Radio") is, alone, short for one of them.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/ner/index.ts';
import { isAllCaps } from '../src/extract/ner/tagger.ts';
import { FUNCTION_WORDS, ORG_HEADS } from '../src/extract/lexicon.ts';
import { newsParagraphs } from '../bench/corpora.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Heads seen capitalised fewer times than this get no share: too few uses to tell. */
const MIN_USES = 10;

const alone = new Map<string, number>();
const inName = new Map<string, number>();
for (const p of newsParagraphs()) {
  const words = tokenize(p).map((t) => t.text);
  if (isAllCaps(words)) continue;
  words.forEach((w, i) => {
    const before = words[i - 1];
    if (!ORG_HEADS.has(w) || before === undefined || /^[.!?:;"“”'‘’(\[-]$/.test(before)) return;
    const glued = /^\p{Lu}/u.test(before) && !FUNCTION_WORDS.has(before);
    const counts = glued ? inName : alone;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  });
}
const shares: Record<string, number> = {};
for (const head of [...ORG_HEADS].sort()) {
  const [a, n] = [alone.get(head) ?? 0, inName.get(head) ?? 0];
  if (a + n >= MIN_USES) shares[head] = Math.round((a / (a + n)) * 100) / 100;
}
writeFileSync(path.join(ROOT, 'src', 'resolve', 'lone-heads.json'), `${JSON.stringify(shares, null, 1)}\n`);
console.error(`${Object.keys(shares).length} heads`);
