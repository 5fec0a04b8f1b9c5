import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import { readSeedFiles, SeedValidationError, validateSeed, type SeedIssue } from '../../api/src/seed/validate.js';
import { countryShapes } from '../../web/src/features/map/geometry.js';
import { findPlace, GEONAMES_SOURCE, NOT_PLACED, placeCities, type GazetteerPlace, type SeedFileData } from '../../scripts/reference/coordinates.js';

/**
 * City coordinates: the maintainer script's matching (on a gazetteer written for this test, not the
 * package), the seed's rules for them, and the coordinates the repository's seed holds, checked
 * against an independent geometry: each city lies in (or on the coast of) the country it is
 * LOCATED_IN, by Natural Earth's outlines.
 */
const place = (id: number, name: string, country: string, featureCode: string, population: number, lon: number, lat: number): GazetteerPlace => ({
  id,
  name,
  altName: '',
  country,
  featureCode,
  population,
  lon,
  lat,
});
const GAZETTEER = [
  place(2643743, 'London', 'GB', 'PPLC', 8_961_989, -0.12574, 51.50853),
  place(6058560, 'London', 'CA', 'PPL', 346_765, -81.23304, 42.98339),
  place(2643741, 'City of London', 'GB', 'PPL', 8_071, -0.09184, 51.51279),
  place(2660646, 'Genève', 'CH', 'PPLA', 183_981, 6.14569, 46.20222),
  place(5128581, 'New York City', 'US', 'PPL', 8_804_190, -74.00597, 40.71427),
  place(1650535, 'Bali', 'IN', 'PPL', 20_000, 73.0, 17.0),
];

describe('placing cities from a gazetteer', () => {
  it('finds a city by any of its names in its own country, the capital first', () => {
    expect(findPlace({ id: 'city-london', names: ['London', 'Londres'], country: 'GB' }, GAZETTEER)?.id).toBe(2643743);
    expect(findPlace({ id: 'city-geneva', names: ['Geneva', 'Genf'], country: 'CH' }, GAZETTEER)).toBeNull();
    expect(findPlace({ id: 'city-geneva', names: ['Geneva', 'GENEVE'], country: 'CH' }, GAZETTEER)?.id).toBe(2660646);
    // The gazetteer's own name, where the seed has another.
    expect(findPlace({ id: 'city-new-york', names: ['New York'], country: 'US' }, GAZETTEER)?.id).toBe(5128581);
    expect(findPlace({ id: 'city-london', names: ['London'], country: 'FR' }, GAZETTEER)).toBeNull();
  });

  it('writes coordinates with their provenance into the file that defines each city, once', () => {
    const files = new Map<string, SeedFileData>([
      [
        'reference/cities.json',
        {
          nodes: [
            { label: 'City', id: 'city-london', name_en: 'London', name_fr: 'Londres' },
            { label: 'City', id: 'city-atlantis', name_en: 'Atlantis' },
          ],
          relationships: [{ type: 'LOCATED_IN', from: 'city-london', to: 'GB', source: 'ref-t', source_url: 'https://example.org' }],
        },
      ],
      [
        'documents/doc-a.json',
        { nodes: [{ label: 'City', id: 'city-bali', name_en: 'Bali' }], relationships: [{ type: 'LOCATED_IN', from: 'city-bali', to: 'IN' }] },
      ],
    ]);
    const placement = placeCities(files, GAZETTEER);
    expect([...placement.changed.keys()]).toEqual(['reference/cities.json']);
    expect(placement.changed.get('reference/cities.json')!.nodes![0]).toEqual({
      label: 'City',
      id: 'city-london',
      name_en: 'London',
      name_fr: 'Londres',
      lat: 51.5085,
      lon: -0.1257,
      coordinates_source: GEONAMES_SOURCE,
      coordinates_url: 'https://www.geonames.org/2643743',
    });
    // No country, no place; Bali is named as an island, never matched to another Bali.
    expect(placement.notFound).toEqual(['city-atlantis']);
    expect(placement.skipped).toEqual(['city-bali']);
    const again = placeCities(new Map([...files, ...placement.changed]), GAZETTEER);
    expect(again.changed.size).toBe(0);
  });

  it('refuses coordinates without their provenance, or citing what is not a reference table', () => {
    const ref = { label: 'Source', id: 'ref-geonames', kind: 'reference', title: 'GeoNames', language: 'en' };
    const doc = { label: 'Source', id: 'doc-a', kind: 'document', title: 'A page', language: 'fr' };
    const city = {
      label: 'City',
      id: 'city-x',
      name_en: 'X',
      lat: 48.5,
      lon: 7.7,
      coordinates_source: 'ref-geonames',
      coordinates_url: 'https://www.geonames.org/1',
    };
    const issues = (nodes: unknown[]): SeedIssue[] => {
      try {
        validateSeed([{ file: 'a.json', data: { nodes } }]);
        return [];
      } catch (error) {
        if (error instanceof SeedValidationError) return error.issues;
        throw error;
      }
    };
    expect(issues([ref, city])).toEqual([]);
    expect(issues([ref, { ...city, coordinates_url: undefined }]).map((issue) => issue.field)).toEqual(['coordinates_url']);
    expect(issues([ref, { ...city, lat: 91 }]).map((issue) => issue.field)).toEqual(['lat']);
    expect(issues([doc, { ...city, coordinates_source: 'doc-a' }]).map((issue) => issue.field)).toEqual(['coordinates_source']);
  });
});

