/**
 * `npm run eval`: entity quality of the real extraction code on annotated news, read from ../shared/corpus at run
 * time (no corpus text is copied into the repository).
 *
 * - CoNLL-2003 eng.testa: exact span + type, PER/ORG/LOC (MISC ignored), P/R/F1 per type; compromise-only baseline.
 * - MEANTIME English, Apple topic: recall of gold named mentions, type accuracy, and cross-article linking (pairs of
 *   mentions of one gold instance in different articles that land on one entity).
 * - The seeds against the gold list in tests/gold/seeds-entities.json.
 */
import path from 'node:path';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { ArticleRecord, EntityType, IngestedArticle } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { resolveEntities, normalizeName } from '../src/resolve/entities.ts';
import { loadCuration } from '../src/curation.ts';
import { gluedHyphens, predictedSpans, readConll, toArticle, type Doc, type Span } from './conll.ts';
import { readInputFolder, ingestFiles } from '../src/ingest/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const { curation } = loadCuration(path.join(ROOT, 'content'));
const TYPES: EntityType[] = ['person', 'organization', 'place'];

function prf(correct: number, predicted: number, gold: number) {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const pct = (x: number) => x.toFixed(3);

// ------------------------------------------------------------------ CoNLL-2003

function scoreSpans(rows: { gold: Span[]; predicted: Span[] }[]) {
  const table: Record<string, { correct: number; predicted: number; gold: number }> = {};
  for (const t of [...TYPES, 'overall']) table[t] = { correct: 0, predicted: 0, gold: 0 };
  for (const { gold, predicted } of rows) {
    const g = gold.filter((s) => s.type !== 'other');
    const p = predicted.filter((s) => s.type !== 'other');
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    for (const s of g) { table[s.type]!.gold++; table.overall!.gold++; }
    for (const s of new Map(p.map((x) => [key(x), x])).values()) {
      table[s.type]!.predicted++;
      table.overall!.predicted++;
      if (goldKeys.has(key(s))) { table[s.type]!.correct++; table.overall!.correct++; }
    }
  }
  return Object.fromEntries(Object.entries(table).map(([t, c]) => [t, prf(c.correct, c.predicted, c.gold)]));
}

function compromiseSpans(article: IngestedArticle, doc: Doc, tokenStart: number[], tokenPara: string[]): Span[] {
  const mentions: { paragraph: string; start: number; end: number; type: EntityType }[] = [];
  for (const p of article.paragraphs) {
    const d = nlp(p.text);
    for (const [sel, type] of [['#Person+', 'person'], ['#Organization+', 'organization'], ['#Place+', 'place']] as const) {
      for (const m of d.match(sel).json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        mentions.push({ paragraph: p.id, start: m.offset.start, end: m.offset.start + m.offset.length, type });
      }
    }
  }
  return predictedSpans(doc, mentions, tokenStart, tokenPara);
}

/** `EVAL_ERRORS=organization npm run eval`: each wrong or missed span of that type, with what stood in its place. */
const conllErrors: string[] = [];
function spanErrors(doc: Doc, gold: Span[], predicted: Span[], type: EntityType): string[] {
  const show = (s: Span) => `${doc.tokens.slice(s.start, s.end).join(' ')}/${s.type}`;
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end && a.type === b.type;
  const overlapping = (s: Span, xs: Span[]) => xs.filter((x) => x.start < s.end && x.end > s.start).map(show).join(', ') || 'nothing';
  const context = (s: Span) => doc.tokens.slice(Math.max(0, s.start - 5), s.end + 5).join(' ');
  const out: string[] = [];
  for (const g of gold) if (g.type === type && !predicted.some((p) => same(p, g))) out.push(`MISSED ${show(g)} got ${overlapping(g, predicted)} | ${context(g)}`);
  for (const p of predicted) if (p.type === type && !gold.some((g) => same(p, g))) out.push(`WRONG  ${show(p)} gold ${overlapping(p, gold)} | ${context(p)}`);
  return out;
}

function evalConll() {
  const file = path.join(CORPUS, 'conll2003', 'eng.testa');
  const docs = readConll(file);
  const product: { gold: Span[]; predicted: Span[] }[] = [];
  const baseline: { gold: Span[]; predicted: Span[] }[] = [];
  for (const { doc, gold } of docs) {
    const { article, tokenStart, tokenPara } = toArticle(doc);
    const x = extractArticle(article);
    const predicted = predictedSpans(doc, x.entities, tokenStart, tokenPara);
    product.push({ gold, predicted });
    if (process.env.EVAL_ERRORS) conllErrors.push(...spanErrors(doc, gold, predicted, process.env.EVAL_ERRORS as EntityType));
    baseline.push({ gold, predicted: compromiseSpans(article, doc, tokenStart, tokenPara) });
  }
  return { docs: docs.length, product: scoreSpans(product), baseline: scoreSpans(baseline) };
}

// ------------------------------------------------------------------ MEANTIME

interface GoldMention { doc: string; start: number; end: number; type: string; instance: string }

function readMeantime(file: string): { doc: Doc; mentions: GoldMention[]; glued: Set<number> } {
  const xml = readFileSync(file, 'utf8');
  const docId = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? path.basename(file);
  const tokens: string[] = [];
  const sentenceOf: number[] = [];
  const tokenIndex = new Map<string, number>();
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    tokenIndex.set(m[2]!, tokens.length);
    tokens.push(decodeXml(m[3]!));
    sentenceOf.push(Number(m[1]));
  }
  const mentionTokens = new Map<string, number[]>();
  for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)"[^>]*syntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    mentionTokens.set(m[1]!, [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((t) => tokenIndex.get(t[1]!)!).filter((x) => x !== undefined));
  }
  const instances = new Map<string, { type: string; instance: string }>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) {
    const attrs = m[1]!;
    const mId = /m_id="(\d+)"/.exec(attrs)?.[1];
    const type = /ent_type="([^"]+)"/.exec(attrs)?.[1];
    const instance = /instance_id="([^"]+)"/.exec(attrs)?.[1];
    if (mId && type && instance) instances.set(mId, { type, instance });
  }
  const mentions: GoldMention[] = [];
  for (const r of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1]!)?.[1];
    const inst = target ? instances.get(target) : undefined;
    if (!inst) continue;
    for (const s of r[1]!.matchAll(/<source m_id="(\d+)"/g)) {
      const toks = mentionTokens.get(s[1]!);
      if (!toks?.length) continue;
      mentions.push({ doc: docId, start: Math.min(...toks), end: Math.max(...toks) + 1, type: inst.type, instance: inst.instance });
    }
  }
  const doc = { id: `meantime-${docId}`, tokens, sentenceOf };
  // The text as news writes it: a hyphen inside a gold name joins its words ("Wal-Mart"), see `gluedHyphens`.
  const names = [...mentionTokens.values()].filter((t) => t.length).map((t) => ({ start: Math.min(...t), end: Math.max(...t) + 1 }));
  return { doc, mentions, glued: gluedHyphens(doc, names) };
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const meantimeDebug: string[] = [];
const MEANTIME_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', FIN: 'organization', FINANCIAL: 'organization', ORGANISATION: 'organization', PRO: 'other' };

