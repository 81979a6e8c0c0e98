/**
 * Date normalisation accuracy on TempEval-3 TimeBank + AQUAINT: every DATE TIMEX3 (not the creation time) is
 * normalised with `timexValue`, against the document's DCT, in its surrounding text; the score is exact match of
 * the gold `value`. The corpus is read from ../shared/corpus at run time and never copied into the repository.
 *
 *   node --import tsx eval/dates.ts [corpus dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractDates } from '../src/extract/dates.ts';
import { timexValue } from './timex.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import type { IngestedArticle, Paragraph } from '../src/types.ts';

const root = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/corpus/timebank_tempeval3');
const SETS = ['TimeBank', 'AQUAINT'];

interface Case { set: string; doc: string; dct: string | null; context: string; text: string; gold: string; got: string | null }

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const cases: Case[] = [];
/** Gold DATE spans the product's own `extractDates` also dated, and how many of those it got right. */
const seenTexts = new Map<string, string>();
const skipped: string[] = [];
let productFound = 0;
/** Product dates whose value is not the contract's ISO form for their precision (YYYY-MM-DD, YYYY-MM, YYYY). */
const badForm: string[] = [];
let productTotal = 0;
let productRight = 0;
for (const set of SETS) {
  const dir = path.join(root, set);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const xml = readFileSync(path.join(dir, name), 'utf8');
    const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)/.exec(xml)?.[1] ?? null;
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    // A text seen already is scored once (SOURCE.md: AQUAINT has one known duplicate, whose second copy carries another
    // creation date but the first copy's gold values, so its weekdays would be scored against the wrong date).
    const key = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    if (seenTexts.has(key)) { skipped.push(`${set}/${name} (same text as ${seenTexts.get(key)})`); continue; }
    seenTexts.set(key, `${set}/${name}`);
    // Plain text of the body, remembering where each DATE TIMEX3 sits in it.
    let plain = '';
    const spans: { start: number; text: string; gold: string }[] = [];
    const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]+>|[^<]+/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m[1] !== undefined) {
        const inner = decode(m[2]!.replace(/<[^>]+>/g, ''));
        const attrs = m[1];
        if (/type="DATE"/.test(attrs) && !/CREATION_TIME/.test(attrs)) {
          spans.push({ start: plain.length, text: inner, gold: /value="([^"]*)"/.exec(attrs)?.[1] ?? '' });
        }
        plain += inner;
      } else if (!m[0].startsWith('<')) plain += decode(m[0]);
    }
    // The article as the product sees it: paragraphs at blank lines (whitespace flattened, offsets kept), split
    // into sentences by the product's splitter, dated by the product's extractDates.
    const paragraphs: Paragraph[] = [];
    const starts: number[] = [];
    const paraRe = /[^\n]+(?:\n(?![ \t\r]*\n)[^\n]*)*/g;
    for (let m = paraRe.exec(plain); m; m = paraRe.exec(plain)) {
      if (!m[0].trim()) continue;
      starts.push(m.index);
      paragraphs.push({ id: `p${paragraphs.length + 1}`, kind: 'body', text: m[0].replace(/\s/g, ' '), line: 1 });
    }
    const sentences = splitSentences(paragraphs);
    const article = { id: name, date: dct, dateSource: dct ? 'header' : null, paragraphs } as IngestedArticle;
    const productDates = extractDates(article, sentences);
    for (const d of productDates) {
      const form = { day: /^\d{4}-\d\d-\d\d$/, month: /^\d{4}-\d\d$/, year: /^\d{4}$/ }[d.precision];
      if (!form.test(d.value)) badForm.push(`${name}: "${d.text}" = ${d.value} (${d.precision})`);
      productTotal++;
    }
    for (const s of spans) {
      let p = 0;
      while (p + 1 < starts.length && starts[p + 1]! <= s.start) p++;
      const paragraph = paragraphs[p]!;
      const offset = s.start - starts[p]!;
      const sentence = sentences.find((x) => x.paragraph === paragraph.id && x.start <= offset && offset < x.end)
        ?? sentences.filter((x) => x.paragraph === paragraph.id).at(-1)!;
      const at = offset - sentence.start;
      const text = s.text.replace(/\s+/g, ' ').trim();
      // The narrative's time: the last date the product read before this expression.
      const before = productDates.filter((d) => (d.paragraph === paragraph.id ? d.end <= offset : paragraphs.findIndex((x) => x.id === d.paragraph) < p)).at(-1);
      const got = timexValue(text, dct, sentence.text, at, before ? { value: before.value, precision: before.precision } : null);
      cases.push({ set, doc: name, dct, context: sentence.text, text, gold: s.gold, got });
      const found = productDates.find((d) => d.paragraph === paragraph.id && d.start < offset + s.text.length && d.end > offset);
      if (found) {
        productFound++;
        if (canonical(found.value) === canonical(s.gold)) productRight++;
      }
    }
  }
}

