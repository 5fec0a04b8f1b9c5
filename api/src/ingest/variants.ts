import countries from 'world-countries';
import type { GazetteerEntity } from './gazetteer.js';
import { contentStems } from './text.js';

/**
 * Other ways of writing a name, derived from how the name is built, so the gazetteer finds an
 * entity that a text names differently from the graph:
 * - a national body with its country's adjective instead of its country ("the Italian Ministry of
 *   the Interior", "le ministère de l'Intérieur polonais" for "Ministry of the Interior (Italy)",
 *   "Ministère de l'Intérieur de la Pologne"), and without its country where the text names that
 *   country ("le ministère de l'Égalité" in a sentence about Spain);
 * - a unit without the body it belongs to where the text names that body ("Women's Rights
 *   Division" near "Human Rights Watch" for "Women's Rights Division, Human Rights Watch");
 * - a country by its adjective ("la présidence suisse", "the Polish delegation");
 * - a numbered treaty by its kind and number ("Convention n° 197" for "CETS No. 197");
 * - a UN resolution by its number ("résolution 64/178", "resolution 64/178" for "A/RES/64/178");
 * - a name that holds another body's name, with that body named another way ("64e session de
 *   l'Assemblée générale" for "64e Session de l'Assemblée générale des Nations Unies").
 * - a treaty by its title up to its first comma ("Protocole visant à prévenir, réprimer et punir …");
 * - a directorate by its head's title ("Directrice de la Justice …" for "Direction de la Justice …").
 * Variants are content-word stems (text.ts), compared like names.
 */
export interface NameVariant {
  entityId: string;
  stems: string[];
  /** The variant names the entity only in a text that also holds one of these (content-word stems). */
  context?: string[][];
  /** A single word that names the entity even in lower case (an adjective of nationality). */
  lowerCase?: boolean;
}

/** Adjectives of nationality, English and French, masculine and feminine, by ISO 3166-1 alpha-2 code (dataset world-countries). */
const DEMONYMS = new Map(
  countries.map((country) => [
    country.cca2,
    [...new Set(['eng', 'fra'].flatMap((language) => [country.demonyms[language]?.m, country.demonyms[language]?.f]))].filter(
      (word): word is string => Boolean(word),
    ),
  ]),
);

/** How the graph's countries are written: their names and their adjectives, as content-word stems. */
class CountryForms {
  private readonly names = new Map<string, string>();
  private readonly adjectives = new Map<string, string>();
  readonly formsOf = new Map<string, { names: string[][]; adjectives: string[][] }>();

  constructor(entities: GazetteerEntity[]) {
    for (const entity of entities) {
      if (entity.label !== 'Country') continue;
      const names = entity.names.map(contentStems).filter((stems) => stems.length > 0 && stems.join('').length >= 4);
      const adjectives = (DEMONYMS.get(entity.id) ?? []).map(contentStems).filter((stems) => stems.length > 0);
      this.formsOf.set(entity.id, { names, adjectives });
      for (const stems of names) this.names.set(stems.join(' '), entity.id);
      for (const stems of adjectives) this.adjectives.set(stems.join(' '), entity.id);
    }
  }

  /** The country named in `stems` (by name or adjective) and where, the longest first. */
  find(stems: string[]): { country: string; start: number; length: number } | null {
    for (let length = Math.min(4, stems.length); length >= 1; length--)
      for (let start = 0; start + length <= stems.length; start++) {
        const key = stems.slice(start, start + length).join(' ');
        const country = this.names.get(key) ?? this.adjectives.get(key);
        if (country) return { country, start, length };
      }
    return null;
  }
}

/** The variants of a national body's names: its country as an adjective before or after the rest, or left out where the country is named. */
function nationalVariants(entity: GazetteerEntity, forms: CountryForms): NameVariant[] {
  const variants: NameVariant[] = [];
  for (const name of entity.names) {
    const stems = contentStems(name);
    const found = forms.find(stems);
    const country = found && forms.formsOf.get(found.country);
    if (!found || !country) continue;
    const rest = [...stems.slice(0, found.start), ...stems.slice(found.start + found.length)];
    if (rest.length === 0) continue;
    const written = [...country.adjectives, ...country.names];
    for (const adjective of written)
      variants.push({ entityId: entity.id, stems: [...adjective, ...rest] }, { entityId: entity.id, stems: [...rest, ...adjective] });
    // "Ministry of Equality" alone is only that country's ministry where the text names the country.
    if (rest.length >= 2) variants.push({ entityId: entity.id, stems: rest, context: written });
  }
  return variants;
}