function evalMeantime() {
  const dir = path.join(CORPUS, 'meantime_en', 'intra_cross-doc_annotation', 'corpus_apple');
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
  const docs = files.map((f) => readMeantime(path.join(dir, f)));
  const articles: IngestedArticle[] = [];
  const extractions = [];
  const located: { gold: GoldMention; article: string; mentionIndex: number | null; predictedType: EntityType | null }[] = [];
  for (const { doc, mentions, glued } of docs) {
    const { article, tokenStart, tokenPara } = toArticle(doc, glued);
    const x = extractArticle(article);
    articles.push(article);
    extractions.push(x);
    const spans = predictedSpans(doc, x.entities, tokenStart, tokenPara);
    for (const g of mentions) {
      // Recalled: a predicted name overlapping the gold name's tokens.
      const k = spans.findIndex((s) => s.start < g.end && s.end > g.start);
      located.push({ gold: g, article: article.id, mentionIndex: k >= 0 ? spans[k]!.mention! : null, predictedType: k >= 0 ? spans[k]!.type : null });
    }
  }
  const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
  const resolution = resolveEntities({ articles: records, extractions, curation });

  for (const l of located) {
    if (l.mentionIndex !== null && l.predictedType !== MEANTIME_TYPE[l.gold.type]) {
      const x = extractions.find((e) => e.article === l.article)!;
      meantimeDebug.push(`${l.gold.type} → ${l.predictedType}: ${x.entities[l.mentionIndex]?.text}`);
    }
  }
  if (process.env.EVAL_DEBUG) for (const e of resolution.entities.filter((e) => /apple/i.test(e.name))) meantimeDebug.unshift(`ENTITY ${e.id} ${e.type} ${e.mentions.length} ${e.aliases.join('|')}`);
  // Score the type readers see: the resolved entity's type.
  const entityType = new Map(resolution.entities.map((e) => [e.id, e.type]));
  for (const l of located) {
    const id = l.mentionIndex === null ? null : resolution.assignment.get(l.article)?.[l.mentionIndex];
    if (id) l.predictedType = entityType.get(id) ?? l.predictedType;
  }
  const named = located.filter((l) => ['PER', 'ORG', 'LOC', 'FIN', 'FINANCIAL', 'ORGANISATION'].includes(l.gold.type));
  const recalled = named.filter((l) => l.mentionIndex !== null);
  const typed = recalled.filter((l) => l.predictedType === MEANTIME_TYPE[l.gold.type]);
  // EVAL_MEANTIME_WRONG=1: each recalled named mention whose resolved type is wrong (the type model's misses show here).
  if (process.env.EVAL_MEANTIME_WRONG) {
    for (const l of recalled.filter((r) => !typed.includes(r))) console.log(`MEANTIME ${l.gold.type} → ${l.predictedType}: ${l.article} ${extractions.find((x) => x.article === l.article)!.entities[l.mentionIndex!]?.text}`);
  }
  // Recalled names that also get a page (not left as plain text by the page threshold).
  const withPage = recalled.filter((l) => resolution.assignment.get(l.article)?.[l.mentionIndex!]);
  const perType: Record<string, string> = {};
  for (const t of ['PER', 'ORG', 'LOC', 'FIN']) {
    const all = named.filter((l) => l.gold.type === t);
    const rec = all.filter((l) => l.mentionIndex !== null);
    perType[t] = `${rec.length}/${all.length} recalled (${pct(all.length ? rec.length / all.length : 0)}), type ok ${pct(rec.length ? rec.filter((l) => l.predictedType === MEANTIME_TYPE[t]).length / rec.length : 0)}`;
  }
  // Cross-article linking: pairs of recalled mentions of one gold instance in different articles.
  const byInstance = new Map<string, { article: string; entity: string | null }[]>();
  for (const l of recalled) {
    const entity = resolution.assignment.get(l.article)?.[l.mentionIndex!] ?? null;
    byInstance.set(l.gold.instance, [...(byInstance.get(l.gold.instance) ?? []), { article: l.article, entity }]);
  }
  let pairs = 0;
  let linked = 0;
  for (const list of byInstance.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i]!.article === list[j]!.article) continue;
        pairs++;
        if (list[i]!.entity !== null && list[i]!.entity === list[j]!.entity) linked++;
      }
    }
  }
  return {
    docs: docs.length,
    goldNamed: named.length,
    recall: named.length ? recalled.length / named.length : 0,
    recallWithPage: named.length ? withPage.length / named.length : 0,
    typeAccuracy: recalled.length ? typed.length / recalled.length : 0,
    linking: pairs ? linked / pairs : 0,
    pairs,
    perType,
  };
}

