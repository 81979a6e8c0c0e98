/**
 * Writes the link-preview script (src/site/previews.js) to `<out>/previews.js`, a classic script file: the CSP
 * allows no inline code, and module scripts do not run from file://. Vite inlines the source at build time; the
 * number of card buckets (src/site/previews.ts) is filled in here.
 */
import source from '../site/previews.js?raw';
import { getModel } from '../site/model.ts';
import { previewBuckets } from '../site/previews.ts';

export function GET(): Response {
  const buckets = previewBuckets(Object.keys(getModel().previews).length);
  return new Response(source.replace('__BUCKETS__', String(buckets)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