// EVAL_DUMP=file.json: every case (set, doc, dct, context, text, gold, got), for looking at hits as well as misses.
if (process.env.EVAL_DUMP) writeFileSync(process.env.EVAL_DUMP, JSON.stringify(cases, null, 1));
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
/**
 * The gold value in canonical TIMEX3 notation. Some annotators wrote ISO weeks unpadded ("2000-W7" for 2000-W07) and
 * marked a granularity they left unspecified with trailing X fields ("1949-XX" for the year 1949, "199X" for the
 * 1990s, "19XX" for the 20th century — the TIMEX2 spelling of TIMEX3's "199" and "19"). Neither names another
 * time, so they are written the canonical way before comparing. X fields inside a value ("1989-WXX", "1989-QX":
 * some week or quarter of 1989) are kept: they are scored as written, and a specific week never matches them.
 */
function canonical(value: string): string {
  return value.replace(/^(\d{4}-W)(\d)(?!\d)/, '$10$2').replace(/^(\d{4})(?:-XX)+$/, '$1').replace(/^(\d{2,3})X+$/, '$1');
}
const strictOk = (c: Case) => c.got === c.gold;
const ok = (c: Case) => c.got !== null && canonical(c.got) === canonical(c.gold);
console.log(`DATE values: ${cases.filter(ok).length}/${cases.length} = ${pct(cases.filter(ok).length, cases.length)} (exact string match, no canonical notation: ${cases.filter(strictOk).length} = ${pct(cases.filter(strictOk).length, cases.length)})`);
if (skipped.length) console.log(`  (not scored, duplicate text: ${skipped.join(', ')})`);
for (const set of SETS) {
  const mine = cases.filter((c) => c.set === set);
  console.log(`  ${set}: ${mine.filter(ok).length}/${mine.length} = ${pct(mine.filter(ok).length, mine.length)}`);
}
/** What kind of date the gold value is: the categories the figures are reported by. */
function category(gold: string): string {
  if (/^\d{4}-\d\d-\d\d(T.*)?$/.test(gold)) return 'day';
  if (/^\d{4}-\d\d$/.test(gold)) return 'month';
  if (/^\d{4}$/.test(gold)) return 'year';
  if (/^\d{4}-(Q\d|H\d)$/.test(gold)) return 'quarter/half';
  if (/^\d{4}-W\d+(-WE)?$/.test(gold)) return 'week';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(gold)) return 'season';
  if (/_REF$/.test(gold)) return 'reference (now/past/future)';
  if (/^\d{2,3}$/.test(gold)) return 'decade/century';
  return 'underspecified (X) or other';
}
console.log(`product path (extractDates): dated ${productFound}/${cases.length} gold DATE spans, ${productRight} with the gold value (${pct(productRight, productFound)})`);
const categories = [...new Set(cases.map((c) => category(c.gold)))].sort();
console.log(`product dates in the contract's form for their precision: ${productTotal - badForm.length}/${productTotal}${badForm.length ? `; not: ${badForm.slice(0, 5).join('; ')}` : ''}`);
console.log('by gold category:');
for (const k of categories) {
  const mine = cases.filter((c) => category(c.gold) === k);
  console.log(`  ${k.padEnd(28)} ${String(mine.filter(ok).length).padStart(4)}/${String(mine.length).padEnd(4)} = ${pct(mine.filter(ok).length, mine.length)}`);
}
const misses = cases.filter((c) => !ok(c));
console.log(`misses: ${misses.length}`);
const freq = new Map<string, number>();
for (const c of misses) {
  const k = process.env.MISSES_DCT ? `[${category(c.gold)}] "${c.text}" dct=${c.dct} gold=${c.gold} got=${c.got} (${c.doc})${process.env.MISSES_DCT === 'context' ? `\n      ${c.context}` : ''}` : `[${category(c.gold)}] "${c.text}" gold=${c.gold} got=${c.got}`;
  freq.set(k, (freq.get(k) ?? 0) + 1);
}
for (const [k, n] of [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(process.env.MISSES ?? 30))) console.log(`  ${n}× ${k}`);
