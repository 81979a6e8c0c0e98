/**
 * Lighthouse on one page of each type of the built seed site (tests/helpers/lighthouse.ts): performance,
 * accessibility, best practices and SEO must each score ≥ 95, judged by the median of three runs when the first is
 * below the bar. Run by `npm run test:lighthouse` (in .ci/run after `npm test`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePages, type PageType, type SamplePage } from './helpers/page-types.ts';
import { buildSeedSite, type SeedSite } from './helpers/seed-site.ts';
import { Auditor, CATEGORIES } from './helpers/lighthouse.ts';

const MIN_SCORE = 95;

let seed: SeedSite;
let auditor: Auditor;
let samples: SamplePage[];

beforeAll(async () => {
  seed = await buildSeedSite('chronicle-lighthouse-');
  samples = await samplePages(seed.root);
  auditor = await Auditor.start(seed.root);
});

afterAll(async () => {
  await auditor?.close();
  await seed?.remove();
});

describe('Lighthouse', () => {
  it.each(['home', 'article', 'entity', 'lone', 'event', 'timeline', 'period', 'names', 'index', 'initial', 'search'] satisfies PageType[])(
    `%s page scores ≥ ${MIN_SCORE} in ${CATEGORIES.join(', ')}`,
    async (type) => {
      const page = samples.find((s) => s.type === type)!;
      const { scores, runs, lost } = await auditor.audit(page.path, 3, MIN_SCORE);
      console.log(`lighthouse ${type} ${page.path} (${runs} run${runs > 1 ? 's, median' : ''}): ${JSON.stringify(scores)}`);
      for (const c of CATEGORIES) expect(scores[c], `${c} on ${page.path}; audits below full marks: ${lost.join('; ')}`).toBeGreaterThanOrEqual(MIN_SCORE);
    },
    120_000,
  );
});