describe("the seed's city coordinates", () => {
  const graph = validateSeed(readSeedFiles(seedDir));
  const cities = graph.nodes.filter((node) => node.label === 'City');
  const countryOf = new Map(
    graph.relationships.filter((rel) => rel.type === 'LOCATED_IN' && rel.from.startsWith('city-')).map((rel) => [rel.from, rel.to]),
  );
  const root = path.resolve(import.meta.dirname, '../..');
  const shapes = countryShapes(JSON.parse(readFileSync(path.join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')));

  /** Every vertex of an outline, to measure how far a coastal city is from it. */
  function vertices(geometry: Geometry): Position[] {
    if (geometry.type === 'Polygon') return geometry.coordinates.flat();
    if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2);
    if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(vertices);
    return [];
  }

  it('places every city but the ones left out on purpose, citing GeoNames', () => {
    expect(cities.length).toBeGreaterThan(20);
    for (const city of cities) {
      if (NOT_PLACED[city.id]) {
        expect(city.properties.lat, city.id).toBeUndefined();
        continue;
      }
      expect(typeof city.properties.lat, city.id).toBe('number');
      expect(typeof city.properties.lon, city.id).toBe('number');
      expect(city.properties.coordinates_source, city.id).toBe(GEONAMES_SOURCE);
      expect(String(city.properties.coordinates_url), city.id).toMatch(/^https:\/\/www\.geonames\.org\/\d+$/);
    }
    const source = graph.nodes.find((node) => node.id === GEONAMES_SOURCE);
    expect(source?.properties.url).toBe('https://www.geonames.org/');
    expect(String(source?.properties.description)).toContain('Creative Commons Attribution 4.0');
  });

  it('puts each city inside its country, or on its coast (within 25 km of the outline)', () => {
    const EARTH_KM = 6371;
    for (const city of cities.filter((node) => typeof node.properties.lat === 'number')) {
      const country = countryOf.get(city.id);
      expect(country, city.id).toBeDefined();
      const shape = shapes.find((candidate) => candidate.id === country);
      expect(shape, `${city.id} in ${country}`).toBeDefined();
      const point: [number, number] = [city.properties.lon as number, city.properties.lat as number];
      const feature = shape!.feature as Feature<Geometry>;
      if (geoContains(feature, point)) continue;
      const nearest = Math.min(...vertices(feature.geometry).map((vertex) => geoDistance(point, vertex as [number, number]) * EARTH_KM));
      expect(nearest, `${city.id} is ${Math.round(nearest)} km from ${country}`).toBeLessThan(25);
    }
  });
});
