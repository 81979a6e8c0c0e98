/**
 * `chronicle init [DIR]`: a starter folder — an articles folder with one example article, a commented config
 * file and a README — that `chronicle build` turns into a site at once. It writes only new files: if any of them
 * exists, nothing is written.
 */
import path from 'node:path';
import { existsSync, promises as fs } from 'node:fs';

const CONFIG = `# Chronicle's configuration. Every setting is optional; command-line flags override these.
# Paths are relative to this file. Reference: https://www.npmjs.com/package/chronicle (README, "Configuration").

title: My news archive        # the site's name: page titles, the header, the feed
description: A wiki of the people, organisations, places and events in my articles.
lang: en                      # the pages' language: the lang attribute and the date format
# url: https://news.example.org   # the public address: a sitemap (only with it), absolute URLs in the feed and structured data
# base: /archive/                 # the path the site is served under, if not the root
# logo: logo.svg                  # an image (svg, png, jpg, webp, gif) shown beside the title
# footer: "© 2026 Example News"   # a line of text in every page's footer

input: articles               # the folder of article files (text or Markdown), read recursively
out: site                     # the output folder: Chronicle writes nothing else but its cache
# workers: 2                      # extraction threads (default: the number of cores)
`;

const ARTICLE = `---
title: Harbour board approves new ferry terminal for Port Ellis
date: 2026-03-04
source: Example News
section: Local
---

The Port Ellis Harbour Board approved plans for a new ferry terminal on Tuesday, ending a two-year dispute over the
site.

Board chair Maria Okafor said construction would begin in June and that the terminal would open in 2028. The
Coastal Transport Agency, which runs the ferries to Innis Island, welcomed the decision.

Residents of Port Ellis had opposed an earlier plan to build the terminal on the northern beach.
`;

const README = `# My news archive

Build the site with \`npx chronicle build\` (articles in \`articles/\`, settings in \`chronicle.config.yaml\`, the
site in \`site/\`), then open \`site/index.html\` or run \`npx chronicle serve --out site\`.
`;

/** Writes the starter files into `dir`; returns them, or throws with the first that already exists. */
export async function init(dir: string): Promise<string[]> {
  const files: [string, string][] = [
    ['chronicle.config.yaml', CONFIG],
    [path.join('articles', 'example.md'), ARTICLE],
    ['README.md', README],
  ];
  const existing = files.find(([f]) => existsSync(path.join(dir, f)));
  if (existing) throw new InitRefused(`${path.join(dir, existing[0])} already exists; chronicle init writes only new files`);
  for (const [file, text] of files) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text, { flag: 'wx' });
  }
  return files.map(([f]) => f);
}

export class InitRefused extends Error {}
