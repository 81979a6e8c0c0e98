/**
 * `npm run train-lede-roles`: trains the lede-role model (src/resolve/lede-roles.ts) on the labels of
 * tests/gold/lede-roles.json (every name of the ledes of train-split articles, eval/lede-roles.ts; no dev or test key),
 * label 1 where the name takes no part in the news (other-clause, describing, speaker, not-name) and 0 where it does
 * (actor, target, place). Logistic regression with an L2 penalty chosen by 5-fold cross-validation (eval/logistic.ts).
 * Prints the cross-validated participant-vs-not precision and recall, each role's accuracy (one model per role, the
 * most likely role), and, per threshold on the held-out odds, how many of the names the extraction made participants
 * the model would keep as `alsoNamed` and how many of those were judged parties. Writes
 * src/resolve/lede-roles-model.json unless `LEDE_ROLES_DRY=1`.
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Features } from '../src/resolve/page-model.ts';
import { ledeRoleFeatures } from '../src/resolve/lede-roles.ts';
import { chooseL2, crossValidated, fit, type Example } from './logistic.ts';
import { trainLedes } from './lede-roles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'resolve', 'lede-roles-model.json');
const FOLDS = 5;
const ROLES = ['actor', 'target', 'place', 'other-clause', 'describing', 'speaker', 'not-name'] as const;
const PARTY = new Set(['actor', 'target', 'place']);

interface Gold { set: string; article: string; sentence: string; name: string; role: (typeof ROLES)[number] }
interface Row { key: string; role: Gold['role']; features: Features; participant: boolean }

async function rows(): Promise<Row[]> {
  const gold = (JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/lede-roles.json'), 'utf8')) as { items: Gold[] }).items;
  const byLede = new Map<string, Gold[]>();
  for (const g of gold) byLede.set(`${g.article}|${g.sentence}`, [...(byLede.get(`${g.article}|${g.sentence}`) ?? []), g]);
  const out: Row[] = [];
  let missing = 0;
  for (const lede of await trainLedes()) {
    const labels = byLede.get(`${lede.article}|${lede.hash}`);
    if (!labels) continue;
    byLede.delete(`${lede.article}|${lede.hash}`);
    const left = [...labels];
    const parties = new Map(lede.event.participants.map((p) => [p.mention, p.role] as const));
    lede.names.forEach((n, i) => {
      const j = left.findIndex((g) => g.name === n.text);
      if (j < 0) return void missing++;
      const [g] = left.splice(j, 1);
      const mention = lede.x.entities.findIndex((e) => e.start === n.start && e.end === n.end && e.paragraph === n.paragraph);
      out.push({ key: `${lede.article}|${lede.hash}|${i}`, role: g!.role, features: ledeRoleFeatures(lede.sentence, n, lede.event.trigger, i === 0, parties.get(mention), { index: i, count: lede.names.length }), participant: parties.has(mention) });
    });
    missing += left.length;
  }
  const unread = [...byLede.values()].reduce((s, l) => s + l.length, 0);
  console.log(`${out.length} labelled names read (${missing} labels whose name the extraction no longer finds, ${unread} of ledes no longer listed)`);
  return out;
}

async function main() {
  const data = await rows();
  const examples: Example[] = data.map((r) => ({ features: r.features, label: PARTY.has(r.role) ? 0 : 1, offset: 0 }));
  const featureNames = [...new Set(examples.flatMap((x) => Object.keys(x.features)))].sort();
  console.log(`${examples.length} names, ${examples.filter((x) => x.label).length} judged no party; ${featureNames.length} features`);
  const l2 = chooseL2(examples, featureNames, [0.1, 0.03, 0.01, 0.003, 0.001, 0.0003], FOLDS);
  const { held } = crossValidated(examples, l2, featureNames, FOLDS);
  // Participant-vs-not at odds 0.5.
  const tp = data.filter((r, i) => PARTY.has(r.role) && held[i]! < 0.5).length;
  const fp = data.filter((r, i) => !PARTY.has(r.role) && held[i]! < 0.5).length;
  const fn = data.filter((r, i) => PARTY.has(r.role) && held[i]! >= 0.5).length;
  console.log(`${FOLDS}-fold cross-validated, participant vs not at 0.5: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (${tp + fn} participants)`);
  // Each role's accuracy: one model per role, the most likely role.
  const perRole = ROLES.map((role) => crossValidated(data.map((r) => ({ features: r.features, label: r.role === role ? 1 : 0, offset: 0 })), l2, featureNames, FOLDS).held);
  const guess = data.map((_, i) => ROLES[perRole.map((h) => h[i]!).reduce((b, v, k, a) => (v > a[b]! ? k : b), 0)]!);
  console.log(`roles (one model per role, the most likely): accuracy ${(guess.filter((g, i) => g === data[i]!.role).length / data.length).toFixed(3)}; per role (right/labelled): ${ROLES.map((role) => `${role} ${data.filter((r, i) => r.role === role && guess[i] === role).length}/${data.filter((r) => r.role === role).length}`).join(', ')}`);
  // What each threshold would do to the extraction's participants.
  const base = data.filter((r) => r.participant);
  console.log(`the extraction's participants among them: ${base.length}, judged parties ${base.filter((r) => PARTY.has(r.role)).length}`);
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const taken = data.map((r, i) => ({ r, p: held[i]! })).filter(({ r, p }) => r.participant && p >= t);
    const wrong = taken.filter(({ r }) => PARTY.has(r.role));
    console.log(`  threshold ${t}: takes ${taken.length} participants, ${wrong.length} of them judged parties${t >= 0.8 ? ` (${wrong.map(({ r }) => `${r.key} ${r.role}`).join('; ')})` : ''}`);
  }
  const model = fit(examples, l2, featureNames, 3000);
  model.about = `Lede-role model weights (src/resolve/lede-roles.ts), written by npm run train-lede-roles: logistic regression, L2 ${l2} (${FOLDS}-fold cross-validation), label 1 = no party, trained on the ${examples.length} labelled names of tests/gold/lede-roles.json (train-split ledes). No text.`;
  const sorted = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`strongest weights: ${sorted.slice(0, 20).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  if (!process.env.LEDE_ROLES_DRY) {
    writeFileSync(OUT, `${JSON.stringify({ about: model.about, bias: model.bias, weights: Object.fromEntries(Object.entries(model.weights).sort((a, b) => (a[0] < b[0] ? -1 : 1))) }, null, 1)}\n`);
    console.log(`wrote ${path.relative(ROOT, OUT)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
