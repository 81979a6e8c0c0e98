/**
 * The country each headline writes as its subject (src/resolve/events/headline-place.ts `headlineCountry`), kept in
 * the cache folder between builds. Finding it tags the headline with the part-of-speech tagger wherever it opens with a
 * country's name: about 0.2 s of CPU of a one-story rebuild of 3,000 Reuters stories, every headline read again for
 * one new story (session 49, speed66). The answer is a function of the headline alone, so it is kept under the
 * headline, in a pack of the headline code's version (src/util/pack-file.ts; that code edited, the pack is another).
 */
import path from 'node:path';
import { codeVersion } from '../util/code-version.ts';
import { PackMemo, readPack } from '../util/pack-file.ts';
import { countryNamed, headlineCountry, type Country } from './events/headline-place.ts';

/** A headline's country by its name ('' when the headline writes none as its subject). */
export class HeadlineMemo extends PackMemo<string> {
  country(headline: string): Country | undefined {
    const name = this.kept(headline) ?? headlineCountry(headline)?.name ?? '';
    this.keep(headline, name);
    return name === '' ? undefined : countryNamed(name);
  }
}

const packFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `headlines-${codeVersion(['src/resolve/events/headline-place.ts'])}.bin`);

export async function loadHeadlineMemo(cacheDir: string): Promise<HeadlineMemo> {
  return new HeadlineMemo(await readPack<string>(packFile(cacheDir)));
}

/** Writes the pack when it has fallen behind, removing the packs of other code versions. */
export async function saveHeadlineMemo(cacheDir: string, memo: HeadlineMemo): Promise<void> {
  await memo.save(packFile(cacheDir), 'headlines-');
}
