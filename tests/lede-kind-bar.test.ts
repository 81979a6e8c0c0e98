/**
 * The lede-kind bar's rule (eval/lede-kind-bar.ts `barTable`, session 39, evt87): the bar that drops the most
 * not-happenings less `lostPer` for each happening lost, the lower among equal gains, kept under `below`.
 */
import { describe, expect, it } from 'vitest';
import { barTable, pageKind } from '../eval/lede-kind-bar.ts';

const marked = (kinds: [string, number][]) => kinds.map(([kind, p]) => ({ kind, p }));

describe('barTable', () => {
  const band = marked([['other', 0.01], ['figure', 0.02], ['happening', 0.03], ['state', 0.04], ['forecast', 0.05], ['figure', 0.06], ['happening', 0.5]]);

  it('stops below a happening that the not-happenings after it do not pay for, and takes the lower of equal gains', () => {
    const { bar, rows } = barTable(band, 3);
    expect(bar).toBe(0.025);
    expect(rows.map((r) => [r.bar, r.dropped, r.lost])).toEqual([[0.015, 1, 0], [0.025, 2, 0], [0.035, 2, 1], [0.045, 3, 1], [0.055, 4, 1], [0.28, 5, 1], [0.75, 5, 2]]);
  });

  it('goes past a happening once three more not-happenings pay for it, unless `below` keeps it lower', () => {
    const more = [...band, ...marked([['figure', 0.07]])];
    expect(barTable(more, 3).bar).toBe(0.285);
    expect(barTable(more, 3, 0.2).bar).toBe(0.025);
    expect(barTable(more, 1).bar).toBe(0.285);
  });
});

describe('pageKind (session 40, evt89: README "Statements and views")', () => {
  it('counts a state under a headline that tells a statement as the statement\'s news, every other kind as labelled', () => {
    expect(pageKind('state', true)).toBe('happening');
    expect(pageKind('state', false)).toBe('state');
    expect(pageKind('forecast', true)).toBe('forecast');
    expect(pageKind('figure', true)).toBe('figure');
  });
});
