import { describe, expect, it } from 'vitest';
import { calibrationTable, expectedCalibrationError, type CalibrationRow } from '../eval/type-calibration.ts';
import { evidenceFeatures } from '../eval/page-bar.ts';

const row = (said: number, built: CalibrationRow['built'], judged: CalibrationRow['judged'], split: CalibrationRow['split'] = 'train'): CalibrationRow => ({
  corpus: 'invented', split, said, built, judged, mentions: 1, articles: 1, evidence: {},
});

describe('type-calibration: the type model probability against the judged type', () => {
  it('measures the gap between the probability said and the share judged right, per bin', () => {
    // Two bins: 0.95 said, all right (gap 0.05); 0.55 said, half right (gap 0.05).
    const rows = [row(0.95, 'person', 'person'), row(0.95, 'person', 'person'), row(0.55, 'organization', 'other'), row(0.55, 'organization', 'organization')];
    expect(expectedCalibrationError(rows)).toBeCloseTo(0.05, 6);
    expect(expectedCalibrationError([row(0.9, 'place', 'place')])).toBeCloseTo(0.1, 6);
  });

  it('prints train in full and dev as counts, and names the wrong types', () => {
    const rows = [row(0.8, 'organization', 'place'), row(0.6, 'organization', 'organization'), row(0.7, 'organization', 'organization', 'dev')];
    const lines = calibrationTable(rows, 'by type', (r) => r.built);
    const line = lines.find((l) => l.startsWith('| organization'))!;
    // train: 2 names, said 0.700, right 0.500, gap +0.200 (over-sure), one body judged a place; dev: 1 name.
    expect(line).toBe('| organization | 2 | 0.700 | 0.500 | +0.200 | organization→place 1 | 1 | 0.700 | 1.000 |');
  });
});

describe('page-bar (d): the type decision evidence as features', () => {
  it('keys each piece of evidence by the type built', () => {
    const f = evidenceFeatures({ vote: true, context: false, tagger: null, lead: 0.2, legalForm: true, placeName: false, placeFirst: true }, 0.5, 'organization');
    expect(f).toEqual({
      'bar.type.logit.organization': 0,
      'bar.lead': 0.2,
      'bar.vote.organization': 1,
      'bar.context.organization': 0,
      'bar.tagger.none.organization': 1,
      'bar.legal-form.organization': 1,
      'bar.place-first.organization': 1,
    });
  });
});
