// Astro renders the pages of a Chronicle site. The CLI (src/site/render.ts) runs this config programmatically,
// overriding outDir. Output is static files named `x.html` (never folders) with styles inlined into every page,
// so each page works from any folder depth and from file://.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'never',
  build: {
    format: 'file',
    inlineStylesheets: 'always',
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
