/**
 * Astro's middleware (Astro runs `src/middleware.ts` for every page its static build renders): each HTML page loses
 * the markup HTML does not need (src/site/compact-html.ts) before Astro writes it. It was a pass over the written
 * folder, reading and writing every page a second time (BBC: 17,408 files, 2 × 17,408 opens; issue 17, session
 * 24). Endpoints (the stylesheet, the previews scripts, the icon) are not HTML and pass as they are. A render
 * through the kept bundle (src/site/bundle.ts) runs no middleware and compacts its pages itself.
 */
import type { MiddlewareHandler } from 'astro';
import { compactHtml } from './site/compact-html.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return response;
  const headers = new Headers(response.headers);
  // The body's length changes; nothing in a static build reads the header, but it must not lie.
  headers.delete('content-length');
  return new Response(compactHtml(await response.text()), { status: response.status, statusText: response.statusText, headers });
};
