/**
 * `node --import tsx eval/figure-pages.ts INPUT GRAPH.json [train|dev]` (issue 19, session 38, evt83): a build's
 * event pages with the path each came by — its first source the article's lede (the sentence markTheNews makes the
 * news) or a later body sentence — and, for a lede, the lede-kind model's odds of a happening and likeliest other kind,
 * so that the pages a reader judges a figure can be counted by path. Prints one line per page (its key's split in the
 * fixed random order, eval/pages.ts `order`, `lede`/`body`, the odds, the title and the first quote); with `train`
 * (default) only the pages whose key is in the train half (a dev key ranked ≥ 2^31), which no page sample judges;
 * with `dev`, the event pages' dev keys (eval/event-pages.ts `eventOrder`: the train half too). A test key is never
 * printed. It judges nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ingestFiles, readInputFolder } from '../src/ingest/index.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { ledeParagraph } from '../src/extract/events.ts';
import { ledeKind } from '../src/extract/lede-kind.ts';
import { asGraphJsonV1, type GraphJson, type GraphJsonV1, type GraphJsonV2 } from '../src/graph/graph-json.ts';
import { order } from './pages.ts';
import { eventOrder } from './event-pages.ts';

interface Page { title: string; noPage?: string; sources: { article: string; quote: string }[] }
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

async function main(): Promise<void> {
  const [input, graphFile, which = 'train'] = process.argv.slice(2);
  if (!input || !graphFile) throw new Error('usage: figure-pages.ts INPUT GRAPH.json [train|dev]');
  const { articles } = ingestFiles((await readInputFolder(input)).files);
  const ledes = new Map<string, { text: string; headline: string }>();
  for (const a of articles) {
    const first = ledeParagraph(a);
    const lede = first ? splitSentences([first])[0] : undefined;
    if (lede) ledes.set(a.id, { text: lede.text, headline: a.title });
  }
  // (eval/event-pages.ts keeps the build's own shape, events with their sources; the CLI writes graph.json.)
  const doc = JSON.parse(readFileSync(graphFile, 'utf8')) as GraphJson | GraphJsonV2 | GraphJsonV1 | { version: undefined; events: Page[] };
  const events: Page[] = doc.version === undefined ? doc.events : asGraphJsonV1(doc).events;
  const counts = { lede: 0, body: 0 };
  for (const ev of events.filter((e) => e.noPage === undefined)) {
    const first = ev.sources[0]!;
    const key = `${first.article}|${sha(first.quote).slice(0, 12)}`;
    const split = order(`event|${key}`).split;
    if (eventOrder(key).split === 'test' || (which === 'train' && split !== 'train')) continue;
    const lede = ledes.get(first.article);
    const isLede = lede !== undefined && lede.text === first.quote;
    counts[isLede ? 'lede' : 'body']++;
    const read = isLede ? ledeKind(lede.headline, lede.text) : undefined;
    const odds = read ? `${read.happening.toFixed(3)} ${read.kind}` : '-';
    console.log(`${first.article}\t${split}\t${isLede ? 'lede' : 'body'}\t${odds}\t${ev.title}\t${first.quote}`);
  }
  console.log(`# ${counts.lede + counts.body} pages: lede ${counts.lede}, body ${counts.body}`);
}

await main();
