import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { order } from './pages.ts';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const gold = JSON.parse(readFileSync('tests/gold/event-pages.json', 'utf8')).items as any[];
for (const set of ['reuters', 'bbc']) {
  const sample = (file: string) => {
    const g = JSON.parse(readFileSync(file, 'utf8'));
    return g.events.map((ev: any) => {
      const first = ev.sources[0];
      const key = `${first.article}|${sha(first.quote).slice(0, 12)}`;
      const page = sha(JSON.stringify([ev.title, ev.date, [...new Set(ev.participants.map((p: any) => p.entity))].sort()])).slice(0, 12);
      return { key, page, title: ev.title, n: ev.sources.length, ...order(`event|${key}`) };
    }).filter((p: any) => p.split === 'dev').sort((a: any, b: any) => a.rank - b.rank || (a.key < b.key ? -1 : 1)).slice(0, 60);
  };
  const a = sample(`/work/wt-evt4-base/.cache/eval-event-pages/${set}/graph.json`);
  const b = sample(`.cache/eval-event-pages/${set}/graph.json`);
  const label = (p: any) => gold.find((j) => `${j.article}|${j.sentence}|${j.page}` === `${p.key}|${p.page}`)?.good;
  const bk = new Set(b.map((p: any) => `${p.key}|${p.page}`));
  const ak = new Set(a.map((p: any) => `${p.key}|${p.page}`));
  for (const p of a) if (!bk.has(`${p.key}|${p.page}`)) console.log(set, 'LEFT', label(p), p.key, p.title, p.n);
  for (const p of b) if (!ak.has(`${p.key}|${p.page}`)) console.log(set, 'NEW', label(p), p.key, p.title, p.n);
}
