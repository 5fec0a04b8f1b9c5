/**
 * The reference transformer: compiled public reference tables (CSV) + the hand-kept maps
 * (seed/reference/maps.yaml) → seed JSON files. Pure apart from reading the tables; the output is
 * deterministic (sorted nodes and relationships, fixed key order). Problems are collected, not
 * thrown, so a run lists all of them.
 */
import { isIsoDate } from '../../api/src/model/dates.js';
import { ACTOR_KINDS } from '../../api/src/model/vocabulary.js';
import type { NoteFact, ReferenceMaps } from './maps.js';
import { readTable, type TableRow } from './tables.js';

type Entry = Record<string, unknown>;
type Node = Entry & { label: string; id: string };
type Relationship = Entry & { type: string; from: string; to: string; source: string; round?: number; source_url?: string };

export interface ReferenceFile {
  nodes: Node[];
  relationships: Relationship[];
}

export interface ReferenceOutput {
  /** File name (e.g. `countries.json`) → content, in the order the files are written. */
  files: Map<string, ReferenceFile>;
  /** Everything wrong with the tables or the maps; nothing should be written when not empty. */
  problems: string[];
}

const GENERAL_KNOWLEDGE = 'general knowledge';
const GK_NOTE = 'general knowledge, unverified';
const REL_KEYS = ['type', 'from', 'to', 'round', 'role', 'date', 'start', 'end', 'action_type', 'note', 'source', 'source_url'];

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Trimmed, non-empty, first occurrence only. */
function uniq(list: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of list) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    out.push(trimmed);
  }
  return out;
}

