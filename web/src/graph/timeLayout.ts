import type { NodeCollection, NodeSingular } from 'cytoscape';
import type { GraphNode } from '../api/client';

/** Horizontal scale of the time layout: layout units per year. */
export const YEAR_WIDTH = 160;

/** Where each label sits relative to the band of events (events in the middle, y = 0 upward). */
const BANDS: Record<string, number> = {
  Source: -620,
  Person: -500,
  Actor: -380,
  Programme: -260,
  Instrument: 260,
  Topic: 380,
  City: 500,
  Country: 580,
};

/** A date as a fractional year: '2014' → 2014.5, '2014-03' → 2014.2, '2014-03-15' → 2014.2… */
export function fractionalYear(date: unknown): number | null {
  if (typeof date !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return year + 0.5;
  const day = match[3] ? Number(match[3]) : 15;
  return year + (Number(match[2]) - 1) / 12 + (day - 1) / 365;
}

/** The date a node sits at on the time axis (events and programmes by start, instruments by adoption). */
export function nodeDate(node: Pick<GraphNode, 'properties'>): number | null {
  const { start, adopted, published } = node.properties;
  return fractionalYear(start) ?? fractionalYear(adopted) ?? fractionalYear(published);
}

/**
 * Preset positions for the time layout: dated nodes at their date along x, events stacked in the
 * middle band, other labels in bands above and below, undated nodes at the mean date of their
 * dated neighbours (or at the left edge). Pure arithmetic on dates: there is no physics here.
 */
export function timePositions(nodes: NodeCollection, dateOf: (id: string) => number | null): Map<string, { x: number; y: number }> {
  const dates = nodes.map((node) => dateOf(node.id())).filter((value): value is number => value !== null);
  const origin = dates.length ? Math.floor(Math.min(...dates)) : 2000;
  const positions = new Map<string, { x: number; y: number }>();
  const xOf = new Map<string, number>();
  nodes.forEach((node) => {
    const date = dateOf(node.id());
    if (date !== null) xOf.set(node.id(), (date - origin) * YEAR_WIDTH);
  });
  nodes.forEach((node: NodeSingular) => {
    if (xOf.has(node.id())) return;
    const linked = node
      .neighborhood('node')
      .map((other) => xOf.get(other.id()))
      .filter((x): x is number => x !== undefined);
    xOf.set(node.id(), linked.length ? linked.reduce((a, b) => a + b, 0) / linked.length : -YEAR_WIDTH);
  });
  // Stack nodes of one band that would overlap horizontally.
  const byBand = new Map<number, NodeSingular[]>();
  nodes.forEach((node) => {
    const band = node.data('label') === 'Event' ? 0 : (BANDS[String(node.data('label'))] ?? 700);
    byBand.set(band, [...(byBand.get(band) ?? []), node]);
  });
  for (const [band, members] of byBand) {
    members.sort((a, b) => (xOf.get(a.id()) ?? 0) - (xOf.get(b.id()) ?? 0));
    const direction = band < 0 ? -1 : 1;
    const columns: { x: number; depth: number }[] = [];
    for (const node of members) {
      const x = xOf.get(node.id()) ?? 0;
      let column = columns.find((entry) => Math.abs(entry.x - x) < 40);
      if (!column) {
        column = { x, depth: 0 };
        columns.push(column);
      }
      // Events grow both ways from the axis (0, -1, +1, -2…), other bands away from it.
      const y = band === 0 ? (column.depth % 2 ? -1 : 1) * Math.ceil(column.depth / 2) * 34 : band + direction * column.depth * 30;
      positions.set(node.id(), { x, y });
      column.depth += 1;
    }
  }
  return positions;
}

/** The year ticks of the axis drawn over the canvas in the time layout. */
export function yearTicks(dates: number[]): { year: number; x: number }[] {
  if (!dates.length) return [];
  const origin = Math.floor(Math.min(...dates));
  const last = Math.floor(Math.max(...dates));
  const ticks: { year: number; x: number }[] = [];
  for (let year = origin; year <= last + 1; year += 1) ticks.push({ year, x: (year - origin) * YEAR_WIDTH });
  return ticks;
}
