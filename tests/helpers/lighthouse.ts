/**
 * Lighthouse (its Node API, driving Debian's Chromium through chrome-launcher) on pages of a built site served on
 * loopback, with its default mobile settings (simulated slow 4G and a 4× slower CPU), the strictest it has.
 * Performance varies from run to run with the machine's load; as Lighthouse's docs advise, pages are judged by the
 * median of runs. Used by the audits (tests/*.audit.ts) and by `npm run bench:pages`.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic, type StaticServer } from '../../src/serve.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export interface Audited {
  /** The median run by performance. */
  lhr: Report;
  runs: number;
  scores: Record<Category, number>;
  /** Each run's performance score, in the order run. */
  performance: number[];
  /** DOM elements, as Lighthouse counts them. */
  elements: number;
  /** Bytes the page loaded (Lighthouse's total byte weight: what went over the network, as transferred). */
  weight: number;
  /** Audits below full marks that weigh in a category: what cost points. */
  lost: string[];
}

export const score = (lhr: Report, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

export class Auditor {
  private constructor(private server: StaticServer, private chrome: chromeLauncher.LaunchedChrome) {}

  static async start(siteRoot: string): Promise<Auditor> {
    const server = await serveStatic(siteRoot);
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    return new Auditor(server, chrome);
  }

  async close(): Promise<void> {
    await this.chrome.kill();
    await this.server.close();
  }

  async run(pagePath: string): Promise<Report> {
    const result = await lighthouse(this.server.url + pagePath, { port: this.chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  }

  /**
   * The median of up to `runs` runs by performance; with `enough`, runs stop as soon as the first run scores that
   * much (a page below it is run `runs` times in all).
   */
  async audit(pagePath: string, runs = 3, enough?: number): Promise<Audited> {
    const reports = [await this.run(pagePath)];
    while (reports.length < runs && (enough === undefined || score(reports[0]!, 'performance') < enough)) reports.push(await this.run(pagePath));
    const performance = reports.map((r) => score(r, 'performance'));
    const lhr = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(reports.length / 2)]!;
    const lost = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}: ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score}`),
    );
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])) as Record<Category, number>;
    return {
      lhr, runs: reports.length, scores, performance, lost,
      elements: lhr.audits['dom-size']?.numericValue ?? NaN,
      weight: lhr.audits['total-byte-weight']?.numericValue ?? NaN,
    };
  }
}
