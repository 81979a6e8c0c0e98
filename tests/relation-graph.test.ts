/** The relationship graph's layout: a fixed function of the connections, inside the drawing, events apart. */
import { describe, expect, it } from 'vitest';
import { GRAPH_HEIGHT, GRAPH_WIDTH, HUB_ARTICLES, HUB_NAMES, drawingAddsToList, drawsConnections, edgePaths, layoutRelationGraph } from '../src/site/relation-graph.ts';
import type { Connections } from '../src/graph/site-model.ts';
import { urls } from '../src/util/urls.ts';
import type { EntityType } from '../src/types.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];
const entity = (i: number, shared: number) => ({
  id: `e${i}`, url: urls.entity(`e${i}`), name: `Entity number ${i} with a rather long name`, type: TYPES[i % 4]!, mentions: shared, shared,
});
const event = (i: number, withIds: string[]) => ({
  id: `v${i}`, url: urls.event(`v${i}`), title: `Event ${i}`, date: null, type: 'statement', typeLabel: 'Statement', with: withIds,
});

const connections: Connections = {
  entities: [8, 6, 5, 3, 3, 2, 1, 1].map((shared, i) => entity(i, shared)),
  // Three events between the same two entities: they would sit on one spot without the nudge.
  events: [event(0, ['e0', 'e1']), event(1, ['e0', 'e1']), event(2, ['e0', 'e1']), event(3, ['e4'])],
};

describe('layoutRelationGraph', () => {
  const drawing = layoutRelationGraph({ name: 'Centre', type: 'person' }, connections);

  it('gives the same drawing for the same connections', () => {
    expect(layoutRelationGraph({ name: 'Centre', type: 'person' }, structuredClone(connections))).toEqual(drawing);
  });

  it('draws one node per entity and event, each linking to its page, all inside the drawing', () => {
    expect(drawing.nodes.map((n) => n.url).sort()).toEqual([...connections.entities, ...connections.events].map((n) => n.url).sort());
    for (const n of drawing.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(GRAPH_WIDTH);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(GRAPH_HEIGHT);
    }
  });

  it('draws the strongest connection largest and first (at the top)', () => {
    const entities = drawing.nodes.filter((n) => n.kind === 'entity');
    expect(entities[0]!.r).toBe(Math.max(...entities.map((n) => n.r)));
    expect(entities[0]!.y).toBe(Math.min(...entities.map((n) => n.y)));
    expect(entities[0]!.x).toBe(GRAPH_WIDTH / 2);
  });

  it('numbers events in list order and keeps them apart', () => {
    const events = drawing.nodes.filter((n) => n.kind === 'event');
    expect(events.map((n) => n.label).sort()).toEqual(['1', '2', '3', '4']);
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        expect(Math.hypot(events[i]!.x - events[j]!.x, events[i]!.y - events[j]!.y)).toBeGreaterThan(2 * events[i]!.r);
      }
    }
  });

  it('joins the centre to every node and each event to the entities taking part', () => {
    const withCount = connections.events.reduce((n, e) => n + e.with.length, 0);
    expect(drawing.edges).toHaveLength(connections.entities.length + connections.events.length + withCount);
  });

  it('draws the edges as one path per stroke, every edge a segment of it', () => {
    const paths = edgePaths(drawing.edges);
    expect(new Set(paths.map((p) => `${p.kind} ${p.width}`)).size).toBe(paths.length);
    const segments = paths.flatMap((p) => [...p.d.matchAll(/M(-?\d+) (-?\d+)L(-?\d+) (-?\d+)/g)].map((m) => ({ kind: p.kind, width: p.width, x1: +m[1]!, y1: +m[2]!, x2: +m[3]!, y2: +m[4]! })));
    const key = (e: { kind: string; width: number; x1: number; y1: number; x2: number; y2: number }) => JSON.stringify([e.kind, e.width, e.x1, e.y1, e.x2, e.y2]);
    expect(segments.map(key).sort()).toEqual(drawing.edges.map(key).sort());
    expect(paths.find((p) => p.kind === 'event')?.d).toBeTruthy();
  });

  it('cuts long labels and keeps whole names for titles', () => {
    const first = drawing.nodes[0]!;
    expect(first.label.length).toBeLessThan(first.name.length);
    expect(first.label.endsWith('…')).toBe(true);
  });
});

describe('drawingAddsToList', () => {
  // A full ring of names met once each.
  const once = Array.from({ length: HUB_NAMES }, (_, i) => entity(i, 1));

  it('draws ties of three strengths or more, or shared events', () => {
    expect(drawingAddsToList(connections)).toBe(true);
    // Met once, twice and four times: strokes of 2, 3 and 4 pixels.
    expect(drawingAddsToList({ entities: [...once.slice(2), entity(8, 2), entity(9, 4)], events: [] })).toBe(true);
    expect(drawingAddsToList({ entities: once, events: [event(0, ['e0'])] })).toBe(true);
  });

  it('leaves out a star of equal spokes: every name met once, no shared event', () => {
    expect(drawingAddsToList({ entities: once, events: [] })).toBe(false);
    expect(drawingAddsToList({ entities: [], events: [] })).toBe(false);
  });

  it('leaves out a star of two stroke widths: a few names met more often, the rest once', () => {
    const twice = [...once.slice(2), entity(8, 2), entity(9, 2)];
    expect(drawingAddsToList({ entities: twice, events: [] })).toBe(false);
    expect(new Set(layoutRelationGraph({ name: 'Hub', type: 'person' }, { entities: twice, events: [] }).edges.map((e) => e.width)).size).toBe(2);
    expect(drawingAddsToList({ entities: twice, events: [event(0, ['e8'])] })).toBe(true);
  });

  it('draws hubs only: a name in fewer articles, or with fewer names round it, has the list alone', () => {
    expect(drawsConnections(connections, HUB_ARTICLES)).toBe(true);
    expect(drawsConnections(connections, HUB_ARTICLES - 1)).toBe(false);
    expect(drawsConnections({ entities: once, events: [] }, 50)).toBe(false);
    const few = { entities: connections.entities.slice(0, HUB_NAMES - 1), events: connections.events.slice(0, 1) };
    expect(drawingAddsToList(few)).toBe(true);
    expect(drawsConnections(few, 50)).toBe(false);
  });
});
