import { describe, expect, it } from 'vitest';
import { ledeRoleFeatures, LEDE_ROLE_THRESHOLD, noPartOdds, triggerAt } from '../src/resolve/lede-roles.ts';
import type { EntityType, Sentence } from '../src/types.ts';

/** The invented sentence `text` and the span of `name` (its first occurrence) in it, typed `type`. */
function nameIn(text: string, name: string, type: EntityType): [Sentence, { start: number; end: number; type: EntityType; confidence: number }] {
  const start = text.indexOf(name);
  return [{ paragraph: 'p1', index: 0, start: 0, end: text.length, text }, { start, end: start + name.length, type, confidence: 0.95 }];
}

const odds = (text: string, name: string, type: EntityType, trigger: string, first = false) => noPartOdds(...nameIn(text, name, type), trigger, first);

describe('lede-role model (session 33, evt69)', () => {
  it('finds the trigger as a word after the dateline', () => {
    expect(triggerAt('PELLA, May 2 - Quanta Corp said it bought Velmar Inc.', 'bought')).toBe(35);
    expect(triggerAt('Zorbix rebought the mill and bought it back.', 'bought')).toBe(29);
  });

  it('reads a closing source, a modifier and a relative clause from the sentence', () => {
    const text = 'Quanta Mills sold its Velmar unit to Orlin Tool Co, which makes Norland valves, the Pella Trade Office said.';
    const source = ledeRoleFeatures(...nameIn(text, 'Pella Trade Office', 'organization'), 'sold', false);
    expect(source['closing-source']).toBe(1);
    expect(source['after-trigger']).toBe(1);
    const unit = ledeRoleFeatures(...nameIn(text, 'Velmar', 'organization'), 'sold', false);
    expect(unit['before-owned-head']).toBe(1);
    const relative = ledeRoleFeatures(...nameIn(text, 'Norland', 'place'), 'sold', false);
    expect(relative['in-relative'] ?? relative['in-comma-relative']).toBe(1);
    expect(relative['before-noun']).toBe(1);
    const actor = ledeRoleFeatures(...nameIn(text, 'Quanta Mills', 'organization'), 'sold', true);
    expect(actor['before-verb']).toBe(1);
    expect(actor['first-name']).toBe(1);
  });

  it('keeps the doer and the one done to, and reads a closing source as no party with high odds', () => {
    const text = 'Quanta Mills has received a 40 mln dlr order for Orlin looms, the Pella Defence Office said.';
    expect(odds(text, 'Quanta Mills', 'organization', 'received', true)).toBeLessThan(LEDE_ROLE_THRESHOLD);
    expect(odds(text, 'Pella Defence Office', 'organization', 'received')).toBeGreaterThanOrEqual(LEDE_ROLE_THRESHOLD);
    const bought = 'Velmar Corp said it agreed to acquire Tarn Holdings Inc for 20 mln dlrs.';
    expect(odds(bought, 'Velmar Corp', 'organization', 'acquire', true)).toBeLessThan(LEDE_ROLE_THRESHOLD);
    expect(odds(bought, 'Tarn Holdings Inc', 'organization', 'acquire')).toBeLessThan(LEDE_ROLE_THRESHOLD);
  });
});