/** "Women's Rights Division" for "Women's Rights Division, Human Rights Watch" where the text names the body after the comma or in brackets. */
function unitVariants(entity: GazetteerEntity, known: Set<string>): NameVariant[] {
  return entity.names.flatMap((name) => {
    const parts = /^(.+?)(?:,\s*|\s*\()([^,()]+)\)?$/u.exec(name.trim());
    const unit = contentStems(parts?.[1] ?? '');
    const body = contentStems(parts?.[2] ?? '');
    return unit.length >= 2 && known.has(body.join(' ')) ? [{ entityId: entity.id, stems: unit, context: [body] }] : [];
  });
}

/** Most variants one name gets by naming a body inside it differently: a body with many names and acronyms stays cheap. */
const MAX_INNER_VARIANTS = 24;

/** The names and acronyms of the bodies and instruments, as content-word stems, by entity, and the entity of each name of two words or more. */
function innerForms(entities: GazetteerEntity[]): {
  formsOf: Map<string, string[][]>;
  byName: Map<string, string>;
  firstWords: Set<string>;
  actorOf: Map<string, string>;
} {
  const formsOf = new Map<string, string[][]>();
  const byName = new Map<string, string>();
  const firstWords = new Set<string>();
  /** Bodies by a name of one to three words ("OSCE", "Conseil de l'Europe"): those a unit's name may hold. */
  const actorOf = new Map<string, string>();
  for (const entity of entities) {
    if (!['Actor', 'Instrument', 'Programme'].includes(entity.label)) continue;
    const forms = [...entity.names, ...entity.acronyms].map(contentStems).filter((stems) => stems.length > 0);
    formsOf.set(entity.id, forms);
    for (const stems of forms) {
      if (stems.length >= 2) {
        byName.set(stems.join(' '), entity.id);
        firstWords.add(stems[0] ?? '');
      }
      if (entity.label === 'Actor' && stems.length <= 3 && stems.join('').length >= 3) actorOf.set(stems.join(' '), entity.id);
    }
  }
  return { formsOf, byName, firstWords, actorOf };
}

/**
 * A name that holds another entity's name, with that name written another way: "64e session de
 * l'Assemblée générale" and "64e session de l'AGNU" for "64e Session de l'Assemblée générale des
 * Nations Unies"; "Déclaration d'Édimbourg de l'AP OSCE".
 */
function innerVariants(entity: GazetteerEntity, inner: ReturnType<typeof innerForms>): NameVariant[] {
  const variants: NameVariant[] = [];
  for (const name of entity.names) {
    const stems = contentStems(name);
    let found: { id: string; start: number; length: number } | null = null;
    for (let length = Math.min(stems.length - 1, 12); length >= 2 && !found; length--)
      for (let start = 0; start + length <= stems.length && !found; start++) {
        if (!inner.firstWords.has(stems[start] ?? '')) continue;
        const id = inner.byName.get(stems.slice(start, start + length).join(' '));
        if (id && id !== entity.id) found = { id, start, length };
      }
    if (!found) continue;
    const { id, start, length } = found;
    for (const form of (inner.formsOf.get(id) ?? []).slice(0, MAX_INNER_VARIANTS))
      variants.push({ entityId: entity.id, stems: [...stems.slice(0, start), ...form, ...stems.slice(start + length)] });
  }
  return variants;
}

/**
 * A body's unit without the body's name inside its own, where the text names that body ("le Bureau
 * de la Représentante spéciale et Coordinatrice de la lutte contre la traite" in a sentence on "les
 * structures de l'OSCE", for "Bureau du Représentant spécial et coordinateur de l'OSCE pour la lutte …").
 */
function parentlessVariants(entity: GazetteerEntity, inner: ReturnType<typeof innerForms>): NameVariant[] {
  const variants: NameVariant[] = [];
  for (const name of entity.names) {
    const stems = contentStems(name);
    for (let start = 1; start < stems.length; start++)
      for (let length = 1; length <= 3 && start + length <= stems.length; length++) {
        const parent = inner.actorOf.get(stems.slice(start, start + length).join(' '));
        const rest = [...stems.slice(0, start), ...stems.slice(start + length)];
        if (!parent || parent === entity.id || rest.length < 3) continue;
        variants.push({ entityId: entity.id, stems: rest, context: (inner.formsOf.get(parent) ?? []).slice(0, MAX_INNER_VARIANTS) });
      }
  }
  return variants;
}

/** A country by its adjectives of nationality, in French in lower case ("la présidence suisse"). */
function adjectiveVariants(entity: GazetteerEntity, forms: CountryForms): NameVariant[] {
  return (forms.formsOf.get(entity.id)?.adjectives ?? []).map((stems) => ({ entityId: entity.id, stems, lowerCase: true }));
}

