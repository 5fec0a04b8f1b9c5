import type { Lang } from '../i18n/messages';
import type { Op } from './ops';
import { LAYOUTS, NO_FILTERS, type Filters, type Focus, type LayoutName, type Metric, type Position, type Renderer } from './store';

/**
 * Everything needed to put the same picture back on a fresh browser. Readable settings are plain
 * query parameters; the canvas itself (the operations that built it, every node's position, the
 * pins and the viewport) is one compressed parameter `c`. Only our stable ids appear, never
 * Neo4j's internal ones.
 */
export interface DeepLink {
  lang?: Lang;
  layout?: LayoutName;
  renderer?: Renderer;
  metric?: Metric;
  filters: Filters;
  focus?: Focus;
  present?: boolean;
  step?: number;
  table?: boolean;
  canvas?: CanvasSnapshot;
}

export interface CanvasSnapshot {
  ops: Op[];
  positions: Record<string, Position>;
  pinned: string[];
  zoom: number;
  pan: Position;
}

/** JSON → deflate → base64url, so a few hundred positions fit in a link of a few kilobytes. */
async function pack(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  let text = '';
  for (const byte of packed) text += String.fromCharCode(byte);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function unpack(text: string): Promise<unknown> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(stream).text());
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

/** Writes the state as query parameters (the `c` canvas parameter is compressed). */
export async function encodeDeepLink(link: DeepLink): Promise<URLSearchParams> {
  const params = new URLSearchParams();
  if (link.lang) params.set('lang', link.lang);
  if (link.layout && link.layout !== 'fcose') params.set('layout', link.layout);
  if (link.renderer === 'webgl') params.set('renderer', 'webgl');
  if (link.metric && link.metric !== 'betweenness') params.set('metric', link.metric);
  const { filters } = link;
  if (filters.hiddenLabels.length) params.set('hideLabels', filters.hiddenLabels.join(','));
  if (filters.hiddenTypes.length) params.set('hideTypes', filters.hiddenTypes.join(','));
  if (filters.country) params.set('country', filters.country);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.from !== null) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (link.focus) params.set('focus', `${link.focus.kind === 'node' ? 'n' : 'e'}:${link.focus.id}`);
  if (link.present) params.set('present', '1');
  if (link.step) params.set('step', String(link.step));
  if (link.table) params.set('table', '1');
  if (link.canvas) {
    const { ops, positions, pinned, zoom, pan } = link.canvas;
    const rounded = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, [Math.round(p.x), Math.round(p.y)]]));
    params.set(
      'c',
      await pack({ v: 1, ops, p: rounded, pin: pinned, z: Math.round(zoom * 1000) / 1000, x: Math.round(pan.x), y: Math.round(pan.y) }),
    );
  }
  return params;
}

/** Reads a deep link; anything malformed is ignored rather than breaking the page. */
export async function decodeDeepLink(search: string): Promise<DeepLink> {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const layout = params.get('layout') as LayoutName | null;
  const metric = params.get('metric');
  const focus = params.get('focus');
  const link: DeepLink = {
    lang: lang === 'en' || lang === 'fr' ? lang : undefined,
    layout: layout && LAYOUTS.includes(layout) ? layout : undefined,
    renderer: params.get('renderer') === 'webgl' ? 'webgl' : undefined,
    metric: metric === 'pagerank' || metric === 'degree' || metric === 'betweenness' ? metric : undefined,
    filters: {
      ...NO_FILTERS,
      hiddenLabels: list(params.get('hideLabels')),
      hiddenTypes: list(params.get('hideTypes')),
      country: params.get('country'),
      topic: params.get('topic'),
      from: year(params.get('from')),
      to: year(params.get('to')),
    },
    focus: focus && /^[ne]:./.test(focus) ? { kind: focus[0] === 'n' ? 'node' : 'edge', id: focus.slice(2) } : undefined,
    present: params.get('present') === '1',
    step: Number(params.get('step') ?? 0) || 0,
    table: params.get('table') === '1',
  };
  const packed = params.get('c');
  if (packed) {
    try {
      const raw = (await unpack(packed)) as { ops: Op[]; p: Record<string, [number, number]>; pin?: string[]; z: number; x: number; y: number };
      link.canvas = {
        ops: raw.ops,
        positions: Object.fromEntries(Object.entries(raw.p ?? {}).map(([id, [x, y]]) => [id, { x, y }])),
        pinned: raw.pin ?? [],
        zoom: raw.z,
        pan: { x: raw.x, y: raw.y },
      };
    } catch (error) {
      console.warn('ignoring an unreadable canvas in the link', error);
    }
  }
  return link;
}
