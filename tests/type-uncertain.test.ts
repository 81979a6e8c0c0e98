import { describe, expect, it } from 'vitest';
import { uncertainty } from '../eval/type-uncertain.ts';

describe('type-uncertain: how unsure the type model is of a name', () => {
  it('reads the lead of the two likeliest types and whether the likeliest is not the vote', () => {
    const close = uncertainty({ person: 0.05, organization: 0.46, place: 0.44, other: 0.05 }, 'place');
    expect(close.lead).toBeCloseTo(0.02, 6);
    expect(close.disagrees).toBe(true);
    const sure = uncertainty({ person: 0.9, organization: 0.05, place: 0.03, other: 0.02 }, 'person');
    expect(sure.lead).toBeCloseTo(0.85, 6);
    expect(sure.disagrees).toBe(false);
  });
});
