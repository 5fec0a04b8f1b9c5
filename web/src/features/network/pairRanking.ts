/** The fields of a ranked cooperation pair that the list sorts on (see api/src/contract/cooperation.ts). */
export interface RankedPair {
  source: string;
  target: string;
  weight: number;
  first: string;
  last: string;
  topics: { id: string }[];
}

export const PAIR_SORT_KEYS = ['weight', 'last', 'first', 'topics', 'name'] as const;
export type PairSortKey = (typeof PAIR_SORT_KEYS)[number];

/**
 * Sorts pairs for the ranking list. Every key falls back to the strength order (shared events,
 * then most recent) so equal rows stay in a meaningful order; `name` sorts by the pair's captions.
 */
export function sortPairs<T extends RankedPair>(
  pairs: T[],
  key: PairSortKey,
  descending: boolean,
  nameOf: (id: string) => string,
  locale = 'en',
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const label = (pair: T) => `${nameOf(pair.source)} ${nameOf(pair.target)}`;
  const strength = (a: T, b: T) => b.weight - a.weight || b.last.localeCompare(a.last);
  const compare = (a: T, b: T): number => {
    switch (key) {
      case 'weight':
        return a.weight - b.weight;
      case 'last':
        return a.last.localeCompare(b.last);
      case 'first':
        return a.first.localeCompare(b.first);
      case 'topics':
        return a.topics.length - b.topics.length;
      case 'name':
        return collator.compare(label(a), label(b));
    }
  };
  return [...pairs].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || strength(a, b) || collator.compare(label(a), label(b)));
}

/** A topic's name in the reading language, else in the other one, else its id (see `topics` of the cooperation answer). */
export function topicName(names: { name_en: string | null; name_fr: string | null } | undefined, id: string, lang: string): string {
  return (lang === 'fr' ? names?.name_fr : names?.name_en) ?? names?.name_en ?? names?.name_fr ?? id;
}

/** "2009–2016", or one year when first and last fall in the same one. */
export function yearSpan(first: string, last: string): string {
  const [a, b] = [first.slice(0, 4), last.slice(0, 4)];
  return a === b ? a : `${a}–${b}`;
}
