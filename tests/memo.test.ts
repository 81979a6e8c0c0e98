/** memoByString (src/util/memo.ts): answers kept by argument, bounded, never changed by forgetting. */
import { describe, expect, it } from 'vitest';
import { memoByString } from '../src/util/memo.ts';

describe('memoByString', () => {
  it('asks the function once per argument and gives the kept answer after', () => {
    const asked: string[] = [];
    const length = memoByString((s: string) => { asked.push(s); return s.length; });
    expect([length('Zorbix'), length('Acme'), length('Zorbix')]).toEqual([6, 4, 6]);
    expect(asked).toEqual(['Zorbix', 'Acme']);
  });
  it('keeps an answer of undefined too', () => {
    let calls = 0;
    const none = memoByString((_: string) => { calls++; return undefined; });
    none('Quentin');
    none('Quentin');
    expect(calls).toBe(1);
  });
  it('forgets everything once it holds `limit` answers, and answers alike after', () => {
    const asked: string[] = [];
    const upper = memoByString((s: string) => { asked.push(s); return s.toUpperCase(); }, 2);
    expect(['a', 'b', 'a'].map(upper)).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C'); // the third answer: the two kept are forgotten
    expect(['c', 'a'].map(upper)).toEqual(['C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
