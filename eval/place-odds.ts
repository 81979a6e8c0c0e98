/**
 * `node --import tsx eval/place-odds.ts [FILE]`: how sure the tagger is of the places it reads, against CoNLL-2003's
 * gold (eng.train by default, read from ../shared/corpus at run time): its place spans by band of mean place odds over
 * their words, and how many of each band are a gold place (the same span, typed LOC). The spans holding an
 * organisation's head word ("West Bank", "Hong Kong Stock Exchange") are counted apart: they are where the
 * extraction's `SURE_PLACE` (src/extract/entities/readings.ts) decides whether the tagger's place outweighs the head word.
 * The tagger was trained on eng.train, so its odds there are surer than on unseen text: a band's share is an upper bound.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/extract/ner/index.ts';
import { ORG_HEADS } from '../src/extract/lexicon.ts';
import { readConll, type Span } from './conll.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = path.resolve(ROOT, '../shared/corpus/conll2003', process.argv[2] ?? 'eng.train');
const BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98];

interface Tally { spans: number; gold: number }
const tallies = { all: BANDS.map((): Tally => ({ spans: 0, gold: 0 })), heads: BANDS.map((): Tally => ({ spans: 0, gold: 0 })) };
const bandOf = (odds: number) => BANDS.filter((b) => odds >= b).length - 1;

for (const { doc, gold } of readConll(FILE)) {
  const sentences: number[][] = [];
  doc.tokens.forEach((_, i) => (sentences[doc.sentenceOf[i]!] ??= []).push(i));
  const rows = sentences.filter(Boolean);
  const read = readDocument(rows.map((ids) => ids.map((i) => doc.tokens[i]).join(' ')));
  const goldPlaces = new Set(gold.filter((s: Span) => s.type === 'place').map((s) => `${s.start}:${s.end}`));
  rows.forEach((ids, s) => {
    const starts = ids.map((_, k) => ids.slice(0, k).reduce((n, j) => n + doc.tokens[j]!.length + 1, 0));
    for (const span of read[s]!.spans.filter((sp) => sp.type === 'place')) {
      const inside = ids.filter((_, k) => starts[k]! < span.end && starts[k]! + doc.tokens[ids[k]!]!.length > span.start);
      const words = read[s]!.words.filter((w) => w.start < span.end && w.end > span.start);
      if (inside.length === 0 || words.length === 0) continue;
      const odds = words.reduce((n, w) => n + w.odds.LOC, 0) / words.length;
      const isGold = goldPlaces.has(`${inside[0]}:${inside.at(-1)! + 1}`);
      const hasHead = inside.some((i) => ORG_HEADS.has(doc.tokens[i]!.replace(/\.$/, '')));
      for (const t of hasHead ? [tallies.all, tallies.heads] : [tallies.all]) {
        t[bandOf(odds)]!.spans++;
        if (isGold) t[bandOf(odds)]!.gold++;
      }
    }
  });
}

for (const [name, bands] of Object.entries(tallies)) {
  console.log(`${path.basename(FILE)}, tagger place spans${name === 'heads' ? ' holding an organisation head word' : ''}: band of mean place odds → spans, share gold places`);
  bands.forEach((t, k) => t.spans && console.log(`  ≥ ${BANDS[k]!.toFixed(2)}: ${t.spans} spans, ${(t.gold / t.spans).toFixed(3)} gold (${t.gold})`));
}
