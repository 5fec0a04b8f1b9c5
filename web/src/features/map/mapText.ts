import type { CountryMapEntry, MapMeasure } from '../../../../api/src/contract/map';
import type { mapEn } from '../../i18n/map-en';
import type { FillCategory } from './status';

export type MapMessages = typeof mapEn;
export type MapLang = 'en' | 'fr';

/** A measure's name in the language: its short name (CETS 197) when it has one. */
export function measureName(measure: Pick<MapMeasure, 'id' | 'name_en' | 'name_fr' | 'short_name'> | undefined, lang: MapLang): string {
  if (!measure) return '';
  return measure.short_name ?? (lang === 'fr' ? (measure.name_fr ?? measure.name_en) : (measure.name_en ?? measure.name_fr)) ?? measure.id;
}

/** A country's name in the language, falling back to the other language, then to Natural Earth's. */
export function countryName(entry: Pick<CountryMapEntry, 'name_en' | 'name_fr'> | undefined, lang: MapLang, fallback: string): string {
  if (!entry) return fallback;
  return (lang === 'fr' ? (entry.name_fr ?? entry.name_en) : (entry.name_en ?? entry.name_fr)) ?? fallback;
}

/** "since 2008-02-01", "since 1996-02-28, until 2022-03-16", "date unknown" or "" for no status. */
export function statusDates(entry: Pick<CountryMapEntry, 'status' | 'since' | 'until' | 'undated'>, t: MapMessages): string {
  if (entry.status === 'none') return '';
  if (entry.undated) return t.undated;
  return [entry.since ? t.since(entry.since) : '', entry.until ? t.until(entry.until) : ''].filter(Boolean).join(', ');
}

/** The legend's label of a category; in bivariate mode, spelled with the two measures' names. */
export function categoryLabel(category: FillCategory, t: MapMessages, bivariate: { first: string; second: string } | null): string {
  if (bivariate && (category === 'both' || category === 'onlyFirst' || category === 'onlySecond' || category === 'neither')) {
    return t.bivariate(bivariate.first, bivariate.second)[category];
  }
  return t.status[category];
}

const TYPE_OF_STATUS: Record<string, string> = { party: 'PARTY_TO', signed: 'SIGNED', member: 'MEMBER_OF' };

/** The sources of the fact that decides a status (the ratification for a Party), each once. */
export function statusSources(entry: Pick<CountryMapEntry, 'status' | 'facts' | 'then'>): CountryMapEntry['facts'][number]['sources'] {
  const status = entry.status !== 'none' ? entry.status : (entry.then?.status ?? 'none');
  const deciding = entry.facts.filter((fact) => fact.type === TYPE_OF_STATUS[status]);
  const seen = new Set<string>();
  return (deciding.length > 0 ? deciding : entry.facts)
    .flatMap((fact) => fact.sources)
    .filter((source) => {
      const key = `${source.id}|${source.link ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
