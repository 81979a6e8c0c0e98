/** The page model (src/resolve/page-model.ts): its features, its shipped weights and the page decision it makes. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { resolveEntities, PAGE_THRESHOLD } from '../src/resolve/entities.ts';
import { pageFeatures, pageProbability, shippedPageModel, type Features, type MentionEvidence } from '../src/resolve/page-model.ts';
import { mentionContext, CREDIT_CONTEXT } from '../src/resolve/page-rules.ts';
import { emptyCuration } from '../src/curation.ts';
import type { ArticleRecord, IngestedArticle } from '../src/types.ts';

function article(id: string, text: string, source: string | null = null): IngestedArticle {
  return {
    id, file: `${id}.txt`, format: 'plain', title: id, date: '1987-03-02', dateSource: 'header', section: null, source, hash: id,
    paragraphs: text.split('\n\n').map((t, k) => ({ id: `p${k + 1}`, kind: 'body' as const, text: t, line: k + 1 })),
  };
}
function resolve(articles: IngestedArticle[]) {
  const extractions = articles.map(extractArticle);
  const records: ArticleRecord[] = articles.map(({ format: _f, ...a }) => a);
  const features = new Map<string, Features>();
  const r = resolveEntities({ articles: records, extractions, curation: emptyCuration }, { onPageFeatures: (e, f) => features.set(e.name, f) });
  return { ...r, features };
}
const mention = (sentence: string, name: string, type: MentionEvidence['type'] = 'person', confidence = 0.9, article = 'a'): MentionEvidence => {
  const at = sentence.indexOf(name);
  return { context: mentionContext(sentence, at, at + name.length), type, confidence, article };
};

describe("the tagger's reading of a name's span (extraction, read by the page model)", () => {
  const mentionsOf = (text: string) => extractArticle(article('a', text)).entities;
  it("reads a name's capitalised words alone, its weakest one, and the words outside its edges", () => {
    const ms = mentionsOf("Quarrow's Dalbury plant will close. The Reserve Bank said on Monday that U.S. Insurers met in Dalbury.");
    const glued = ms.find((m) => m.text === 'U.S. Insurers')!;
    expect(glued.span!.weakest).toBeLessThan(0.25);
    expect(glued.span!.capitals).toBeGreaterThan(glued.span!.weakest);
    // A possessive's "'s" is no edge: the word after it, a name, is.
    const owner = ms.find((m) => m.text === 'Quarrow')!;
    expect(owner.span!.after).toBeGreaterThan(0.5);
    expect(owner.span!.before).toBe(0);
  });

  it('reads a name kept without its opening word too (it had no reading: confidence 0, as if never read as a name)', () => {
    const ms = mentionsOf('Actor Bruno Mallard will star in the film.');
    const actor = ms.find((m) => m.text === 'Bruno Mallard')!;
    expect(actor.confidence).toBeGreaterThan(0.5);
    expect(actor.span!.weakest).toBeGreaterThan(0.5);
  });
});

describe('page model', () => {
  it('reads features in 0–1, the same for the same evidence', () => {
    const n = {
      name: 'Mary Quinlan', type: 'person' as const, isOtherName: () => false, deniedByRule: false,
      mentions: [mention('Harbour master Mary Quinlan said so.', 'Mary Quinlan'), mention('Mary Quinlan left.', 'Mary Quinlan', 'organization', 0.5, 'b')],
    };
    const f = pageFeatures(n);
    expect(pageFeatures(n)).toEqual(f);
    for (const v of Object.values(f)) expect(v >= 0 && v <= 1).toBe(true);
    expect(f['words.2']).toBe(1);
    expect(f['types.agree']).toBe(0.5);
    expect(f['at.sentence-start']).toBe(0.5);
    expect(f['articles.one']).toBe(0);
    expect(f['tagger.max']).toBe(0.9);
    expect(f['gazetteer.first.FIRST']).toBe(1);
  });

  it('sees a common word capitalised only by its place, and a name glued to another', () => {
    const workers = pageFeatures({ name: 'Workers', type: 'person', isOtherName: () => false, deniedByRule: false, mentions: [mention('Workers will stay on.', 'Workers', 'person', 0.04)] });
    expect(workers['at.capital-by-place.all']).toBe(1);
    expect(workers['tagger.max.below-0.05']).toBe(1);
    expect(pageFeatures({ name: 'Sanctions', type: 'other', isOtherName: () => false, deniedByRule: true, mentions: [mention('Sanctions will follow.', 'Sanctions', 'other')] })['first.lower']).toBe(1);
    const glued = pageFeatures({ name: 'U.S. Officials', type: 'place', isOtherName: (t) => t === 'U.S.', deniedByRule: false, mentions: [mention('He met U.S. Officials here.', 'U.S. Officials', 'place')] });
    expect(glued['glued.head-is-name']).toBe(1);
    expect(glued['last.lower']).toBe(1);
  });

  it("reads the tagger's odds over the capitals and at the edges over all mentions", () => {
    const span = (weakest: number, before: number, after: number) => ({ capitals: (1 + weakest) / 2, weakest, before, after });
    const cut = (sentence: string, s: MentionEvidence['span']) => ({ ...mention(sentence, 'Reserve Bank of New'), span: s });
    const f = pageFeatures({
      name: 'Reserve Bank of New', type: 'organization', isOtherName: () => false, deniedByRule: false,
      mentions: [cut('The Reserve Bank of New York rose.', span(0.2, 0.1, 0.9)), cut('A Reserve Bank of New York man.', span(0.3, 0.8, 0.9))],
    });
    expect(f['capitals.weakest.max']).toBe(0.3);
    expect(f['capitals.weakest.below-0.25']).toBe(0);
    expect(f['capitals.tagger.max']).toBe(0.65);
    expect(f['edge.after-read-as-name']).toBe(1);
    expect(f['edge.before-read-as-name']).toBe(0.5);
    expect(f['edge.never-clean']).toBe(1);
    // A credit has no reading: it counts as clean and clearly read.
    const credit: MentionEvidence = { context: CREDIT_CONTEXT, type: 'organization', confidence: 1, article: 'a' };
    const g = pageFeatures({ name: 'Harbour Gazette', type: 'organization', isOtherName: () => false, deniedByRule: false, mentions: [credit] });
    expect(g['edge.never-clean']).toBe(0);
    expect(g['capitals.weakest.max']).toBe(1);
  });

  it('ships weights trained on the judged train split, and scores names as names above junk', () => {
    const model = shippedPageModel();
    expect(model.about).toMatch(/train/);
    expect(Object.keys(model.weights).length).toBeGreaterThan(10);
    const name = pageFeatures({ name: 'Orla Quinlan', type: 'person', isOtherName: () => false, deniedByRule: false, mentions: [mention('Harbour master Orla Quinlan said so.', 'Orla Quinlan')] });
    const junk = pageFeatures({ name: 'Workers', type: 'person', isOtherName: () => false, deniedByRule: false, mentions: [mention('Workers will stay on.', 'Workers', 'person', 0.04)] });
    expect(pageProbability(model, name)).toBeGreaterThan(pageProbability(model, junk));
    expect(pageProbability(model, name)).toBeGreaterThanOrEqual(PAGE_THRESHOLD);
  });

  it("reads which cue typed a work, and weighs a cued work's `other` apart from an uncued one", () => {
    const film = (sentence: string) => ({ ...mention(sentence, 'Quorrel Nights', 'other', 0.6), type: 'other' as const });
    const cued = pageFeatures({ name: 'Quorrel Nights', type: 'other', isOtherName: () => false, deniedByRule: false, mentions: [film('She starred in the film Quorrel Nights last year.')] });
    expect(cued['cue.work-noun-before']).toBe(1);
    expect(cued['cue.work']).toBe(1);
    expect(cued['type.other.work-cued']).toBe(1);
    expect(cued['type.other']).toBeUndefined();
    const listed = pageFeatures({ name: 'Quorrel Nights', type: 'other', isOtherName: () => false, deniedByRule: false, mentions: [film('She made hits such as Quorrel Nights last year.')] });
    expect(listed['cue.listed-as-a-kind-of-work']).toBe(1);
    const uncued = pageFeatures({ name: 'Quorrel Nights', type: 'other', isOtherName: () => false, deniedByRule: false, mentions: [film('She saw Quorrel Nights last year.')] });
    expect(uncued['type.other']).toBe(1);
    expect(uncued['cue.work']).toBeUndefined();
    // The shipped weights: the article's word for a work is evidence for a page, an `other` with no evidence leans against.
    const model = shippedPageModel();
    expect(pageProbability(model, cued)).toBeGreaterThan(pageProbability(model, uncued));
  });

  it('gives the page decision its confidence, and a credited name its page whatever it reads', () => {
    const r = resolve([article('a', 'Workers will be allowed to stay on, harbour master Orla Quinlan said. Quinlan said more help was coming.', 'Harbour Gazette')]);
    const quinlan = r.entities.find((e) => e.name === 'Orla Quinlan')!;
    expect(quinlan.confidence).toBeCloseTo(pageProbability(shippedPageModel(), r.features.get('Orla Quinlan')!), 5);
    expect(r.entities.find((e) => e.name === 'Harbour Gazette')?.confidence).toBe(1);
    const credit: MentionEvidence = { context: CREDIT_CONTEXT, type: 'organization', confidence: 1, article: 'a' };
    expect(pageFeatures({ name: 'Harbour Gazette', type: 'organization', isOtherName: () => false, deniedByRule: false, mentions: [credit] })['at.credit']).toBe(1);
  });
});
