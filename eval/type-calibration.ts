/**
 * `node --import tsx eval/type-calibration.ts` (`npm run eval:type-calibration`): how well the type model's probability
 * of the type a name was built with — the number the page bar (src/resolve/page-bar.ts) reads — matches how often the
 * judged pages are of that type (issue 15 items 2-3). Run `npm run eval:pages` first (it reads the builds through
 * eval/judged-names.ts; `TYPE_CALIBRATION_REUSE=1` reads the names kept by the last run).
 *
 * Rows: the judged TRAIN keys (tests/gold/pages-*.json, split rule of eval/pages.ts) that a bar reads — a page today,
 * the type the model's to decide — that the judgment calls a real name (a type is right or wrong only for a name).
 * Tables, each row: names, the mean probability of the built type ("said"), the share judged of that type ("right"),
 * the gap (said − right: above 0 the model is over-sure), and the wrong names' judged types. By:
 *
 * - the probability (bins); the built type; the mentions (1, 2–3, 4–9, 10+) and articles (1 or more);
 * - the evidence the decision stood on: the built type is or is not the archive-wide vote's, the context model's
 *   likeliest, the tagger's likeliest where it reads best (`tagger.top.*`), a legal form ends the name, a gazetteer
 *   list holds the whole name or its first word as a place.
 *
 * The combining model learnt from these same train judgments, so train odds are in-sample (surer than held-out text
 * warrants); the same tables over the judged DEV keys are printed beside them as counts only (the dev sample is read
 * to develop, never to fit). Prints only figures; never a sentence, never a test key (the test split is not read).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedTypeModel, typeProbabilities, combinedFeatures, likeliestType } from '../src/resolve/type-model.ts';
import type { EntityType } from '../src/types.ts';
import { judgedNames } from './judged-names.ts';
import { barName, type BarName } from './page-bar.ts';
import { order, readJudgments } from './pages.ts';

export interface CalibrationRow {
  corpus: string;
  split: 'train' | 'dev';
  /** The type model's probability of the type built. */
  said: number;
  built: EntityType;
  judged: EntityType;
  mentions: number;
  articles: number;
  /** Evidence: name → value (a string class per row). */
  evidence: Record<string, string>;
}

/**
 * The evidence classes of a name the bar reads (its type model features must be there): eval/page-bar.ts `barEvidence`
 * read as classes (the vote's agreement is its `vote`, one home for it), and whether the combining model's likeliest
 * type is the one built.
 */
export function evidenceOf(b: BarName): Record<string, string> {
  const model = shippedTypeModel();
  const f = b.name.typeFeatures!;
  const built = b.name.type;
  const e = b.evidence!;
  const combined = typeProbabilities(model.combine, combinedFeatures(model, f));
  const words = b.name.name.split(/\s+/).length;
  const yes = (x: boolean) => (x ? 'yes' : 'no');
  return {
    'built = vote': yes(e.vote),
    'built = likeliest (not the vote fallback)': yes(likeliestType(combined) === built),
    'built = context model': yes(e.context),
    'built = tagger top': e.tagger === null ? 'no reading' : yes(e.tagger),
    'legal form ends it': yes(e.legalForm),
    'whole name a listed place': yes(e.placeName),
    'first word a listed place (more words)': yes(e.placeFirst),
    'words': String(Math.min(words, 3)) + (words >= 3 ? '+' : ''),
  };
}

const BINS = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
const binOf = (p: number) => { for (let i = BINS.length - 2; i >= 0; i--) if (p >= BINS[i]!) return `${BINS[i]!.toFixed(2)}–${Math.min(1, BINS[i + 1]!).toFixed(2)}`; return '0'; };
const mentionsOf = (n: number) => (n === 1 ? '1' : n <= 3 ? '2–3' : n <= 9 ? '4–9' : '10+');

