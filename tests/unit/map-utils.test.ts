import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../../api/src/contract/map.js';
import { countryShapes, mainCentroid } from '../../web/src/features/map/geometry.js';
import { categoryLabel, countryName, statusDates, statusSources } from '../../web/src/features/map/mapText.js';
import { mapEn } from '../../web/src/i18n/map-en.js';
import { mapFr } from '../../web/src/i18n/map-fr.js';
import { clusterDots, dotRadius, placeDots, placeFlows } from '../../web/src/features/map/places.js';
import { projectionFor } from '../../web/src/features/map/projection.js';
import { bivariateCategory, changeCategory, FILL, legendCounts, statusCategory } from '../../web/src/features/map/status.js';

const root = path.resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(path.join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
const seedCountries = (JSON.parse(readFileSync(path.join(root, 'seed/reference/countries.json'), 'utf8')).nodes as { id: string }[]).map(
  (node) => node.id,
);
const shapes = countryShapes(topology);

describe('map geometry', () => {
  it('joins Natural Earth outlines to the graph countries by ISO alpha-2 (Kosovo by name)', () => {
    const ids = new Set(shapes.map((shape) => shape.id));
    const missing = seedCountries.filter((id) => !ids.has(id));
    // Natural Earth 1:50m has no outline for Tuvalu; every other Country node gets one.
    expect(missing).toEqual(['TV']);
    expect(ids.has('XK')).toBe(true);
    expect(new Set(shapes.map((shape) => shape.id)).size).toBe(shapes.length);
  });

  it("places a country's dot in its main territory", () => {
    const [lon, lat] = mainCentroid(shapes.find((shape) => shape.id === 'FR')!.feature);
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
  });

  it('fits Europe and the Mediterranean, or the whole world, into the drawing area', () => {
    const inside = (point: [number, number] | null, width: number, height: number) =>
      point !== null && point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= height;
    const europe = projectionFor('europe', 800, 600);
    for (const place of [
      [2.35, 48.85],
      [-21.9, 64.1],
      [31.2, 30.0],
      [44.8, 41.7],
    ] as [number, number][])
      expect(inside(europe(place), 800, 600), String(place)).toBe(true);
    expect(inside(europe([-74, 40.7]), 800, 600)).toBe(false);
    const world = projectionFor('world', 800, 400);
    for (const place of [
      [-74, 40.7],
      [151.2, -33.9],
      [2.35, 48.85],
    ] as [number, number][])
      expect(inside(world(place), 800, 400), String(place)).toBe(true);
  });
});

describe('map categories', () => {
  it('colours statuses, changes and the bivariate choice distinctly', () => {
    expect(statusCategory({ status: 'party' })).toBe('party');
    expect(statusCategory(undefined)).toBe('noData');
    expect(changeCategory({ status: 'none', change: 'added' })).toBe('added');
    expect(changeCategory({ status: 'party', change: 'removed' })).toBe('removed');
    expect(changeCategory({ status: 'party', change: 'same' })).toBe('kept');
    expect(changeCategory({ status: 'none', change: 'same' })).toBe('none');
    expect(bivariateCategory('party', 'none')).toBe('onlyFirst');
    expect(bivariateCategory('signed', 'party')).toBe('onlySecond');
    expect(bivariateCategory('member', 'party')).toBe('both');
    expect(bivariateCategory('signed', 'none')).toBe('neither');
    for (const group of [
      ['party', 'signed', 'none'],
      ['added', 'removed', 'kept', 'none'],
      ['both', 'onlyFirst', 'onlySecond', 'neither'],
    ] as const)
      expect(new Set(group.map((category) => FILL[category])).size).toBe(group.length);
  });

  it('counts the legend in order, keeping empty categories at zero', () => {
    expect(legendCounts(['party', 'none', 'party', 'added'], ['party', 'signed', 'none'])).toEqual([
      { category: 'party', count: 2 },
      { category: 'signed', count: 0 },
      { category: 'none', count: 1 },
    ]);
  });
});

describe('map places', () => {
  const city = (id: string, at: [number, number] | null = null) => ({ id, name_en: id, name_fr: id, lon: at?.[0] ?? null, lat: at?.[1] ?? null });
  const event = (
    id: string,
    country: string | null,
    cityId: string | null,
    participants: number | null,
    at: [number, number] | null = null,
  ): MapEvent => ({
    id,
    name_en: id,
    name_fr: id,
    start: '2014',
    end: null,
    participants,
    city: cityId ? city(cityId, at) : null,
    country,
  });

  it('groups events by city (else country), summing known participants, with area-true radii', () => {
    const dots = placeDots([
      event('a', 'FR', 'city-strasbourg', 100, [7.7455, 48.5839]),
      event('b', 'FR', 'city-strasbourg', null, [7.7455, 48.5839]),
      event('c', 'FR', null, 40),
      event('d', null, null, 5),
      event('e', 'ID', 'city-bali', null),
    ]);
    expect(dots.map((dot) => [dot.key, dot.events.length, dot.participants, dot.at])).toEqual([
      ['city-strasbourg', 2, 100, [7.7455, 48.5839]],
      ['country:FR', 1, 40, null],
      // A city without coordinates keeps its own dot, on its country.
      ['city-bali', 1, null, null],
    ]);
    expect(dots[2]!.country).toBe('ID');
    expect(dotRadius(400, 1)).toBeGreaterThan(dotRadius(100, 1));
    expect(dotRadius(400, 1) / dotRadius(100, 1)).toBeCloseTo(2, 5);
    expect(dotRadius(1_000_000, 1)).toBe(18);
  });

  it('merges dots that overlap where they are drawn into one, at the biggest, counting every event', () => {
    const dots = placeDots([
      event('vienna-1', 'AT', 'city-vienna', 300, [16.37, 48.21]),
      event('vienna-2', 'AT', 'city-vienna', null, [16.37, 48.21]),
      event('bratislava', 'SK', 'city-bratislava', 50, [17.11, 48.15]),
      event('bali', 'ID', 'city-bali', null),
      event('jakarta-country', 'ID', null, null),
      event('lisbon', 'PT', 'city-lisbon', 80, [-9.14, 38.72]),
    ]);
    // Screen points as a world view would draw them: Vienna and Bratislava 3 px apart, Bali on Indonesia's centroid.
    const points: Record<string, [number, number]> = {
      'city-vienna': [500, 200],
      'city-bratislava': [503, 200],
      'city-bali': [800, 400],
      'country:ID': [800, 400],
      'city-lisbon': [440, 240],
    };
    const placed = dots.map((dot) => ({ dot, point: points[dot.key]! }));
    const clusters = clusterDots(placed);
    const summary = (list: typeof clusters) =>
      list.map((cluster) => [cluster.key, cluster.dots.map((dot) => dot.key).sort(), cluster.events.length, cluster.participants, cluster.point]);
    expect(summary(clusters)).toEqual([
      ['city-vienna', ['city-bratislava', 'city-vienna'], 3, 350, [500, 200]],
      ['city-lisbon', ['city-lisbon'], 1, 80, [440, 240]],
      ['city-bali', ['city-bali', 'country:ID'], 2, null, [800, 400]],
    ]);
    // Sized by all it holds, as one place with those events would be.
    expect(clusters[0]!.radius).toBe(dotRadius(350, 3));
    expect(clusters[0]!.placed).toBe('city');
    expect(clusters[2]!.placed).toBe('country');
    // Every event is in exactly one dot, and the order the events come in does not matter.
    expect(clusters.flatMap((cluster) => cluster.events.map((item) => item.id)).sort()).toEqual(
      ['bali', 'bratislava', 'jakarta-country', 'lisbon', 'vienna-1', 'vienna-2'].sort(),
    );
    expect(summary(clusterDots([...placed].reverse()))).toEqual(summary(clusters));
  });

  it('sums flows per pair of places (cities, else countries) whatever the direction', () => {
    const strasbourg = city('city-strasbourg', [7.7455, 48.5839]);
    const vienna = city('city-vienna', [16.3721, 48.2085]);
    const flows = placeFlows([
      { a: 'coe', b: 'unodc', aCountry: 'FR', bCountry: 'AT', aCity: strasbourg, bCity: vienna, weight: 3 },
      { a: 'unodc', b: 'greta', aCountry: 'AT', bCountry: 'FR', aCity: vienna, bCity: strasbourg, weight: 1 },
      { a: 'iom', b: 'unodc', aCountry: 'CH', bCountry: 'AT', aCity: null, bCity: vienna, weight: 2 },
    ]);
    expect(flows.map((flow) => [flow.a.key, flow.b.key, flow.weight])).toEqual([
      ['city-strasbourg', 'city-vienna', 4],
      ['city-vienna', 'country:CH', 2],
    ]);
    expect(flows[0]!.a.at).toEqual([7.7455, 48.5839]);
    expect(flows[1]!.b.at).toBeNull();
  });
});

describe('map text', () => {
  const source = (id: string, link: string) => ({ id, title: id, evidence: '', link });
  const fact = (type: string, sources: ReturnType<typeof source>[]) => ({
    id: type,
    type,
    date: null,
    start: null,
    end: null,
    action_type: null,
    sources,
  });

  it("cites the deciding fact's sources once, and spells dates in the language", () => {
    const entry = {
      status: 'party' as const,
      then: null,
      facts: [fact('SIGNED', [source('ref-a', 'https://a/1')]), fact('PARTY_TO', [source('ref-a', 'https://a/2'), source('ref-a', 'https://a/2')])],
    };
    expect(statusSources(entry).map((s) => s.link)).toEqual(['https://a/2']);
    expect(
      statusSources({ ...entry, status: 'none', then: { status: 'signed', since: null, until: null, undated: true } }).map((s) => s.link),
    ).toEqual(['https://a/1']);
    expect(statusDates({ status: 'member', since: '1996-02-28', until: '2022-03-16', undated: false }, mapEn)).toBe(
      'since 1996-02-28, until 2022-03-16',
    );
    expect(statusDates({ status: 'party', since: null, until: null, undated: true }, mapFr)).toBe('date inconnue');
    expect(statusDates({ status: 'none', since: null, until: null, undated: false }, mapEn)).toBe('');
    expect(countryName({ name_en: 'Germany', name_fr: 'Allemagne' }, 'fr', 'DE')).toBe('Allemagne');
    expect(countryName({ name_en: 'Kosovo', name_fr: null }, 'fr', 'XK')).toBe('Kosovo');
    expect(categoryLabel('onlyFirst', mapEn, { first: 'Palermo', second: 'CETS 197' })).toBe('Palermo, not CETS 197');
  });
});