// ------------------------------------------------------------------ seeds

interface GoldEntity { name: string; type: EntityType; spellings?: string[] }

async function evalSeeds() {
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'gold', 'seeds-entities.json'), 'utf8')) as { entities: GoldEntity[] };
  const { files } = await readInputFolder(path.join(ROOT, 'seeds'));
  const { articles } = ingestFiles(files);
  const extractions = articles.map(extractArticle);
  const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
  const { entities } = resolveEntities({ articles: records, extractions, curation });
  const names = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(normalizeName));
  let found = 0;
  let typed = 0;
  const missing: string[] = [];
  const matched = new Set<string>();
  for (const g of gold.entities) {
    const spellings = [g.name, ...(g.spellings ?? [])].map(normalizeName);
    const e = entities.find((x) => spellings.some((s) => names(x).has(s)));
    if (!e) { missing.push(g.name); continue; }
    matched.add(e.id);
    found++;
    if (e.type === g.type) typed++;
    else missing.push(`${g.name} (typed ${e.type}, expected ${g.type})`);
  }
  const extra = entities.filter((e) => !matched.has(e.id)).map((e) => `${e.name} [${e.type}]`);
  return { gold: gold.entities.length, found, typed, missing, extra, entities: entities.length };
}

// ------------------------------------------------------------------ report