/** "Convention 197" for a treaty numbered in a series ("CETS 197", "STCE n° 197", "ETS No. 5"). */
function numberedVariants(entity: GazetteerEntity): NameVariant[] {
  const kind = contentStems(entity.kind ?? '');
  if (kind.length !== 1) return [];
  const numbers = entity.names.flatMap((name) => /^\p{Lu}{2,5}\s*(?:No\.?|n°|nº)?\s*(\d+)$/iu.exec(name.trim())?.[1] ?? []);
  return [...new Set(numbers)].map((number) => ({ entityId: entity.id, stems: [...kind, String(Number(number))] }));
}

/** "résolution 64/178" and "resolution 64/178" for a resolution known by its UN symbol ("A/RES/64/178"). */
function resolutionVariants(entity: GazetteerEntity): NameVariant[] {
  return entity.names.flatMap((name) => {
    const symbol = /^[A-Z]\/RES\/(\d+)\/(\d+)$/.exec(name.trim());
    return symbol ? [{ entityId: entity.id, stems: contentStems(`resolution ${symbol[1]}/${symbol[2]}`) }] : [];
  });
}

/** The head of a directorate by its title: "Directrice de la Justice et de la Dignité humaine" names "Direction de la Justice et de la Dignité humaine". */
const HEAD_TITLES = new Map([
  ['direction', 'directeur'],
  ['directorat', 'director'],
]);
function headVariants(entity: GazetteerEntity): NameVariant[] {
  return entity.names.flatMap((name) => {
    const [first, ...rest] = contentStems(name);
    const title = HEAD_TITLES.get(first ?? '');
    return title && rest.length >= 1 ? [{ entityId: entity.id, stems: [title, ...rest] }] : [];
  });
}

/**
 * A treaty's title up to its first comma ("Protocole visant à prévenir" for "Protocole visant à
 * prévenir, réprimer et punir la traite des personnes, …"): a text copying the title often drops
 * one of its commas. Likewise a title without the bracket or colon that qualifies it ("un rapport sur la
 * servitude domestique" for "Rapport sur la servitude domestique (série « Occasional Paper
 * Series » de l'OSCE)"), and an
 * instrument by its kind and maker, before what it is on ("la recommandation du Comité des
 * ministres du Conseil de l'Europe"). Only starts that one entity has: "Convention du Conseil de
 * l'Europe" starts several treaties' titles and names none of them.
 */
function titleStartVariants(entity: GazetteerEntity, known: Set<string>): NameVariant[] {
  return entity.names.flatMap((name) => {
    const cuts = [/\s*[,(:]/u.exec(name), entity.label === 'Instrument' ? /\s+(?:sur|on|concernant|relative?)\s/u.exec(name) : null];
    return cuts.flatMap((cut, k) => {
      if (!cut || cut.index === 0) return [];
      const stems = contentStems(name.slice(0, cut.index));
      return stems.length >= (k === 0 ? 3 : 4) && !known.has(stems.join(' ')) ? [{ entityId: entity.id, stems }] : [];
    });
  });
}

/** The title starts of the entities that only one entity's titles start with. */
function uniqueTitleStarts(entities: GazetteerEntity[], known: Set<string>): NameVariant[] {
  const starts = entities.filter((entity) => entity.label === 'Instrument').flatMap((entity) => titleStartVariants(entity, known));
  const owners = new Map<string, Set<string>>();
  for (const start of starts) owners.set(start.stems.join(' '), (owners.get(start.stems.join(' ')) ?? new Set()).add(start.entityId));
  return starts.filter((start) => owners.get(start.stems.join(' '))?.size === 1);
}

export function nameVariants(entities: GazetteerEntity[]): NameVariant[] {
  const forms = new CountryForms(entities);
  const known = new Set(entities.flatMap((entity) => entity.names.map((name) => contentStems(name).join(' '))));
  const inner = innerForms(entities);
  const variants = entities.flatMap((entity) => {
    const own = new Set(entity.names.map((name) => contentStems(name).join(' ')));
    const variants = [
      ...(entity.label === 'Actor' && entity.kind === 'national authority' ? nationalVariants(entity, forms) : []),
      ...(entity.label === 'Actor' || entity.label === 'Programme' ? unitVariants(entity, known) : []),
      ...(entity.label === 'Actor' ? [...headVariants(entity), ...parentlessVariants(entity, inner)] : []),
      ...(entity.label === 'Country' ? adjectiveVariants(entity, forms) : []),
      ...(entity.label === 'Instrument' ? [...numberedVariants(entity), ...resolutionVariants(entity)] : []),
      ...(['Actor', 'Event', 'Instrument', 'Programme'].includes(entity.label) ? innerVariants(entity, inner) : []),
    ];
    return variants.filter((variant) => variant.lowerCase === true || !own.has(variant.stems.join(' ')));
  });
  return [...variants, ...uniqueTitleStarts(entities, known)];
}
