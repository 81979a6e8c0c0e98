/// <reference types="astro/client" />

/** The site settings, handed to the pages by src/site/render.ts. */
declare module 'virtual:chronicle/site' {
  const settings: import('./config/context.ts').SiteSettings;
  export default settings;
}