const started = performance.now();
const conll = existsSync(path.join(CORPUS, 'conll2003', 'eng.testa')) ? evalConll() : null;
const meantime = existsSync(path.join(CORPUS, 'meantime_en')) ? evalMeantime() : null;
const seeds = await evalSeeds();
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const lines: string[] = [];
lines.push('| set | measure | Chronicle | compromise alone |', '| --- | --- | --- | --- |');
if (conll) {
  for (const t of [...TYPES, 'overall']) {
    const p = conll.product[t]!;
    const b = conll.baseline[t]!;
    lines.push(`| CoNLL-2003 eng.testa (${conll.docs} docs) | ${t} P / R / F1 | ${pct(p.p)} / ${pct(p.r)} / ${pct(p.f)} | ${pct(b.p)} / ${pct(b.r)} / ${pct(b.f)} |`);
  }
} else lines.push('| CoNLL-2003 | — | corpus not found at ../shared/corpus | |');
if (meantime) {
  lines.push(`| MEANTIME Apple (${meantime.docs} docs, ${meantime.goldNamed} named mentions) | named-mention recall | ${pct(meantime.recall)} | |`);
  lines.push(`| MEANTIME Apple | named-mention recall, counting only names that get a page | ${pct(meantime.recallWithPage)} | |`);
  lines.push(`| MEANTIME Apple | type accuracy | ${pct(meantime.typeAccuracy)} | |`);
  lines.push(`| MEANTIME Apple | cross-article linking (${meantime.pairs} pairs) | ${pct(meantime.linking)} | |`);
}
lines.push(`| seeds (${seeds.gold} gold entities) | found / correctly typed | ${seeds.found} / ${seeds.typed} | |`);
console.log(lines.join('\n'));
if (meantime) console.log('\nMEANTIME per gold type:', meantime.perType);
console.log(`\nSeeds: missing or mistyped: ${seeds.missing.join('; ') || 'none'}`);
console.log(`Seeds: entities not in the gold list (${seeds.extra.length} of ${seeds.entities}): ${seeds.extra.join('; ')}`);
console.log(`\nEvaluated in ${seconds}s.`);
if (conllErrors.length) console.log(conllErrors.join('\n'));
if (process.env.EVAL_DEBUG && meantime) console.log(meantimeDebug.slice(0, 80).join('\n'));
