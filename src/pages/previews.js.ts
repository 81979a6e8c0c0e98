/**
 * Writes the link-preview script (src/site/previews.js) to `<out>/previews.js`, a classic script file: the CSP
 * allows no inline code, and module scripts do not run from file://. Vite inlines the source at build time.
 */
import source from '../site/previews.js?raw';

export function GET(): Response {
  return new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
