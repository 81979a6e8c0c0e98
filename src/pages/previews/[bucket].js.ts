/** The preview cards, one classic script per bucket (src/site/previews.ts): `<out>/previews/<bucket>.js`. */
import type { GetStaticPaths } from 'astro';
import { getModel } from '../../site/model.ts';
import { previewBucketScripts } from '../../site/previews.ts';
import { dateFormatter } from '../../site/format.ts';
import site from 'virtual:chronicle/site';

export const getStaticPaths = (() => previewBucketScripts(getModel().previews, dateFormatter(site.lang)).map((script, i) => ({ params: { bucket: String(i) }, props: { script } }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { script: string } }): Response {
  return new Response(props.script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
