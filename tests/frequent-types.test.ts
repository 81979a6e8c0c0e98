/** The type model's regression check on frequent names (eval/frequent-types.ts). */
import { describe, expect, it } from 'vitest';
import { frequentChanges } from '../eval/frequent-types.ts';
import { judgmentKey, order, type PageJudgment, type Split } from '../eval/pages.ts';
import type { TypeModel } from '../src/resolve/type-model.ts';

const flat = { bias: { person: 0, organization: 0, place: 0, other: 0 }, weights: {} };
/** A model that always says `type`, sure of it. */
const always = (type: string): TypeModel => ({ about: '', context: flat, combine: { ...flat, weights: { 'context.person': { [type]: 20 } } }, floor: 0 });
/** The first article id of the form a-N whose key for `name` falls in `split`. */
function articleIn(split: Split, name: string): string {
  for (let i = 0; ; i++) if (order(judgmentKey(`a-${i}`, name)).split === split) return `a-${i}`;
}
const named = (name: string, mentions: number, split: Split, typed = true) => {
  const article = articleIn(split, name);
  return { key: judgmentKey(article, name), name, mentions: Array.from({ length: mentions }, () => ({ article, text: name })), ...(typed ? { typeFeatures: { 'voted.place': 1 } } : {}) };
};

describe('frequent names check', () => {
  it('lists the most mentioned typed names whose type changes, with train and dev judgments only', () => {
    const names = [named('Velmora', 50, 'train'), named('Tarnley', 40, 'test'), named('Orlin', 30, 'dev'), named('Quessa', 90, 'train', false), named('Brindle', 2, 'train')];
    const judged = (n: { key: string; name: string }, type: PageJudgment['type']): [string, PageJudgment] => {
      const [article] = n.key.split('\t');
      return [n.key, { article: article!, name: n.name, isName: type !== null, type }];
    };
    const judgments = new Map([judged(names[0]!, 'organization'), judged(names[1]!, 'organization'), judged(names[2]!, null), judged(names[4]!, 'organization')]);
    const changes = frequentChanges(names, always('organization'), always('person'), 3, judgments);
    // "Quessa" is not the model's to type; "Brindle" is past the top 3 of the typed names.
    expect(changes.map((c) => [c.name, c.mentions, c.split, c.before, c.after, c.judged])).toEqual([
      ['Velmora', 50, 'train', 'organization', 'person', 'organization'],
      ['Tarnley', 40, 'test', 'organization', 'person', undefined],
      ['Orlin', 30, 'dev', 'organization', 'person', null],
    ]);
    expect(frequentChanges(names, always('place'), always('place'), 3, judgments)).toEqual([]);
  });
});
