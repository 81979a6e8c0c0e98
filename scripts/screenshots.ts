/**
 * `npm run screenshots`: builds the seed site, serves it on loopback and renders one page of each type in Chromium,
 * light and dark, phone and desktop, into docs/screenshots/<type>-<scheme>-<device>.png, plus close-ups of an entity's
 * relationship graph and of a link preview (entity-graph-<scheme>.png, article-preview-<scheme>.png).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { serveStatic } from '../src/serve.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { samplePages } from '../tests/helpers/page-types.ts';
import { buildSeedSite } from '../tests/helpers/seed-site.ts';

const OUT = path.resolve('docs', 'screenshots');
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
} as const;
const SCHEMES = ['light', 'dark'] as const;

async function shoot(name: string, take: (file: string) => Promise<unknown>): Promise<void> {
  const file = path.join(OUT, `${name}.png`);
  await take(file);
  console.log(path.relative(process.cwd(), file));
}

async function main(): Promise<void> {
  const site = await buildSeedSite('chronicle-shots-');
  const server = await serveStatic(site.root);
  const browser = await launchBrowser();
  try {
    await fs.mkdir(OUT, { recursive: true });
    for (const page of await samplePages(site.root)) {
      for (const [device, options] of Object.entries(DEVICES)) {
        for (const colorScheme of SCHEMES) {
          const context = await browser.newContext({ ...options, colorScheme, reducedMotion: 'reduce' });
          const tab = await context.newPage();
          await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
          if (page.type === 'search') await tab.locator('#results li').first().waitFor();
          await shoot(`${page.type}-${colorScheme}-${device}`, (file) => tab.screenshot({ path: file }));
          if (device === 'desktop' && page.type === 'entity') {
            await shoot(`entity-graph-${colorScheme}`, (file) => tab.locator('section#connections').screenshot({ path: file }));
          }
          if (device === 'desktop' && page.type === 'article') {
            // A mention link carries no class (issue 17); an event marker is `a.ev`.
            await tab.locator('article.text a:not(.ev)').nth(3).hover();
            await tab.locator('#pv').waitFor();
            await shoot(`article-preview-${colorScheme}`, (file) => tab.screenshot({ path: file, clip: { x: 0, y: 300, width: 900, height: 420 } }));
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await site.remove();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
