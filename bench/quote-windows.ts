/**
 * `node --import tsx bench/quote-windows.ts SITE [SIZES]`: how long a quote's window round a name can be cut before a
 * reader stops seeing who did what (issue 17). For each window size (default 40,50,60,70,80,100 characters) over the
 * mentions an entity page quotes (graph.json's entities with a page, each mention's sentence, `shortQuote`): the
 * characters the quotes come to, and, over a fixed sample of the sentences longer than the smallest size, the share of
 * windows that still hold a verb outside the name (compromise's tagger: "did what"), the share that keep a word on
 * each side of the name where the sentence has one, and the words a window shows round the name (median).
 * The same for an entity's Quotes (its statements), which are printed whole today, with the speaker's name where the
 * sentence names it, else the sentence's start.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import nlp from 'compromise';
import { shortQuote } from '../src/graph/site-model.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../src/graph/graph-json.ts';

const SAMPLE = 1500;
const site = process.argv[2];
if (!site) throw new Error('usage: quote-windows.ts SITE [SIZES]');
const sizes = (process.argv[3] ?? '40,50,60,70,80,100').split(',').map(Number);
const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(site, 'graph.json'), 'utf8')) as GraphJson | GraphJsonV2);
const sentences = new Map(graph.articles.map((a) => [a.id, a.sentences]));

/** Every quoted (sentence, name) pair of one kind, in graph order. */
const mentionPairs = graph.entities.filter((e) => e.url).flatMap((e) => e.mentions.map((m) => ({ sentence: sentences.get(m.article)?.[m.sentence ?? -1] ?? '', name: m.text })));
const mentionsOf = new Map(graph.entities.map((e) => [e.id, e.mentions]));
const quotePairs = graph.quotes.map((q) => {
  const names = (mentionsOf.get(q.entity) ?? []).filter((m) => m.article === q.article).map((m) => m.text);
  return { sentence: q.quote, name: names.find((n) => q.quote.includes(n)) ?? '' };
});

const hasVerbOutside = (window: string, name: string) => {
  const rest = name ? window.replace(name, ' ') : window;
  return nlp(rest).verbs().length > 0;
};
const words = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

function report(kind: string, pairs: { sentence: string; name: string }[]): void {
  const long = pairs.filter((p) => p.sentence.replace(/\s+/g, ' ').trim().length > Math.min(...sizes));
  const step = Math.max(1, Math.floor(long.length / SAMPLE));
  const sample = long.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const full = pairs.reduce((n, p) => n + p.sentence.length, 0);
  console.log(`${kind}: ${pairs.length} quotes, ${full} characters whole; sample of ${sample.length} of the ${long.length} longer than ${Math.min(...sizes)}`);
  const whole = sample.filter((p) => hasVerbOutside(p.sentence, p.name)).length;
  console.log(`  whole sentence: verb outside the name ${(whole / sample.length).toFixed(3)}`);
  for (const size of sizes) {
    const chars = pairs.reduce((n, p) => n + shortQuote(p.sentence, p.name, size).length, 0);
    let verb = 0;
    let sides = 0;
    const around: number[] = [];
    for (const p of sample) {
      const w = shortQuote(p.sentence, p.name, size);
      if (hasVerbOutside(w, p.name)) verb++;
      const at = p.name ? w.indexOf(p.name) : -1;
      if (at >= 0) {
        const before = w.slice(0, at).replace(/^…/, '');
        const after = w.slice(at + p.name.length).replace(/…$/, '');
        const flatAt = p.sentence.indexOf(p.name);
        const wants = (flatAt > 0 ? 1 : 0) + (flatAt + p.name.length < p.sentence.trim().length - 1 ? 1 : 0);
        if ((words(before) > 0 ? 1 : 0) + (words(after) > 0 ? 1 : 0) >= wants) sides++;
        around.push(words(before) + words(after));
      }
    }
    around.sort((a, b) => a - b);
    console.log(`  ${size}: ${chars} characters (${(chars / full).toFixed(3)} of whole); verb outside the name ${(verb / sample.length).toFixed(3)}; words on each side ${(sides / sample.length).toFixed(3)}; words round the name, median ${around[Math.floor(around.length / 2)] ?? 0}`);
  }
}

report('entity mentions', mentionPairs);
report('entity quotes', quotePairs);
