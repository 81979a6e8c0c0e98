import { describe, expect, it } from 'vitest';
import { ledeRoleFeatures, LEDE_ROLE_THRESHOLD, noPartOdds, triggerAt } from '../src/resolve/lede-roles.ts';
import { listedTogether } from '../src/resolve/participants.ts';
import { headlineSubject } from '../src/extract/headline-subject.ts';
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

  it('reads a name\'s syntactic place, the words around it and the extraction\'s reading of it (session 34, evt72)', () => {
    const text = 'PELLA, May 4 - Zorbix Corp bought Orlin Mills from the Tarn family, according to the Velmar Post.';
    const subject = ledeRoleFeatures(...nameIn(text, 'Zorbix Corp', 'organization'), 'bought', true, 'actor');
    expect([subject['subject-of-trigger'], subject['party.actor'], subject['next-word.bought']]).toEqual([1, 1, 1]);
    const object = ledeRoleFeatures(...nameIn(text, 'Orlin Mills', 'organization'), 'bought', false, 'target');
    expect([object['object-of-trigger'], object['subject-of-trigger'], object['prev-word.bought']]).toEqual([1, undefined, 1]);
    expect(Object.keys(object).some((k) => k.startsWith('prev-word-cluster.'))).toBe(true);
    const family = ledeRoleFeatures(...nameIn(text, 'Tarn', 'person'), 'bought', false);
    expect([family['object-of-trigger'], family['next-word.family'], family['party.none']]).toEqual([undefined, 1, 1]);
    expect(ledeRoleFeatures(...nameIn(text, 'Velmar Post', 'organization'), 'bought', false)['according-to']).toBe(1);
    const reported = 'PELLA, May 4 - Zorbix Corp said Orlin Mills will close its Tarn plant.';
    expect(ledeRoleFeatures(...nameIn(reported, 'Orlin Mills', 'organization'), 'close', false)['after-speech-clause']).toBe(1);
    expect(ledeRoleFeatures(...nameIn(reported, 'Zorbix Corp', 'organization'), 'close', true)['after-speech-clause']).toBeUndefined();
  });

  it('reads a place in a relative clause about the doer as no party, and the subject, though first, as a party (session 34)', () => {
    // (Session 33's model, on 418 labels, gave the place 0.77; the sentence's first name was kept by a guard.)
    const text = 'PELLA, May 4 - Zorbix Corp, which owns mills in Velmar and Tarn, said it bought Orlin Mills.';
    const [sentence, velmar] = nameIn(text, 'Velmar', 'place');
    expect(noPartOdds(sentence, velmar, 'bought', false, 'place')).toBeGreaterThanOrEqual(LEDE_ROLE_THRESHOLD);
    const [, zorbix] = nameIn(text, 'Zorbix Corp', 'organization');
    expect(noPartOdds(sentence, zorbix, 'bought', true, 'actor')).toBeLessThan(0.5);
    const [, orlin] = nameIn(text, 'Orlin Mills', 'organization');
    expect(noPartOdds(sentence, orlin, 'bought', false, 'target')).toBeLessThan(0.5);
  });

  it('tells names listed together, a closing quote before the joiner counting for nothing (session 34)', () => {
    const text = 'The chairs of the Pella and Orlin boards met the ``Velmar Club\'\' and Tarn Group, Zorbia, Norland or Quanta.';
    const span = (name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const sentence: Sentence = { paragraph: 'p1', index: 0, start: 0, end: text.length, text };
    expect(listedTogether(sentence, span('Pella'), span('Orlin'))).toBe(true);
    expect(listedTogether(sentence, span('Tarn Group'), span('Velmar Club'))).toBe(true);
    expect(listedTogether(sentence, span('Zorbia'), span('Norland'))).toBe(true);
    expect(listedTogether(sentence, span('Norland'), span('Quanta'))).toBe(true);
    expect(listedTogether(sentence, span('Orlin'), span('Velmar Club'))).toBe(false);
  });
  it('reads a name against the main verb, the clause opener before it, a quotation and its place among the names (session 35, evt74)', () => {
    const text = 'PELLA, May 4 - Zorbix Corp said it bought Orlin Mills, which makes looms in Velmar, and called the deal "good for Tarn".';
    const rank = (index: number) => ({ index, count: 4 });
    const subject = ledeRoleFeatures(...nameIn(text, 'Zorbix Corp', 'organization'), 'bought', true, 'actor', rank(0));
    expect([subject['main-verb.before.not-trigger'], subject['names.3-4'], subject['last-name']]).toEqual([1, 1, undefined]);
    const object = ledeRoleFeatures(...nameIn(text, 'Orlin Mills', 'organization'), 'bought', false, 'target', rank(1));
    expect([object['main-verb.after.not-trigger'], object['clause-opener.none']]).toEqual([1, 1]);
    // (A name in a relative clause stands beside the main clause, whatever its side of the main verb.)
    expect(ledeRoleFeatures(...nameIn(text, 'Velmar', 'place'), 'bought', false, 'place', rank(2))['main-verb.aside']).toBe(1);
    const quoted = ledeRoleFeatures(...nameIn(text, 'Tarn', 'place'), 'bought', false, undefined, rank(3));
    expect([quoted['in-quote'], quoted['last-name']]).toEqual([1, 1]);
    const told = 'PELLA, May 4 - Zorbix Corp will close the mill after Orlin Mills cut its order, the Tarn Post said.';
    expect(ledeRoleFeatures(...nameIn(told, 'Orlin Mills', 'organization'), 'close', false)['clause-opener.after']).toBe(1);
  });

  it('keeps a place the headline opens with as its subject from the model (session 35, evt74)', () => {
    const read = (headline: string, place: string) => headlineSubject(headline, place);
    const subjects = ['NORLAND TO HOST TALKS ON DEBT', 'Norland raises wheat tax'].map((h) => read(h, 'Norland'));
    const others = ['NORLAND WHEAT EXPORTS FALL', 'Quanta to buy Norland mill', 'Norlandia to host talks'].map((h) => read(h, 'Norland'));
    expect([...subjects, ...others]).toEqual([true, true, false, false, false]);
  });
});
