/**
 * Date normalisation accuracy on TempEval-3 TimeBank + AQUAINT: every DATE TIMEX3 (not the creation time) is
 * normalised with `timexValue`, against the document's DCT, in its surrounding text; the score is exact match of
 * the gold `value`. The corpus is read from ../shared/corpus at run time and never copied into the repository.
 *
 *   node --import tsx eval/dates.ts [corpus dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { timexValue } from '../src/extract/dates.ts';

const root = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/corpus/timebank_tempeval3');
const SETS = ['TimeBank', 'AQUAINT'];

interface Case { set: string; doc: string; text: string; gold: string; got: string | null }

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const cases: Case[] = [];
for (const set of SETS) {
  const dir = path.join(root, set);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const xml = readFileSync(path.join(dir, name), 'utf8');
    const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)/.exec(xml)?.[1] ?? null;
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
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
    for (const s of spans) {
      // The sentence around the expression: back to the previous full stop, on to the next.
      const from = Math.max(plain.lastIndexOf('. ', s.start) + 2, s.start - 200, 0);
      const stop = plain.indexOf('. ', s.start + s.text.length);
      const to = stop < 0 ? Math.min(plain.length, s.start + 200) : Math.min(stop + 1, s.start + 200);
      const context = plain.slice(from, to).replace(/\s+/g, ' ');
      const at = plain.slice(from, s.start).replace(/\s+/g, ' ').length;
      const text = s.text.replace(/\s+/g, ' ').trim();
      cases.push({ set, doc: name, text, gold: s.gold, got: timexValue(text, dct, context, at) });
    }
  }
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
const ok = (c: Case) => c.got === c.gold;
console.log(`DATE values: ${cases.filter(ok).length}/${cases.length} = ${pct(cases.filter(ok).length, cases.length)}`);
for (const set of SETS) {
  const mine = cases.filter((c) => c.set === set);
  console.log(`  ${set}: ${mine.filter(ok).length}/${mine.length} = ${pct(mine.filter(ok).length, mine.length)}`);
}
const misses = cases.filter((c) => !ok(c));
const byKind = new Map<string, number>();
for (const c of misses) {
  const kind = c.got === null ? 'no value' : /^\d{4}-\d\d-\d\d$/.test(c.gold) ? 'wrong day' : /REF$/.test(c.gold) ? 'wrong REF' : /W\d/.test(c.gold) ? 'wrong week' : /Q\d/.test(c.gold) ? 'wrong quarter' : 'other';
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
}
console.log(`misses: ${misses.length} (${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')})`);
const freq = new Map<string, number>();
for (const c of misses) {
  const k = `"${c.text}" gold=${c.gold} got=${c.got}`;
  freq.set(k, (freq.get(k) ?? 0) + 1);
}
for (const [k, n] of [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(process.env.MISSES ?? 30))) console.log(`  ${n}× ${k}`);
