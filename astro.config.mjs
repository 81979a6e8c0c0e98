// Astro renders the pages of a Chronicle site. The CLI (src/site/render.ts) runs this config programmatically,
// overriding outDir. Output is static files named `x.html` (never folders) whose links are all relative, so each
// page works from any folder depth and from file://. Pages and components carry no <style>: the site's one
// stylesheet is a file of its own (src/site/stylesheet.ts), linked relatively.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'never',
  build: {
    format: 'file',
    // Pages are rendered four at a time: one at a time, Astro's main thread sat idle about a third of the render
    // waiting for each page's file to be written (5,000 Reuters stories, 26,932 pages: render median 81 s over 3
    // runs -> 57 s over 4, on a noisy machine; 16 at a time gave no more). Each page is its own file, so the output
    // is the same bytes.
    concurrency: 4,
    assets: '_assets',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  scopedStyleStrategy: 'class',
  vite: {
    logLevel: 'error',
    build: { assetsInlineLimit: 100_000 },
  },
});
