import { describe, expect, it } from 'vitest';
import { Coreference } from '../../api/src/ingest/coreference.js';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';

/**
 * The ends of stated relationships linked where the text states them (issue 16, r16a): long titles
 * written as the graph has them but with their own commas, "aux fins de la", a footnote call or
 * "relative à"; titles without their bracket; the topics a title names; shortened titles read as
 * the entity named before. Fictional entities and sentences written for this test, French and English.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'lakes-protocol',
    label: 'Instrument',
    names: [
      'Protocole régional sur la protection des témoins aux fins de la lutte contre la traite dans la région des Lacs',
      'Regional Protocol on the protection of witnesses for the purpose of the fight against trafficking in the Lakes region',
    ],
    acronyms: [],
    kind: 'protocol',
  },
  {
    id: 'organ-study',
    label: 'Instrument',
    names: ["Étude des Lacs sur le trafic d'organes, de tissus et de cellules", 'Lakes Study on trafficking in organs, tissues and cells'],
    acronyms: [],
    kind: 'report',
  },
  {
    id: 'lakes-convention',
    label: 'Instrument',
    names: ['Convention du Conseil des Lacs sur la lutte contre la traite', 'Lakes Council Convention on Action against Trafficking'],
    acronyms: [],
    kind: 'convention',
  },
  {
    id: 'servitude-report',
    label: 'Instrument',
    names: ['Rapport sur la servitude domestique (série « Documents » des Lacs)', 'Report on domestic servitude (Lakes Papers series)'],
    acronyms: [],
    kind: 'report',
  },
  { id: 'lakes-council', label: 'Actor', names: ['Conseil des Lacs', 'Lakes Council'], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'prog-lakes',
    label: 'Programme',
    names: ["Soutien à la protection des témoins, à l'État de droit et à la démocratie dans les Lacs"],
    acronyms: [],
    kind: 'programme',
  },
  { id: 'topic-witnesses', label: 'Topic', names: ['Protection des témoins', 'Protection of witnesses'], acronyms: [] },
  { id: 'topic-rule-of-law', label: 'Topic', names: ['État de droit', 'Rule of law'], acronyms: [] },
  { id: 'topic-organs', label: 'Topic', names: ["Trafic d'organes"], acronyms: [] },
  { id: 'city-tissus', label: 'City', names: ['Tissus'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const linked = (text: string) => gazetteer.match(text).map((mention) => [mention.text, mention.entityId]);

describe('long titles as the text writes them', () => {
  it('reads "aux fins de la" / "for the purpose of the" (four small words) inside one name', () => {
    expect(
      linked('Le Protocole régional sur la protection des témoins aux fins de la lutte contre la traite dans la région des Lacs est'),
    ).toContainEqual([
      'Protocole régional sur la protection des témoins aux fins de la lutte contre la traite dans la région des Lacs',
      'lakes-protocol',
    ]);
    expect(
      linked('The Regional Protocol on the protection of witnesses for the purpose of the fight against trafficking in the Lakes region sets'),
    ).toContainEqual([
      'Regional Protocol on the protection of witnesses for the purpose of the fight against trafficking in the Lakes region',
      'lakes-protocol',
    ]);
  });

  it('reads a name across the commas the name itself has, and no other comma', () => {
    expect(linked("l'Étude des Lacs sur le trafic d’organes, de tissus et de cellules a été publiée")[0]).toEqual([
      'Étude des Lacs sur le trafic d’organes, de tissus et de cellules',
      'organ-study',
    ]);
    expect(linked('the Lakes Study on trafficking in organs, tissues and cells was published')[0]).toEqual([
      'Lakes Study on trafficking in organs, tissues and cells',
      'organ-study',
    ]);
    // A comma the name does not have still ends a name: the council, then a city.
    expect(linked('le Conseil des Lacs, Tissus')).toEqual([
      ['Conseil des Lacs', 'lakes-council'],
      ['Tissus', 'city-tissus'],
    ]);
  });

  it('reads "relative à" as "sur", and a word with a footnote call glued to it as the word', () => {
    expect(linked('La Convention du Conseil des Lacs relative à la lutte contre la traite2 est le premier traité')[0]).toEqual([
      'Convention du Conseil des Lacs relative à la lutte contre la traite2',
      'lakes-convention',
    ]);
    expect(linked('The Lakes Council Convention on Action against Trafficking1 entered into force')[0]?.[1]).toBe('lakes-convention');
  });

  it('names a title without the bracket that qualifies it', () => {
    expect(linked('publier en 2010 un rapport sur la servitude domestique dans le cadre de la série')).toContainEqual([
      'rapport sur la servitude domestique',
      'servitude-report',
    ]);
    expect(linked('to publish a report on domestic servitude in 2010')).toContainEqual(['report on domestic servitude', 'servitude-report']);
  });

  it('keeps the topics a programme or instrument title names, not those inside an organisation name', () => {
    const mentions = gazetteer.match(
      "Le programme « Soutien à la protection des témoins, à l'État de droit et à la démocratie dans les Lacs » a commencé",
    );
    expect(mentions.map((mention) => mention.entityId)).toEqual(expect.arrayContaining(['prog-lakes', 'topic-witnesses', 'topic-rule-of-law']));
    expect(mentions.find((mention) => mention.entityId === 'topic-rule-of-law')).toMatchObject({ inner: true });
    const organ = new Gazetteer([
      ...ENTITIES,
      { id: 'organ-unit', label: 'Actor', names: ["Unité du trafic d'organes des Lacs"], acronyms: [], kind: 'body/organ' },
    ]);
    expect(organ.match("l'Unité du trafic d'organes des Lacs").map((mention) => mention.entityId)).toEqual(['organ-unit']);
  });
});

describe('a title shortened after it was named in full', () => {
  const resolveAll = (passages: string[]) => {
    const coreference = new Coreference(gazetteer);
    return passages.map((text) => coreference.resolve(text, gazetteer.match(text)).map((mention) => [mention.text, mention.entityId]));
  };

  it('reads "la Convention du Conseil des Lacs" as the convention named before (fr)', () => {
    const [, second] = resolveAll([
      'La Convention du Conseil des Lacs sur la lutte contre la traite est entrée en vigueur en 2008.',
      'La Convention du Conseil des Lacs souligne l’importance des partenariats.',
    ]);
    expect(second).toEqual([['La Convention du Conseil des Lacs', 'lakes-convention']]);
  });

  it('reads "the Lakes Council Convention" as the convention named before (en), over the council it names', () => {
    const [, second] = resolveAll([
      'The Lakes Council Convention on Action against Trafficking entered into force in 2008.',
      'The Lakes Council Convention provides for compensation.',
    ]);
    expect(second).toEqual([['The Lakes Council Convention', 'lakes-convention']]);
  });

  it('does not shorten a title that was not named before, nor read two words of a title as it', () => {
    expect(resolveAll(['La Convention du Conseil des Lacs souligne l’importance des partenariats.'])).toEqual([[]]);
    const [, second] = resolveAll([
      'La Convention du Conseil des Lacs sur la lutte contre la traite est entrée en vigueur.',
      'Le Conseil des Lacs se réunit.',
    ]);
    expect(second).toEqual([]);
  });
});

describe('a unit without the body its name holds', () => {
  const units = new Gazetteer([
    {
      id: 'lakes-org',
      label: 'Actor',
      names: ['Organisation des Lacs', 'Lakes Organisation'],
      acronyms: ['OLAC'],
      kind: 'intergovernmental organisation',
    },
    {
      id: 'lakes-office',
      label: 'Actor',
      names: [
        'Bureau du Représentant spécial et coordinateur de l’OLAC pour la lutte contre la traite',
        'Office of the OLAC Special Representative on trafficking',
      ],
      acronyms: [],
      kind: 'body/organ',
    },
  ]);
  const ids = (text: string) => units.match(text).map((mention) => mention.entityId);

  it('names the unit without its body where the text names that body (fr, en)', () => {
    expect(ids('des structures de l’OLAC telles que le Bureau de la Représentante spéciale et Coordinatrice de la lutte contre la traite')).toEqual([
      'lakes-org',
      'lakes-office',
    ]);
    expect(ids('Lakes Organisation structures such as the Office of the Special Representative on trafficking')).toEqual([
      'lakes-org',
      'lakes-office',
    ]);
  });

  it('does not where the body is not named', () => {
    expect(ids('le Bureau de la Représentante spéciale et Coordinatrice de la lutte contre la traite')).toEqual([]);
  });
});

describe('an instrument by the start of its title', () => {
  const titles = new Gazetteer([
    {
      id: 'lakes-rec',
      label: 'Instrument',
      names: ['Recommandation du Comité des ministres du Conseil des Lacs sur la traite aux fins de travail forcé'],
      acronyms: [],
      kind: 'recommendation',
    },
    {
      id: 'lakes-plan',
      label: 'Instrument',
      names: ['A lakes plan of action against trafficking: possible goals and elements'],
      acronyms: [],
      kind: 'other',
    },
    { id: 'lakes-conv-a', label: 'Instrument', names: ['Convention du Conseil des Lacs sur la traite'], acronyms: [], kind: 'convention' },
    { id: 'lakes-conv-b', label: 'Instrument', names: ['Convention du Conseil des Lacs sur la cybercriminalité'], acronyms: [], kind: 'convention' },
  ]);
  const ids = (text: string) => titles.match(text).map((mention) => mention.entityId);

  it('names it by its kind and maker, before what it is on (fr), or by its title before a colon (en)', () => {
    expect(ids('sera au centre de la nouvelle recommandation du Comité des ministres du Conseil des Lacs.')).toEqual(['lakes-rec']);
    expect(ids('a document entitled “A lakes plan of action against trafficking”')).toEqual(['lakes-plan']);
  });

  it('does not when the same start begins several titles', () => {
    expect(ids('la Convention du Conseil des Lacs est entrée en vigueur')).toEqual([]);
  });
});
