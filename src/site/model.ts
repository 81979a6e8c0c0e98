/**
 * How the pages get the site model: the CLI renders in the same process as Astro, so the model is handed over
 * on `globalThis` and read once; `CHRONICLE_MODEL` (a JSON file) is the fallback for a separate `astro dev`.
 */
import { readFileSync } from 'node:fs';
import type { SiteModel } from '../graph/site-model.ts';

const KEY = '__chronicleSiteModel';
const SITE_KEY = '__chronicleSiteUrl';
type Holder = { [KEY]?: SiteModel; [SITE_KEY]?: string };

export function setModel(model: SiteModel, site?: string): void {
  (globalThis as Holder)[KEY] = model;
  (globalThis as Holder)[SITE_KEY] = site;
}

/** The site's public address (`--site`), for absolute URLs in structured data; undefined when unknown. */
export function getSiteUrl(): string | undefined {
  return (globalThis as Holder)[SITE_KEY];
}

export function getModel(): SiteModel {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const file = process.env.CHRONICLE_MODEL;
    if (!file) throw new Error('No site model: run the build through `chronicle build` (or set CHRONICLE_MODEL to a model JSON file).');
    holder[KEY] = JSON.parse(readFileSync(file, 'utf8')) as SiteModel;
  }
  return holder[KEY]!;
}
