/** The party bar (src/resolve/page-bar.ts `partyBar`): a page under it stands, but no event takes its name as a party. */
import { describe, expect, it } from 'vitest';
import { partyBar, shippedPageBar } from '../src/resolve/page-bar.ts';
import { inventedArticle, resolveStories } from './helpers/resolve-stories.ts';

const stories = [
  inventedArticle('a', 'Zorbix Corp said on Monday it would buy Quantel Systems Inc for 40 mln dlrs. Zorbix Corp chairman Mara Quill said the Quantel deal would close in May.'),
  inventedArticle('b', 'Mara Quill told the Varnholt Herald that Zorbix Corp had also talked to Brellmont, a maker of valves, and to Oskarine.'),
  inventedArticle('c', 'Tellivar Hydro said its Grunwick plant would shut. Kessa and Dromont unions said they would strike at Grunwick.'),
];

describe('party bar', () => {
  it('stands at or above the page bar', () => {
    const model = shippedPageBar();
    expect(partyBar(model)).toBeGreaterThanOrEqual(model.bar);
    expect(partyBar({ ...model, partyBar: undefined })).toBe(model.bar);
    expect(partyBar({ ...model, partyBar: model.bar - 0.1 })).toBe(model.bar);
  });

  it('takes a page from events only as a whole, and gives none', () => {
    const r = resolveStories(stories);
    const pages = new Set(r.entities.map((e) => e.id));
    const held = new Set<string>();
    const kept = new Set<string>();
    for (const [article, ids] of r.assignment) {
      const party = r.partyAssignment.get(article)!;
      expect(party).toHaveLength(ids.length);
      ids.forEach((id, i) => {
        if (party[i] !== null) expect(party[i]).toBe(id);
        else if (id !== null) held.add(id);
        if (party[i] !== null) kept.add(party[i]!);
      });
    }
    // A name held from events is held in every article, and keeps its page.
    expect([...held].filter((id) => kept.has(id))).toEqual([]);
    expect([...held].every((id) => pages.has(id))).toBe(true);
    // A firm named three times with its legal form is a party; a name met once, with no form, is held.
    expect(kept.has('zorbix-corp')).toBe(true);
    expect(held.has('oskarine')).toBe(true);
  });
});
