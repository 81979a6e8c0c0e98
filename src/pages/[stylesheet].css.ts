/** Writes the site's stylesheet (src/site/stylesheet.ts) to `<out>/style.<hash>.css`. */
import type { GetStaticPaths } from 'astro';
import { stylesheet } from '../site/stylesheet.ts';

export const getStaticPaths = (() => [{ params: { stylesheet: stylesheet.url.replace(/\.css$/, '') } }]) satisfies GetStaticPaths;

export function GET(): Response {
  return new Response(stylesheet.css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
