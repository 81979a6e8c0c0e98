/**
 * Lays out an entity's relationship graph for a static SVG, at build time. The layout is a fixed function of the
 * connections (no force simulation, no randomness): the entity in the middle, its co-occurring entities evenly
 * round an outer ellipse, strongest first from the top, clockwise; shared events on an inner ellipse, each at the
 * mean angle of the entities taking part in it, nudged apart so none overlap, and labelled with its number in the
 * list of shared events. Coordinates are rounded to whole pixels, so the same connections always give the same bytes.
 */
import { GRAPH_ENTITIES, type Connections, type EntityPage } from '../graph/site-model.ts';
import type { EntityType } from '../types.ts';
import type { SiteUrl } from '../util/urls.ts';

export const GRAPH_WIDTH = 800;
export const GRAPH_HEIGHT = 440;
const CX = GRAPH_WIDTH / 2;
const CY = GRAPH_HEIGHT / 2;
const OUTER = { rx: 200, ry: 165 };
const INNER = { rx: 115, ry: 88 };
/**
 * Labels longer than this are cut (the full name is in the node's title and the list beside), so that labels at the
 * phone font size (Layout.astro) still fit inside the drawing.
 */
const LABEL_CHARS = 18;
/** Smallest angle between two events on the inner ellipse. */
const EVENT_GAP = 0.45;

export interface GraphNode {
  kind: 'entity' | 'event';
  /** Badge class: `t-person`, `t-event`, … */
  cls: string;
  name: string;
  label: string;
  url: SiteUrl;
  x: number;
  y: number;
  r: number;
  /** Where the label goes: its anchor point and alignment. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge { x1: number; y1: number; x2: number; y2: number; width: number; kind: 'entity' | 'event' }

export interface GraphDrawing {
  center: { name: string; cls: string; x: number; y: number; r: number; label: string };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The edges drawn with one stroke (same kind and width), as one SVG path each. */
export interface EdgePath { kind: GraphEdge['kind']; width: number; d: string }

/**
 * The edges as few paths as there are strokes, in the order each stroke first appears: one `<line>` an edge came to
 * 85 bytes, a path segment is about 20 (BBC: 2.4 MB of lines, issue 17). Where segments of one path cross, their
 * half-transparent stroke is not darkened twice: the centre of a drawing reads no less clearly.
 */
export function edgePaths(edges: readonly GraphEdge[]): EdgePath[] {
  const paths = new Map<string, EdgePath>();
  for (const e of edges) {
    const key = `${e.kind} ${e.width}`;
    const path = paths.get(key) ?? { kind: e.kind, width: e.width, d: '' };
    path.d += `M${e.x1} ${e.y1}L${e.x2} ${e.y2}`;
    paths.set(key, path);
  }
  return [...paths.values()];
}

/** Whole pixels: in an 800-pixel drawing a tenth of a pixel cannot be seen, and costs two bytes a number. */
const round = (n: number) => Math.round(n);
const cut = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1).trimEnd()}…` : s);
const TAU = 2 * Math.PI;

function labelPlace(angle: number, x: number, y: number, r: number): Pick<GraphNode, 'lx' | 'ly' | 'anchor'> {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  if (cos > 0.35) return { lx: round(x + r + 5), ly: round(y + 4), anchor: 'start' };
  if (cos < -0.35) return { lx: round(x - r - 5), ly: round(y + 4), anchor: 'end' };
  return { lx: x, ly: round(sin < 0 ? y - r - 6 : y + r + 15), anchor: 'middle' };
}

/** Mean of angles on the circle (so 350° and 10° average to 0°, not 180°). */
function meanAngle(angles: number[]): number {
  const sx = angles.reduce((s, a) => s + Math.cos(a), 0);
  const sy = angles.reduce((s, a) => s + Math.sin(a), 0);
  return Math.atan2(sy, sx);
}

/**
 * Whether a drawing says more than the list beside it: it shows how strong each tie is and which events the names
 * share. When every name was met with the entity in one sentence only and no event is shared, the drawing is a star
 * of equal spokes, the list in another shape; the page then shows the list alone. On BBC that was 9,542 of 14,027
 * drawings, 13.2 MB (bench/RESULTS.md, session 8). The same holds where the drawn ties take only two widths (a few
 * names met more often, the rest once): the list's counts, strongest first, say that in a line. A spread of at least
 * DRAWN_STRENGTHS widths is a ranking the eye reads at once; on BBC the star-like drawings were 929 of 1,861, 1.5 MB
 * (issue 17).
 */
export const DRAWN_STRENGTHS = 3;
export function drawingAddsToList(connections: Connections): boolean {
  const strongest = strongestTie(connections);
  const widths = new Set(connections.entities.map((e) => tieWidth(e.shared, strongest)));
  return connections.events.length > 0 || widths.size >= DRAWN_STRENGTHS;
}

const strongestTie = (connections: Connections) => Math.max(1, ...connections.entities.map((e) => e.shared));
/** A tie's stroke, 1 to 4 pixels by the sentences it shares against the strongest tie's. */
const tieWidth = (shared: number, strongest: number) => round(1 + 3 * (shared / strongest));

/**
 * Whether the page draws its connections: where a drawing would add to the list, and only round a hub (isHub).
 * Elsewhere the list says the same alone: the counts beside the names and the shared events.
 */
export function drawsConnections(connections: Connections, articles: number): boolean {
  return drawingAddsToList(connections) && isHub(connections, articles);
}

/**
 * A hub: named in more than one article (`articles`), with the drawing's whole ring of names round it
 * (GRAPH_ENTITIES). In one article the ties are one story's sentences, which the counts in the list say as plainly,
 * and a ring of a few names is the list in another shape. On BBC the drawings of the other pages came to 3.5 MB of
 * 7.0 (issue 17).
 */
export const HUB_ARTICLES = 2;
/**
 * Whether an entity page folds its "Named together with" list into one link to its one article's "Named in this
 * article" (`#named`): every name it shares a sentence with is named there, linked in the text or in the list, one
 * click on. The lists of BBC's 9,481 names in one article came to 3.0 MB (issue 17); what the fold gives up is each
 * name's count of shared sentences. Such a page is no hub, so it never has a drawing beside the list.
 */
