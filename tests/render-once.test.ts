/**
 * Work the render does once per build, not once per page (issue 17, session 24): the date formatter of a language,
 * and the compaction of each page as Astro renders it (src/middleware.ts), not in a second pass over the written files.
 */
import { describe, expect, it } from 'vitest';
import { dateFormatter } from '../src/site/format.ts';
import { compactHtml } from '../src/site/compact-html.ts';
import { onRequest } from '../src/middleware.ts';

type Next = Parameters<typeof onRequest>[1];
const respond = (body: string, type: string, status = 200) => (async () => new Response(body, { status, headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) } })) as Next;
const run = async (next: Next) => (await onRequest({} as never, next)) as Response;

describe('dateFormatter', () => {
  it('is made once per language and formats as before', () => {
    const en = dateFormatter('en');
    expect(dateFormatter('en')).toBe(en);
    expect(dateFormatter('fr')).not.toBe(en);
    expect(en('2021-12-10')).toBe('10 December 2021');
    expect(en('2021-04')).toBe('April 2021');
    expect(dateFormatter('fr')('2021-12-10')).toBe('10 décembre 2021');
  });
});

describe('the render middleware', () => {
  const page = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/></head><body><ul><li><a href="a.html">Ada&#39;s</a></li></ul></body></html>';

  it('writes an HTML page compacted, with its status kept and no stale length', async () => {
    const out = await run(respond(page, 'text/html', 404));
    const body = await out.text();
    expect(body).toBe(compactHtml(page));
    expect(body).toContain('<meta charset=utf-8><');
    expect(out.status).toBe(404);
    expect(out.headers.get('content-type')).toBe('text/html');
    expect(out.headers.get('content-length')).toBeNull();
  });

  it('passes an endpoint that is not HTML as it is', async () => {
    const script = 'const a = "<b class=\\"x\\"></b>";';
    const out = await run(respond(script, 'text/javascript; charset=utf-8'));
    expect(await out.text()).toBe(script);
  });
});
