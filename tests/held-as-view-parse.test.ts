import { describe, expect, it, vi } from 'vitest';

// Every text heldAsView hands compromise, counted (session 47, speed63: it asks only where a view word is read).
const asked: string[] = [];
vi.mock('../src/extract/nlp.ts', async (original) => {
  const real = await original<typeof import('../src/extract/nlp.ts')>();
  return { ...real, taggedTerms: (text: string) => (asked.push(text), real.taggedTerms(text)) };
});
const { heldAsView } = await import('../src/extract/assertion.ts');

/** heldAsView's answer for the first occurrence of `trigger` in the invented `sentence`, and whether it tagged it. */
function held(sentence: string, trigger: string): { view: boolean; parsed: boolean } {
  asked.length = 0;
  const view = heldAsView(sentence, sentence.indexOf(trigger));
  return { view, parsed: asked.includes(sentence) };
}

describe('heldAsView asks compromise only where a view word can change its answer', () => {
  it('does not tag a sentence whose only view word stands after the trigger, short of the closing words', () => {
    expect(held('Zorbix sold its mill to Quanta and traders expect its shares to rise sharply over the coming years.', 'sold')).toEqual({ view: false, parsed: false });
    expect(held('Zorbix sold the mill to Quanta, which analysts think was a mistake by its board last year in March.', 'sold')).toEqual({ view: false, parsed: false });
  });
  it('tags it where the view word stands before the trigger or closes the sentence, with the same answers', () => {
    expect(held('A Velmar MP believes Quantan agents sold the plans.', 'sold')).toEqual({ view: true, parsed: true });
    expect(held('Zorbix sold the mill too cheaply, Ann Lee believes.', 'sold')).toEqual({ view: true, parsed: true });
    expect(held('Zorbix sold its mill to Quanta on Monday, a step traders expected.', 'sold')).toEqual({ view: false, parsed: true });
  });
});
