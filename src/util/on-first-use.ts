/**
 * A dependency loaded when first used, synchronously through its CommonJS build. The HTML and feed parsers take
 * seconds to load and most archives hold no such file: imported with the rest, every build and rebuild paid for
 * them at start-up (issue 17).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
