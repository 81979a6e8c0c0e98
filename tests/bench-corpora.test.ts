import { describe, expect, it } from 'vitest';
import { parseReutersSgml, shiftStory } from '../bench/corpora.ts';
import { textFingerprint } from '../src/ingest/fingerprint.ts';

// An invented story in Reuters-21578's SGML form.
const SGML = `<REUTERS TOPICS="YES" NEWID="42">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>grain</D></TOPICS>
<TEXT><TITLE>ACME SEES 1987 GRAIN CROP UP</TITLE>
<DATELINE>    OMAHA, Feb 26 - </DATELINE><BODY>Acme Grain Co said on Thursday its 1987 crop will rise
from 1986's.
 Reuter
</BODY></TEXT>
</REUTERS>`;

describe('Reuters-21578 copies for the scale bench', () => {
  const [story] = parseReutersSgml(SGML);

  it('moves a story 52 weeks on: date line, dateline and years, weekdays kept', () => {
    const moved = shiftStory(story!, 52);
    expect(moved.date).toBe('1988-02-25');
    expect(new Date(`${moved.date}T00:00:00Z`).getUTCDay()).toBe(new Date(`${story!.date}T00:00:00Z`).getUTCDay());
    expect(moved.body).toMatch(/^OMAHA, Feb 25 - Acme Grain Co said on Thursday its 1988 crop will rise from 1987's\.$/);
    expect(moved.title).toBe('ACME SEES 1988 GRAIN CROP UP');
  });

  it('makes copies that are not duplicates of each other, and leaves copy 0 as it is', () => {
    expect(shiftStory(story!, 0)).toBe(story);
    const words = (s: typeof story) => textFingerprint({ title: s!.title, paragraphs: [{ kind: 'text', text: s!.body }] } as never);
    const prints = [0, 52, 104, 156].map((w) => words(shiftStory(story!, w)));
    expect(new Set(prints).size).toBe(4);
  });
});
