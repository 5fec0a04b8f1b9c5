/**
 * The API benchmark's synthetic graph (bench/api/synthetic-graph.ts), adapted so every element is
 * valid import input: country ids become ISO-like two-letter codes (the seed schema requires them)
 * and a relationship that the generator repeats across batches is kept once, since (type, from, to)
 * is a relationship's identity.
 */
import { ids, sizesFor, SyntheticGraph, type NodeRow, type RelationshipRow } from './api/synthetic-graph.js';

const COUNTRY = /^C(\d{3})$/;

/** `C007` → `AH`, `C190` → `HI`: two letters per index, and an ISO3-like code. */
function countryCode(id: string): string {
  const match = COUNTRY.exec(id);
  if (!match) return id;
  const index = Number(match[1]);
  const letter = (n: number) => String.fromCharCode(65 + n);
  return `${letter(Math.floor(index / 26) % 26)}${letter(index % 26)}`;
}

/** Relationships of the API benchmark graph at a scale where scale 0.1 ≈ 100k relationships. */
export class ExportBenchGraph extends SyntheticGraph {
  private readonly kept = new Set<string>();

  constructor(scale: number, seed = 42) {
    super(sizesFor(scale), seed);
  }

  override *nodes(batch: number): Generator<NodeRow[]> {
    for (const rows of super.nodes(batch)) {
      yield rows.map((row) =>
        row.label === 'Country'
          ? {
              ...row,
              properties: { ...row.properties, id: countryCode(String(row.properties.id)), iso3: `${countryCode(String(row.properties.id))}X` },
            }
          : row,
      );
    }
  }

  override *relationships(batch: number): Generator<RelationshipRow[]> {
    for (const rows of super.relationships(batch)) {
      const kept: RelationshipRow[] = [];
      for (const row of rows) {
        const from = countryCode(row.from);
        const to = countryCode(row.to);
        const id = `${from}|${row.type}|${to}`;
        if (this.kept.has(id)) continue;
        this.kept.add(id);
        kept.push({ ...row, from, to, properties: { ...row.properties, id } });
      }
      if (kept.length > 0) yield kept;
    }
  }
}

export { ids };
