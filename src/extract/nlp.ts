/**
 * compromise, set up once for Chronicle: extraction reads its part-of-speech and lexicon tags only, so the last
 * step of its pipeline, which groups words into noun and verb chunks after all tagging is done, is left out
 * (about 6% of extraction time; tags are the same bytes, since it runs after the taggers and sets no tag).
 *
 * Its rule matcher is also handed only the rules a text can fire (`hooksIn`): the same rules in the same order,
 * found without a pass over all of them for every clause.
 */
import nlp from 'compromise';

/** A compiled set of match rules (compromise's `buildNet`): rules by the word or #Tag they need, and those needing none. */
interface Net {
  hooks: Record<string, unknown[]>;
  always: unknown[];
}
type BulkMatch = (docs: unknown, net: Net, methods: unknown, opts?: unknown) => unknown;

const world = nlp.world() as { hooks: string[]; methods: { one: { bulkMatch: BulkMatch; cacheDoc: (docs: unknown) => Set<string>[] } } };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

const one = world.methods.one;
/** compromise's own matcher, handed every rule (kept for tests/nlp.test.ts, which compares the two). */
export const allRulesBulkMatch = one.bulkMatch;
one.bulkMatch = (docs, net, methods, opts) => allRulesBulkMatch(docs, { ...net, hooks: hooksIn(one.cacheDoc(docs), net.hooks) }, methods, opts);

const keyOrder = new WeakMap<object, Map<string, number>>();

/**
 * The hooks of a rule set that any clause's cache (its words and #Tags, compromise's `cacheDoc`) holds, in the rule
 * set's own key order. compromise's matcher looks up every key of the rule set (a few thousand) in every clause's
 * cache and keeps those it finds, in key order: it keeps the same ones from this smaller set, in the same order,
 * so the rules it runs and their order are unchanged. On the short phrases extraction tags, that pass over all keys
 * was a third of compromise's time.
 */
export function hooksIn(caches: readonly ReadonlySet<string>[], hooks: Record<string, unknown[]>): Record<string, unknown[]> {
  const order = keyOrder.get(hooks) ?? new Map(Object.keys(hooks).map((key, i) => [key, i]));
  keyOrder.set(hooks, order);
  const present = new Set<string>();
  for (const cache of caches) for (const key of cache) if (order.has(key)) present.add(key);
  const out: Record<string, unknown[]> = {};
  for (const key of [...present].sort((a, b) => order.get(a)! - order.get(b)!)) out[key] = hooks[key]!;
  return out;
}

export default nlp;
