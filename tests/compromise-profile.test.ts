/** bench/compromise-profile.ts: compromise's time in a CPU profile, split by the Chronicle callers above it. */
import { describe, expect, it } from 'vitest';
import { compromiseShare } from '../bench/compromise-profile.ts';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe('compromiseShare', () => {
  it('counts samples in or under compromise and names the two callers above it, past the memo', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
        { id: 2, callFrame: frame('extractArticle', 'file:///x/.cache/src-1/extract/events.js', 9), children: [3] },
        { id: 3, callFrame: frame('readClause', 'file:///x/.cache/src-1/extract/clause.js', 41), children: [4] },
        { id: 4, callFrame: frame('', 'file:///x/.cache/src-1/util/memo.js', 2), children: [5] },
        { id: 5, callFrame: frame('readTerms', 'file:///x/.cache/src-1/extract/nlp.js', 200), children: [7] },
        { id: 6, callFrame: frame('scoreTags', 'file:///x/.cache/src-1/extract/ner/tagger.js', 5) },
        { id: 7, callFrame: frame('tagger', 'file:///x/node_modules/compromise/src/2-two/preTagger/index.js', 3) },
      ],
      samples: [7, 7, 5, 6, 6, 3],
      timeDeltas: [1000, 1000, 1000, 2000, 2000, 3000],
    };
    const share = compromiseShare(profile);
    expect(share.total).toBe(10);
    expect(share.compromise).toBe(3);
    expect(share.byCaller).toEqual([['readClause@clause.js:42 < extractArticle@events.js:10', 3]]);
  });
});
