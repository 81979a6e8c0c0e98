/**
 * Lighthouse on every page type of the generated archive (tests/helpers/archive-site.ts: thousands of articles,
 * every listing split by period, initial and number, entity and event pages with sub-pages): each must score ≥ 95
 * in performance, accessibility, best practices and SEO, as on the seed site (issue 21), and stay within 1,500 DOM
 * elements as Lighthouse counts them. Run by `npm run test:lighthouse`, after the seed site's audits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivePages, buildArchiveSite, type ArchivePage, type ArchiveSite } from './helpers/archive-site.ts';
import { Auditor, CATEGORIES } from './helpers/lighthouse.ts';

const MIN_SCORE = 95;
const MAX_ELEMENTS = 1500;

let archive: ArchiveSite;
let auditor: Auditor;
let pages: ArchivePage[];

beforeAll(async () => {
  archive = await buildArchiveSite('chronicle-lighthouse-archive-');
  pages = archivePages(archive);
  auditor = await Auditor.start(archive.root);
}, 1_800_000);

afterAll(async () => {
  await auditor?.close();
  await archive?.remove();
});

describe('Lighthouse on the generated archive', () => {
  it(`scores ≥ ${MIN_SCORE} in ${CATEGORIES.join(', ')} on every page type`, async () => {
    const below: string[] = [];
    for (const page of pages) {
      const { scores, runs, lost, elements } = await auditor.audit(page.path, 3, MIN_SCORE);
      console.log(`lighthouse archive ${page.type} ${page.path} (${runs} run${runs > 1 ? 's, median' : ''}): ${JSON.stringify(scores)}, ${elements} elements`);
      for (const c of CATEGORIES) if (scores[c] < MIN_SCORE) below.push(`${page.type} ${page.path}: ${c} ${scores[c]}; ${lost.join('; ')}`);
      if (elements > MAX_ELEMENTS) below.push(`${page.type} ${page.path}: ${elements} elements`);
    }
    expect(below).toEqual([]);
  }, 1_800_000);
});