export const foldsConnections = (entity: Pick<EntityPage, 'mentionsByArticle'>): boolean => entity.mentionsByArticle.length === 1;
export const HUB_NAMES = GRAPH_ENTITIES;
const isHub = (connections: Connections, articles: number) => articles >= HUB_ARTICLES && connections.entities.length >= HUB_NAMES;

export function layoutRelationGraph(center: { name: string; type: EntityType }, connections: Connections): GraphDrawing {
  const entities = connections.entities;
  const strongest = strongestTie(connections);
  const angleOf = new Map<string, number>();
  const nodeOf = new Map<string, GraphNode>();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  entities.forEach((e, i) => {
    const angle = -Math.PI / 2 + (TAU * i) / entities.length;
    angleOf.set(e.id, angle);
    const x = round(CX + OUTER.rx * Math.cos(angle));
    const y = round(CY + OUTER.ry * Math.sin(angle));
    const r = round(6 + 8 * Math.sqrt(e.shared / strongest));
    const node: GraphNode = { kind: 'entity', cls: `t-${e.type}`, name: e.name, label: cut(e.name), url: e.url, x, y, r, ...labelPlace(angle, x, y, r) };
    nodes.push(node);
    nodeOf.set(e.id, node);
    edges.push({ x1: CX, y1: CY, x2: x, y2: y, width: tieWidth(e.shared, strongest), kind: 'entity' });
  });

  // Events sit between the entities they involve; walk them by angle and push each at least EVENT_GAP past the last.
  const placed = connections.events
    .map((ev, i) => ({ ev, number: i + 1, angle: meanAngle(ev.with.map((id) => angleOf.get(id)!)) }))
    .sort((a, b) => a.angle - b.angle || (a.ev.id < b.ev.id ? -1 : 1));
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!.angle;
    if (placed[i]!.angle - prev < EVENT_GAP) placed[i]!.angle = prev + EVENT_GAP;
  }
  for (const { ev, number, angle } of placed) {
    const x = round(CX + INNER.rx * Math.cos(angle));
    const y = round(CY + INNER.ry * Math.sin(angle));
    // Titles would collide with the names round them: an event is drawn as its number in the list beside.
    nodes.push({ kind: 'event', cls: 't-event', name: ev.title, label: String(number), url: ev.url, x, y, r: 12, lx: x, ly: round(y + 5), anchor: 'middle' });
    edges.push({ x1: CX, y1: CY, x2: x, y2: y, width: 1, kind: 'event' });
    for (const id of ev.with) {
      const other = nodeOf.get(id)!;
      edges.push({ x1: x, y1: y, x2: other.x, y2: other.y, width: 1, kind: 'event' });
    }
  }

  return {
    center: { name: center.name, cls: `t-${center.type}`, x: CX, y: CY, r: 16, label: cut(center.name) },
    nodes,
    edges,
  };
}
