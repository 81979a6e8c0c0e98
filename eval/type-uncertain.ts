/**
 * `node --import tsx eval/type-uncertain.ts [N]`: the unjudged TRAIN-split names (tests/gold/pages-*.json, split rule
 * of eval/pages.ts) where the shipped type model is least sure — the names to judge next for it (active learning, not
 * a random draw). Run `npm run eval:pages` first (it reads the builds through eval/judged-names.ts).
 *
 * A name is listed when its type is the model's to decide and it has a page; it is ranked first where the model's type
 * and the archive-wide vote differ (either way, the floor aside), then by how close the combining model's two likeliest
 * types are (the smaller the lead, the earlier). The N first of each corpus (60 unless given) are printed for judging:
 * key, mentions, articles and up to five sentences, with neither the built type nor the odds (judged blind, README
 * "How pages are judged"). Only train keys are ever printed: the split is tested before anything is.
 * `TYPE_UNCERTAIN_CORPUS=bbc` lists one corpus; `TYPE_UNCERTAIN_SKIP=K` leaves out the first K of each ranking;
 * `TYPE_UNCERTAIN_CONTEXT=1` ranks first the names whose type built is not the context model's likeliest (the one
 * class eval/type-calibration.ts finds over-sure: said 0.52, judged right 0.41 on train).
 * `TYPE_UNCERTAIN_RANDOM=SEED` lists them in a seeded random order instead (`randomRank`: a hash of the seed and the
 * key, never the odds): the honest cross-validation set for a refit, since names picked where a model is unsure skew
 * it (evt78/evt79). Judgments made from this list carry `"pick": "random"` in tests/gold/pages-*.json.
 * `TYPE_UNCERTAIN_DISAGREE=1` (with `TYPE_UNCERTAIN_RANDOM`) lists only the names where the evidence disagrees
 * (`disagreement`): the combining model's likeliest type is not the archive vote's, the tagger's top type is not the
 * type built, or a variant of the name (`variantPairs`: its short or long form in one of its articles, its plural)
 * was built with another type. Judgments made from this list carry `"pick": "disagreement"`.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asGraphJsonV1, type GraphJson } from '../src/graph/graph-json.ts';
import { shippedTypeModel, typeProbabilities, combinedFeatures, likeliestType, TYPES } from '../src/resolve/type-model.ts';
import type { EntityType } from '../src/types.ts';
import { judgedNames, type JudgedName } from './judged-names.ts';
import { entityKey, judgmentKey, order, readJudgments } from './pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The model's two likeliest types' lead, and whether its likeliest type is not the vote's. */
export function uncertainty(p: Record<EntityType, number>, voted: EntityType): { lead: number; disagrees: boolean } {
  const [a, b] = TYPES.map((t) => p[t]).sort((x, y) => y - x);
  return { lead: a! - b!, disagrees: likeliestType(p) !== voted };
}

/** A key's place in a seeded random order that reads nothing but the seed and the key. */
export const randomRank = (seed: string, key: string): number => createHash('sha256').update(`type-random|${seed}|${key}`).digest().readUInt32BE(0);

