/**
 * A dependency loaded when first used, synchronously with require() (its CommonJS build, or its ES modules: Node
 * ≥ 20.19 requires those too). The HTML, feed and Markdown parsers take seconds to load and most archives hold
 * files of one format at most: imported with the rest, every build and rebuild paid for all of them at start-up
 * (issue 17).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