/** One table: rows grouped by `by`; train cells in full, dev cells as n/said/right. */
export function calibrationTable(rows: CalibrationRow[], title: string, by: (r: CalibrationRow) => string, keyOrder?: string[]): string[] {
  const groups = new Map<string, CalibrationRow[]>();
  for (const r of rows) { const k = by(r); groups.set(k, [...(groups.get(k) ?? []), r]); }
  const keys = keyOrder?.filter((k) => groups.has(k)) ?? [...groups.keys()].sort();
  const out = [`\n### ${title}`, '| group | train names | said | right | gap (said − right) | train wrong, judged as | dev names | dev said | dev right |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const cell = (rs: CalibrationRow[]) => {
    const said = rs.reduce((a, r) => a + r.said, 0) / Math.max(1, rs.length);
    const right = rs.filter((r) => r.judged === r.built).length / Math.max(1, rs.length);
    return { n: rs.length, said, right };
  };
  for (const k of keys) {
    const rs = groups.get(k)!;
    const train = rs.filter((r) => r.split === 'train');
    const dev = rs.filter((r) => r.split === 'dev');
    const t = cell(train);
    const d = cell(dev);
    const wrong = new Map<string, number>();
    for (const r of train) if (r.judged !== r.built) wrong.set(`${r.built}→${r.judged}`, (wrong.get(`${r.built}→${r.judged}`) ?? 0) + 1);
    const wrongs = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w, n]) => `${w} ${n}`).join(', ');
    out.push(`| ${k} | ${t.n} | ${t.said.toFixed(3)} | ${t.right.toFixed(3)} | ${(t.said - t.right >= 0 ? '+' : '') + (t.said - t.right).toFixed(3)} | ${wrongs} | ${d.n} | ${d.said.toFixed(3)} | ${d.right.toFixed(3)} |`);
  }
  return out;
}

/** Expected calibration error over the probability bins (weighted mean of |said − right|). */
export function expectedCalibrationError(rows: CalibrationRow[]): number {
  const groups = new Map<string, CalibrationRow[]>();
  for (const r of rows) { const k = binOf(r.said); groups.set(k, [...(groups.get(k) ?? []), r]); }
  let e = 0;
  for (const rs of groups.values()) {
    const said = rs.reduce((a, r) => a + r.said, 0) / rs.length;
    const right = rs.filter((r) => r.judged === r.built).length / rs.length;
    e += (rs.length / rows.length) * Math.abs(said - right);
  }
  return e;
}

async function main() {
  const rows: CalibrationRow[] = [];
  for (const corpus of ['reuters', 'bbc']) {
    const judgments = readJudgments(corpus);
    const { names } = await judgedNames(corpus, !!process.env.TYPE_CALIBRATION_REUSE);
    for (const n of names) {
      const split = order(n.key).split;
      if (split === 'test') continue;
      const j = judgments.get(n.key);
      if (!j || !j.isName || !j.type) continue;
      const b = barName(n);
      if (!b.paged || b.fixed) continue;
      rows.push({ corpus, split, said: b.type, built: n.type, judged: j.type, mentions: b.mentions, articles: b.articles, evidence: evidenceOf(b) });
    }
  }
  const train = rows.filter((r) => r.split === 'train');
  const dev = rows.filter((r) => r.split === 'dev');
  console.log(`judged real names a bar reads: train ${train.length} (right type ${train.filter((r) => r.judged === r.built).length}), dev ${dev.length} (right ${dev.filter((r) => r.judged === r.built).length})`);
  console.log(`expected calibration error (bins ${BINS.slice(1, -1).join(', ')}): train ${expectedCalibrationError(train).toFixed(3)}, dev ${expectedCalibrationError(dev).toFixed(3)}; train Reuters ${expectedCalibrationError(train.filter((r) => r.corpus === 'reuters')).toFixed(3)}, BBC ${expectedCalibrationError(train.filter((r) => r.corpus === 'bbc')).toFixed(3)}`);
  const lines: string[] = [];
  const binKeys = BINS.slice(0, -1).map((b) => binOf(b));
  lines.push(...calibrationTable(rows, 'by the probability of the built type', (r) => binOf(r.said), binKeys));
  lines.push(...calibrationTable(rows, 'by corpus and built type', (r) => `${r.corpus} ${r.built}`));
  lines.push(...calibrationTable(rows, 'by built type, probability ≥ 0.8 (over-sure?)', (r) => (r.said >= 0.8 ? r.built : '(under 0.8)')));
  lines.push(...calibrationTable(rows, 'by mentions', (r) => mentionsOf(r.mentions), ['1', '2–3', '4–9', '10+']));
  lines.push(...calibrationTable(rows, 'by built type and mentions', (r) => `${r.built} ${mentionsOf(r.mentions)}`));
  for (const k of Object.keys(rows[0]?.evidence ?? {})) lines.push(...calibrationTable(rows, `by evidence: ${k}`, (r) => r.evidence[k]!));
  lines.push(...calibrationTable(rows, 'by evidence: built = vote, by built type', (r) => `${r.built}, vote ${r.evidence['built = vote']}`));
  console.log(lines.join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