/** Two names are variants of one: a whole-word head or tail of the other, or its plural ("Tory", "Tories"). */
export function isVariant(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return false;
  if (long === `${short}s` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`)) return true;
  const sw = short.split(' ');
  const lw = long.split(' ');
  if (sw.length >= lw.length) return false;
  return sw.every((w, i) => lw[i] === w) || sw.every((w, i) => lw[lw.length - sw.length + i] === w);
}

/** Each name's variants built with another type: the short or long forms met in one of its articles, and its plurals. */
export function variantPairs(names: readonly JudgedName[]): Map<JudgedName, JudgedName[]> {
  const paged = names.filter((x) => x.fixed || !x.deniedByRule);
  const byArticle = new Map<string, Set<JudgedName>>();
  for (const x of paged) for (const m of x.mentions) (byArticle.get(m.article) ?? byArticle.set(m.article, new Set()).get(m.article)!).add(x);
  const byName = new Map<string, JudgedName[]>();
  for (const x of paged) (byName.get(x.name) ?? byName.set(x.name, []).get(x.name)!).push(x);
  const out = new Map<JudgedName, JudgedName[]>();
  const add = (x: JudgedName, y: JudgedName) => { if (x !== y && x.type !== y.type && isVariant(x.name, y.name) && !(out.get(x) ?? []).includes(y)) (out.get(x) ?? out.set(x, []).get(x)!).push(y); };
  for (const x of paged) {
    for (const plural of [`${x.name}s`, x.name.endsWith('y') ? `${x.name.slice(0, -1)}ies` : '']) for (const y of byName.get(plural) ?? []) { add(x, y); add(y, x); }
    for (const article of new Set(x.mentions.map((m) => m.article))) for (const y of byArticle.get(article)!) add(x, y);
  }
  return out;
}

/** Why a name's evidence disagrees (`TYPE_UNCERTAIN_DISAGREE`), or nothing where it agrees. */
function disagreement(x: JudgedName, modelAgainstVote: boolean, variants: ReadonlyMap<JudgedName, JudgedName[]>): string[] {
  const f = x.typeFeatures!;
  const taggerTop = TYPES.find((t) => f[`tagger.top.${t}`] !== undefined);
  return [
    ...(modelAgainstVote ? ['model-vs-vote'] : []),
    ...(taggerTop && taggerTop !== x.type ? ['tagger-vs-built'] : []),
    ...(variants.has(x) ? ['variant'] : []),
  ];
}

/** The sentence around the name, cut to 220 characters. */
const around = (sentence: string, text: string) => {
  const at = Math.max(0, sentence.indexOf(text));
  return sentence.slice(Math.max(0, at - 110), at + text.length + 110).replace(/\s+/g, ' ');
};

async function main() {
  const n = Number(process.argv[2] ?? 60);
  const skip = Number(process.env.TYPE_UNCERTAIN_SKIP ?? 0);
  const byContext = !!process.env.TYPE_UNCERTAIN_CONTEXT;
  const seed = process.env.TYPE_UNCERTAIN_RANDOM;
  const onlyDisagreeing = !!process.env.TYPE_UNCERTAIN_DISAGREE;
  const model = shippedTypeModel();
  for (const corpus of ['reuters', 'bbc']) {
    if (process.env.TYPE_UNCERTAIN_CORPUS && process.env.TYPE_UNCERTAIN_CORPUS !== corpus) continue;
    const judgments = readJudgments(corpus);
    const { names } = await judgedNames(corpus, true);
    const variants = variantPairs(names);
    const ranked = names
      .filter((x) => x.typeFeatures && (x.fixed || !x.deniedByRule) && order(x.key).split === 'train' && !judgments.has(x.key))
      .map((x) => {
        const f = x.typeFeatures!;
        const voted = TYPES.find((t) => f[`voted.${t}`] === 1) ?? 'other';
        const againstContext = likeliestType(typeProbabilities(model.context, f)) !== x.type;
        const u = uncertainty(typeProbabilities(model.combine, combinedFeatures(model, f)), voted);
        return { x, againstContext, why: disagreement(x, u.disagrees, variants), ...u };
      })
      .filter((r) => !onlyDisagreeing || r.why.length > 0);
    if (onlyDisagreeing) console.error(`${corpus}: ${ranked.length} disagreeing (${['model-vs-vote', 'tagger-vs-built', 'variant'].map((w) => `${w} ${ranked.filter((r) => r.why.includes(w)).length}`).join(', ')})`);
    const listed = ranked
      .sort((a, b) => (seed !== undefined ? randomRank(seed, a.x.key) - randomRank(seed, b.x.key) : 0) || (byContext ? Number(b.againstContext) - Number(a.againstContext) : 0) || Number(b.disagrees) - Number(a.disagrees) || a.lead - b.lead || (a.x.key < b.x.key ? -1 : 1))
      .slice(skip, skip + n);
    const graph = asGraphJsonV1(JSON.parse(readFileSync(path.join(ROOT, '.cache', 'eval-pages', corpus, 'graph.json'), 'utf8')) as GraphJson);
    const byKey = new Map(graph.entities.map((e) => { const k = entityKey(e); return [judgmentKey(k.article, k.name), e] as const; }));
    for (const { x } of listed) {
      const e = byKey.get(x.key);
      if (!e || order(x.key).split !== 'train') continue;
      const articles = new Set(e.mentions.map((m) => m.article)).size;
      console.log(`\n${corpus}\t${x.key}\t(${e.mentions.length} mentions, ${articles} articles)`);
      const first = x.key.split('\t')[0];
      const own = e.mentions.filter((m) => m.article === first);
      const rest = e.mentions.filter((m) => m.article !== first);
      for (const m of [...own.slice(0, 3), ...rest.slice(0, 2)]) console.log(`    ${m.article}: ${around(m.sentence ?? '', m.text)}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