/** Drops undefined, empty strings and empty lists; keeps key order. */
function clean<T extends Entry>(entry: T): T {
  const out: Entry = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The year (and month) a row's notes give for a ratification the table has no date for: "ratified in
 * 2012 per source", "ratified in June 2003", "deposited in spring 2021", "became a party … in 2017".
 * Without it an undated ratification would count as holding in every year of the time window. A bound
 * such as "had ratified … by 17 Dec 2014" is no date of the act and gives nothing.
 */
export function ratificationDateFromNotes(notes: string | undefined): string | undefined {
  const match = /\b(?:ratified|deposited|became a party\b[^;]*?) in (?:(\p{L}+) )?(\d{4})\b/iu.exec(notes ?? '');
  if (!match) return undefined;
  const month = MONTHS.indexOf((match[1] ?? '').toLowerCase());
  return month >= 0 ? `${match[2]}-${String(month + 1).padStart(2, '0')}` : match[2];
}

function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const joined = uniq(parts).join('; ');
  return joined === '' ? undefined : joined;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortRelationships(relationships: Relationship[]): Relationship[] {
  return [...relationships].sort(
    (a, b) =>
      compare(a.type, b.type) ||
      compare(a.from, b.from) ||
      compare(a.to, b.to) ||
      (a.round ?? 0) - (b.round ?? 0) ||
      compare(a.source, b.source) ||
      compare(a.source_url ?? '', b.source_url ?? ''),
  );
}

/** Runs the whole transformation over the tables in `tablesDir`. */
export function transformReference(tablesDir: string, maps: ReferenceMaps): ReferenceOutput {
  const problems: string[] = [];
  const check = (condition: boolean, message: string) => {
    if (!condition) problems.push(message);
  };
  const files = new Map<string, ReferenceFile>();
  const emit = (file: string, nodes: Node[], relationships: Relationship[]) =>
    files.set(file, { nodes: [...nodes].sort((a, b) => compare(a.id, b.id)), relationships: sortRelationships(relationships) });
  const table = (file: string, columns: string[]) => readTable(tablesDir, file, columns);

  /** Provenance for one CSV row: the row's source_url, plus the "unverified" note when needed. */
  const provenance = (source: string, sourceUrl: string, ...noteParts: (string | undefined)[]) => {
    check(sourceUrl !== '', `${source}: empty source_url`);
    const gk = sourceUrl === GENERAL_KNOWLEDGE ? GK_NOTE : undefined;
    return { note: joinNotes(gk, ...noteParts), source, source_url: sourceUrl };
  };
  const rel = (type: string, from: string, to: string, props: Entry & { source: string }): Relationship => {
    const all: Entry = { type, from, to, ...props };
    for (const key of Object.keys(all)) if (!REL_KEYS.includes(key)) throw new Error(`unexpected relationship key ${key}`);
    return clean(Object.fromEntries(REL_KEYS.map((key) => [key, all[key]])) as Relationship);
  };

  // 1. Sources (one per table)
  emit(
    'sources.json',
    maps.sources.map((source) =>
      clean({
        label: 'Source',
        id: source.id,
        name_en: source.name_en,
        description: source.description,
        kind: 'reference',
        title: source.title,
        publisher: 'Liaison reference tables',
        language: 'en',
      }),
    ),
    [],
  );

  // 2. Countries
  const countries = table('countries.csv', ['iso2', 'iso3', 'name_en', 'name_fr']);
  const countryIds = new Set<string>();
  const countryNodes = countries.map((row) => {
    check(/^[A-Z]{2}$/.test(row.iso2!), `countries.csv: bad iso2 ${row.iso2}`);
    check(/^[A-Z]{3}$/.test(row.iso3!), `countries.csv: bad iso3 ${row.iso3}`);
    check(!countryIds.has(row.iso2!), `countries.csv: duplicate iso2 ${row.iso2}`);
    countryIds.add(row.iso2!);
    return clean({
      label: 'Country',
      id: row.iso2!,
      name_en: row.name_en,
      name_fr: row.name_fr,
      aliases: uniq([row.iso3, ...(maps.countryAliases[row.iso2!] ?? [])]).filter((alias) => alias !== row.name_en && alias !== row.name_fr),
      iso3: row.iso3,
      short_name_en: maps.countryShortNames[row.iso2!]?.[0],
      short_name_fr: maps.countryShortNames[row.iso2!]?.[1],
    });
  });
  for (const iso2 of Object.keys(maps.countryAliases)) check(countryIds.has(iso2), `COUNTRY_ALIASES: unknown ${iso2}`);
  for (const iso2 of Object.keys(maps.countryShortNames)) check(countryIds.has(iso2), `COUNTRY_SHORT: unknown ${iso2}`);
  check(countryNodes.length === maps.expected.countries, `countries: expected ${maps.expected.countries} rows, got ${countryNodes.length}`);
  emit('countries.json', countryNodes, []);
  const country = (iso2: string, where: string) => {
    check(countryIds.has(iso2), `${where}: unknown country ${iso2}`);
    return iso2;
  };

  // 3. Organisations and cities
  const organisations = table('organisations.csv', [
    'id',
    'name_en',
    'name_fr',
    'acronym_en',
    'acronym_fr',
    'type',
    'parent_id',
    'hq_city',
    'hq_iso2',
    'founded',
    'source_url',
    'notes',
  ]);
  const orgById = new Map(organisations.map((row) => [row.id!, row]));
  check(orgById.size === organisations.length, 'organisations.csv: duplicate id');
  for (const id of [...Object.keys(maps.organisationAliases), ...Object.keys(maps.organisationDescriptions)]) {
    check(orgById.has(id), `organisation text maps: unknown id ${id}`);
  }
  const orgNodes: Node[] = [];
  const orgRels: Relationship[] = [];
  const cities = new Map<string, { id: string; iso2: string; rows: TableRow[] }>();
  const actorKinds: readonly string[] = ACTOR_KINDS;
  for (const row of organisations) {
    const id = row.id!;
    check(/^[a-z0-9-]+$/.test(id), `organisations.csv: bad id ${id}`);
    const aliases = uniq([row.acronym_en, row.acronym_fr, row.name_en, row.name_fr, ...(maps.organisationAliases[id] ?? [])]);
    const description = maps.organisationDescriptions[id];
    check(description !== undefined, `organisations: no description for ${id}`);
    if (row.type === 'programme') {
      orgNodes.push(
        clean({ label: 'Programme', id, name_en: row.name_en, name_fr: row.name_fr, aliases, description, kind: 'programme', start: row.founded }),
      );
    } else {
      const kind = row.type === '' ? 'other' : row.type!;
      check(actorKinds.includes(kind), `organisations.csv: type "${row.type}" of ${id} is not an Actor kind`);
      orgNodes.push(
        clean({
          label: 'Actor',
          id,
          name_en: row.name_en,
          name_fr: row.name_fr,
          aliases,
          description,
          kind,
          acronym_en: row.acronym_en,
          acronym_fr: row.acronym_fr,
          founded: row.founded,
        }),
      );
    }
    if (row.parent_id) {
      check(orgById.has(row.parent_id), `organisations.csv: ${id} parent ${row.parent_id} unknown`);
      orgRels.push(rel('PART_OF', id, row.parent_id, provenance('ref-organisations', row.source_url!, maps.partOfNotes[id])));
    }
    if (row.hq_city) {
      country(row.hq_iso2!, `organisations.csv ${id}`);
      let city = cities.get(row.hq_city);
      if (!city) {
        city = { id: `city-${slug(row.hq_city)}`, iso2: row.hq_iso2!, rows: [] };
        cities.set(row.hq_city, city);
      }
      check(city.iso2 === row.hq_iso2, `organisations.csv: ${row.hq_city} given in two countries`);
      city.rows.push(row);
      // HEADQUARTERED_IN is actor→city; the only programme row (UN.GIFT) has its hq from general
      // knowledge, so it is left out rather than stretching the relationship type.
      if (row.type === 'programme') continue;
      orgRels.push(rel('HEADQUARTERED_IN', id, city.id, provenance('ref-organisations', row.source_url!)));
    }
  }

  const instruments = table('instruments.csv', [
    'id',
    'name_en',
    'name_fr',
    'short_name',
    'adopted_date',
    'entry_into_force_date',
    'depositary_org_id',
    'supplements_id',
    'source_url',
    'notes',
  ]);
  const instrumentById = new Map(instruments.map((row) => [row.id!, row]));

  /** Facts from a row's notes column (maps.yaml `noteFacts`), cited with that row's URL. */
  const noteFacts = (file: string): Relationship[] =>
    (maps.noteFacts[file] ?? []).map((fact: NoteFact) => {
      const row = (fact.table === 'organisations' ? orgById : instrumentById).get(fact.row);
      check(row !== undefined, `noteFacts: unknown ${fact.table} row ${fact.row}`);
      if (/^[A-Z]{2}$/.test(fact.from)) country(fact.from, fact.to);
      return rel(fact.type, fact.from, fact.to, {
        role: fact.role,
        date: fact.date === 'adopted' ? row?.adopted_date : undefined,
        action_type: fact.action_type,
        ...provenance(`ref-${fact.table}`, row?.source_url ?? '', `${fact.table}.csv notes: ${fact.note}`),
      });
    });
  emit('organisations.json', orgNodes, [...orgRels, ...noteFacts('organisations.json')]);

  const cityNodes: Node[] = [];
  const cityRels: Relationship[] = [];
  for (const [name, city] of cities) {
    check(maps.cityNamesFr[name] !== undefined, `no French name for city ${name}`);
    cityNodes.push(clean({ label: 'City', id: city.id, name_en: name, name_fr: maps.cityNamesFr[name], aliases: maps.cityAliases[name] ?? [] }));
    // One LOCATED_IN per city, cited from the first row naming it with a real URL (if any).
    const row = city.rows.find((candidate) => candidate.source_url !== GENERAL_KNOWLEDGE) ?? city.rows[0]!;
    cityRels.push(
      rel('LOCATED_IN', city.id, city.iso2, provenance('ref-organisations', row.source_url!, `hq_iso2 of organisations.csv row ${row.id}`)),
    );
  }
  emit('cities.json', cityNodes, cityRels);

  // 4. Instruments
  for (const map of [maps.instrumentKinds, maps.instrumentAliases, maps.instrumentDescriptions, maps.instrumentShortNamesFr]) {
    for (const id of Object.keys(map)) check(instrumentById.has(id), `instrument text maps: unknown id ${id}`);
  }
  const instrumentNodes: Node[] = [];
  const instrumentRels: Relationship[] = [];
  for (const row of instruments) {
    const id = row.id!;
    const kind = maps.instrumentKinds[id];
    check(kind !== undefined, `instruments.csv: no kind for ${id}`);
    instrumentNodes.push(
      clean({
        label: 'Instrument',
        id,
        name_en: row.name_en,
        name_fr: row.name_fr,
        aliases: uniq([row.short_name, ...(maps.instrumentAliases[id] ?? [])]).filter((alias) => alias !== row.name_en && alias !== row.name_fr),
        description: maps.instrumentDescriptions[id],
        kind,
        short_name: row.short_name,
        short_name_fr: maps.instrumentShortNamesFr[id],
        adopted: row.adopted_date,
        entry_into_force: row.entry_into_force_date,
      }),
    );
    if (row.supplements_id) {
      check(instrumentById.has(row.supplements_id), `instruments.csv: ${id} supplements unknown ${row.supplements_id}`);
      instrumentRels.push(rel('SUPPLEMENTS', id, row.supplements_id, provenance('ref-instruments', row.source_url!, maps.supplementsNotes[id])));
    }
    if (row.depositary_org_id) {
      check(orgById.has(row.depositary_org_id), `instruments.csv: ${id} depositary unknown ${row.depositary_org_id}`);
      instrumentRels.push(
        rel('ADOPTED', row.depositary_org_id, id, {
          role: 'depositary or adopting organisation',
          date: row.adopted_date,
          ...provenance('ref-instruments', row.source_url!),
        }),
      );
    }
  }
  emit('instruments.json', instrumentNodes, [...instrumentRels, ...noteFacts('instruments.json')]);

  // 5. Memberships (CoE, OSCE)
  const coeRows = table('coe_member_states.csv', ['iso2', 'name_en', 'accession_date', 'source_url', 'left_date', 'notes']);
  const osceRows = table('osce_participating_states.csv', ['iso2', 'name_en', 'source_url', 'joined_date', 'notes']);
  const membershipRels: Relationship[] = [
    ...coeRows.map((row) =>
      rel('MEMBER_OF', country(row.iso2!, 'coe_member_states.csv'), 'coe', {
        start: row.accession_date,
        end: row.left_date,
        ...provenance('ref-coe-members', row.source_url!, row.notes),
      }),
    ),
    ...osceRows.map((row) =>
      rel('MEMBER_OF', country(row.iso2!, 'osce_participating_states.csv'), 'osce', {
        role: 'participating State',
        start: row.joined_date,
        ...provenance('ref-osce-states', row.source_url!, row.notes),
      }),
    ),
  ];
  const expected = maps.expected;
  const coeCurrent = coeRows.filter((row) => !row.left_date).length;
  check(coeCurrent === expected.coeCurrentMembers, `CoE: expected ${expected.coeCurrentMembers} current members, got ${coeCurrent}`);
  check(
    coeRows.length === expected.coeMembers && coeRows.some((row) => row.iso2 === expected.coeFormerMember && row.left_date),
    `CoE: expected ${expected.coeFormerMember} as former member`,
  );
  check(osceRows.length === expected.osceStates, `OSCE: expected ${expected.osceStates} participating States, got ${osceRows.length}`);
  emit('memberships.json', [], membershipRels);

  // 6. CETS 197
  const cetsRows = table('cets197_status.csv', [
    'iso2',
    'name_en',
    'signature_date',
    'ratification_date',
    'entry_into_force_date',
    'source_url',
    'action_type',
    'verification',
    'notes',
  ]);
  const cetsRels: Relationship[] = [];
  for (const row of cetsRows) {
    const from = country(row.iso2!, 'cets197_status.csv');
    const prov = provenance('ref-cets197-status', row.source_url!, `verification: ${row.verification}`, row.notes);
    if (row.signature_date) cetsRels.push(rel('SIGNED', from, 'cets-197', { date: row.signature_date, ...prov }));
    cetsRels.push(
      rel('PARTY_TO', from, 'cets-197', {
        date: row.ratification_date || ratificationDateFromNotes(row.notes),
        start: row.entry_into_force_date,
        action_type: row.action_type,
        ...prov,
      }),
    );
  }
  check(cetsRows.length === expected.cets197Parties, `CETS 197: expected ${expected.cets197Parties} Parties, got ${cetsRows.length}`);
  emit('cets197.json', [], cetsRels);

  // 7. UN treaty status (Palermo Protocol, UNTOC)
  const unStatus = (file: string, source: string, instrument: string): Relationship[] =>
    table(file, ['iso2', 'name_en', 'signature_date', 'ratification_or_accession_date', 'action_type', 'source_url', 'notes']).flatMap((row) => {
      const from = country(row.iso2!, file);
      const prov = provenance(source, row.source_url!, row.notes);
      return [
        ...(row.signature_date ? [rel('SIGNED', from, instrument, { date: row.signature_date, ...prov })] : []),
        rel('PARTY_TO', from, instrument, {
          date: row.ratification_or_accession_date || ratificationDateFromNotes(row.notes),
          action_type: row.action_type,
          ...prov,
        }),
      ];
    });
  /** Facts the tables' README states (maps.yaml `readmeFacts`), each with its own URL. */
  const readmeFacts = (file: string): Relationship[] =>
    (maps.readmeFacts[file] ?? []).map(({ type, from, to, date, action_type, source, source_url, note }) =>
      rel(type, from, to, { date, action_type, ...provenance(source, source_url, note) }),
    );
  emit('palermo.json', [], [...unStatus('palermo_protocol_status.csv', 'ref-palermo-status', 'palermo-protocol'), ...readmeFacts('palermo.json')]);
  emit('untoc.json', [], [...unStatus('untoc_status.csv', 'ref-untoc-status', 'untoc'), ...readmeFacts('untoc.json')]);

  // 8. GRETA evaluations
  const gretaRows = table('greta_evaluations.csv', ['iso2', 'name_en', 'round', 'report_published_date', 'report_year', 'source_url', 'notes']);
  const gretaRels = gretaRows.map((row) => {
    const round = Number.parseInt(row.round!, 10);
    check(String(round) === row.round, `greta_evaluations.csv: bad round ${row.round}`);
    return rel('EVALUATED', 'greta', country(row.iso2!, 'greta_evaluations.csv'), {
      round,
      date: row.report_published_date || row.report_year,
      ...provenance(
        'ref-greta-evaluations',
        row.source_url!,
        row.report_published_date ? undefined : 'report year only; publication day not found',
        row.notes,
      ),
    });
  });
  emit('greta-evaluations.json', [], gretaRels);

  problems.push(...crossChecks(files, new Set(maps.sources.map((source) => source.id))));
  return { files, problems };
}

/** Self-checks over everything generated: ids, dates, endpoints, sources, duplicates. */
function crossChecks(files: Map<string, ReferenceFile>, sourceIds: Set<string>): string[] {
  const problems: string[] = [];
  const check = (condition: boolean, message: string) => {
    if (!condition) problems.push(message);
  };
  const allIds = new Set<string>();
  for (const [file, { nodes }] of files) {
    for (const node of nodes) {
      check(/^[a-z0-9-]+$/.test(node.id) || (node.label === 'Country' && /^[A-Z]{2}$/.test(node.id)), `${file}: bad id ${node.id}`);
      check(!allIds.has(node.id), `${file}: duplicate node id ${node.id}`);
      allIds.add(node.id);
      for (const key of ['adopted', 'entry_into_force', 'start', 'end', 'published', 'founded']) {
        const value = node[key];
        if (value !== undefined) check(isIsoDate(String(value)), `${file}: ${node.id}.${key} "${String(value)}" is not a date`);
      }
    }
  }
  for (const [file, { relationships }] of files) {
    const keys = new Set<string>();
    for (const r of relationships) {
      check(allIds.has(r.from), `${file}: ${r.type} from unknown ${r.from}`);
      check(allIds.has(r.to), `${file}: ${r.type} to unknown ${r.to}`);
      check(sourceIds.has(r.source), `${file}: unknown source ${r.source}`);
      check(typeof r.source_url === 'string' && r.source_url !== '', `${file}: ${r.type} ${r.from}->${r.to} without source_url`);
      for (const key of ['date', 'start', 'end']) {
        const value = r[key];
        if (value !== undefined) check(isIsoDate(String(value)), `${file}: ${r.type} ${r.from}->${r.to} ${key} "${String(value)}"`);
      }
      const key = `${r.type}|${r.from}|${r.to}|${r.round ?? ''}|${r.source}`;
      check(!keys.has(key), `${file}: duplicate relationship ${key}`);
      keys.add(key);
    }
  }
  return problems;
}

/** A file's bytes, exactly as committed under seed/reference/. */
export function serialise(file: ReferenceFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
