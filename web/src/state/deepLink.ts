import type { Lang } from '../i18n/catalogues';
import { LAYOUTS, type LayoutName, type Renderer } from './canvas/slice';
import { NO_FILTERS, type Filters } from './filters/slice';
import { linkParamsSchema, packedCanvasSchema } from './linkSchema';
import type { Op } from './ops';
import type { Metric } from './presentation/slice';
import type { Focus } from './selection/slice';
import type { Position } from './slice';

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
  /** A saved story open at `step`: the story rebuilds the canvas, so no `canvas` goes with it. */
  story?: string;
  canvas?: CanvasSnapshot;
}

export interface CanvasSnapshot {
  ops: Op[];
  positions: Record<string, Position>;
  pinned: string[];
  zoom: number;
  pan: Position;
}

/** What reading a link gives: the link, or a clean start and why the link was set aside. */
export type DecodedLink = { link: DeepLink; problem: null } | { link: DeepLink; problem: string };

/** The link of a clean start: no setting, no canvas (the documents overview). */
export const CLEAN_START: DeepLink = { filters: NO_FILTERS };

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

/** Writes the state as query parameters (the `c` canvas parameter is compressed). */
export async function encodeDeepLink(link: DeepLink): Promise<URLSearchParams> {
  const params = new URLSearchParams();
  if (link.lang) params.set('lang', link.lang);
  if (link.layout && link.layout !== 'fcose') params.set('layout', link.layout);
  if (link.renderer === 'webgl') params.set('renderer', 'webgl');
  if (link.metric && link.metric !== 'degree') params.set('metric', link.metric);
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
  if (link.story) params.set('story', link.story);
  else if (link.canvas) {
    const { ops, positions, pinned, zoom, pan } = link.canvas;
    const rounded = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, [Math.round(p.x), Math.round(p.y)]]));
    params.set(
      'c',
      await pack({ v: 1, ops, p: rounded, pin: pinned, z: Math.round(zoom * 1000) / 1000, x: Math.round(pan.x), y: Math.round(pan.y) }),
    );
  }
  return params;
}

/** The first problem zod found, as "where: what" for the console. */
function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'link'}: ${issue.message}` : 'invalid';
}

/**
 * Reads a deep link. Every known parameter, and the compressed canvas with each of its
 * operations, is checked against the link schemas first: a link that fails anywhere is set
 * aside as a whole (a half-replayed link would show a picture nobody made), and the caller
 * starts clean and tells the user.
 */
export async function decodeDeepLink(search: string): Promise<DecodedLink> {
  const raw = Object.fromEntries(new URLSearchParams(search));
  const params = linkParamsSchema.safeParse(raw);
  if (!params.success) return { link: CLEAN_START, problem: firstIssue(params.error) };
  const value = params.data;
  const link: DeepLink = {
    lang: value.lang,
    layout: value.layout && LAYOUTS.includes(value.layout) ? value.layout : undefined,
    renderer: value.renderer,
    metric: value.metric,
    filters: {
      hiddenLabels: value.hideLabels ?? [],
      hiddenTypes: value.hideTypes ?? [],
      country: value.country ?? null,
      topic: value.topic ?? null,
      from: value.from ?? null,
      to: value.to ?? null,
    },
    focus: value.focus ? { kind: value.focus[0] === 'n' ? 'node' : 'edge', id: value.focus.slice(2) } : undefined,
    present: value.present === '1',
    step: value.step ?? 0,
    table: value.table === '1',
    story: value.story,
  };
  if (value.c) {
    let unpacked: unknown;
    try {
      unpacked = await unpack(value.c);
    } catch {
      return { link: CLEAN_START, problem: 'c: not a compressed canvas' };
    }
    const canvas = packedCanvasSchema.safeParse(unpacked);
    if (!canvas.success) return { link: CLEAN_START, problem: `c.${firstIssue(canvas.error)}` };
    const { ops, p, pin, z, x, y } = canvas.data;
    link.canvas = {
      ops,
      positions: Object.fromEntries(Object.entries(p).map(([id, [px, py]]) => [id, { x: px, y: py }])),
      pinned: pin ?? [],
      zoom: z,
      pan: { x, y },
    };
  }
  return { link, problem: null };
}
