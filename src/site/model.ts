/**
 * How the pages get the site model. The CLI renders in the same process as Astro, so the model is handed over on
 * `globalThis` and read once. (The site settings travel as a virtual module, `virtual:chronicle/site`; the model
 * does not: as module source it would be serialised, then parsed and bundled by Vite. 300 BBC articles make a
 * 9.5 MB model (measured), so BBC's 2,225 about 70 MB and Reuters-21578 hundreds of MB, near V8's string limit.) `CHRONICLE_MODEL` (a JSON file) is the fallback for a separate `astro dev`.
 */
import { readFileSync } from 'node:fs';
import type { SiteModel } from '../graph/site-model.ts';

const KEY = '__chronicleSiteModel';
type Holder = { [KEY]?: SiteModel };

export function setModel(model: SiteModel): void {
  (globalThis as Holder)[KEY] = model;
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
