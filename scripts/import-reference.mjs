#!/usr/bin/env node
// Converts the compiled public reference tables (CSV) into seed JSON files under seed/reference/.
//
// Usage: node scripts/import-reference.mjs [reference-dir] [output-dir]
//   reference-dir defaults to ../shared/reference relative to the repository root;
//   output-dir defaults to seed/reference in the repository.
//
// Plain ESM, Node built-ins only. Re-runnable: output is deterministic (sorted nodes and
// relationships, fixed key order, 2-space indent, trailing newline). Only this script reads the
// shared reference tables; the app and the tests read the generated JSON.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const refDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'reference'));
const outDir = path.resolve(process.argv[3] ?? path.join(repoRoot, 'seed', 'reference'));

if (!existsSync(path.join(refDir, 'countries.csv'))) {
  console.error(`import-reference: no reference tables in ${refDir}`);
  console.error('usage: node scripts/import-reference.mjs [reference-dir] [output-dir]');
  process.exit(2);
}

const GENERAL_KNOWLEDGE = 'general knowledge';
const GK_NOTE = 'general knowledge, unverified';

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): quoted fields may contain commas, quotes ("") and line breaks; CRLF, LF or CR
// line ends; optional UTF-8 BOM.

function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false; // distinguishes an empty last line from a row with one empty field
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      inQuotes = true;
      fieldStarted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (fieldStarted || field !== '' || row.length > 0) {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = '';
      fieldStarted = false;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new Error('CSV: unterminated quoted field');
  if (fieldStarted || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readTable(file, expectedColumns) {
  const rows = parseCsv(readFileSync(path.join(refDir, file), 'utf8'));
  const [header, ...body] = rows;
  for (const col of expectedColumns) {
    if (!header.includes(col)) throw new Error(`${file}: missing column ${col}`);
  }
  return body.map((cells, n) => {
    if (cells.length !== header.length) {
      throw new Error(`${file}: row ${n + 2} has ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, k) => [h, cells[k].trim()]));
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

const problems = [];
function check(cond, message) {
  if (!cond) problems.push(message);
}

function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (t === '' || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

/** Drops undefined, empty strings and empty arrays; keeps key order. */
function clean(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

function joinNotes(...parts) {
  const s = uniq(parts).join('; ');
  return s === '' ? undefined : s;
}

/** Provenance for one CSV row: the row's source_url, plus the "unverified" note when needed. */
function provenance(source, sourceUrl, ...noteParts) {
  check(sourceUrl !== '', `${source}: empty source_url`);
  const gk = sourceUrl === GENERAL_KNOWLEDGE ? GK_NOTE : undefined;
  return { note: joinNotes(gk, ...noteParts), source, source_url: sourceUrl };
}

const REL_KEYS = ['type', 'from', 'to', 'round', 'role', 'date', 'start', 'end', 'action_type', 'note', 'source', 'source_url'];

function rel(type, from, to, props) {
  const r = { type, from, to, ...props };
  const ordered = {};
  for (const k of REL_KEYS) ordered[k] = r[k];
  for (const k of Object.keys(r)) if (!REL_KEYS.includes(k)) throw new Error(`unexpected relationship key ${k}`);
  return clean(ordered);
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function sortNodes(nodes) {
  return [...nodes].sort((a, b) => cmp(a.id, b.id));
}

function sortRels(rels) {
  return [...rels].sort(
    (a, b) =>
      cmp(a.type, b.type) ||
      cmp(a.from, b.from) ||
      cmp(a.to, b.to) ||
      (a.round ?? 0) - (b.round ?? 0) ||
      cmp(a.source, b.source) ||
      cmp(a.source_url, b.source_url),
  );
}

const outputs = new Map(); // file name -> { nodes, relationships }
function emit(file, nodes, relationships) {
  outputs.set(file, { nodes: sortNodes(nodes), relationships: sortRels(relationships) });
}

// ---------------------------------------------------------------------------------------------
// 1. Sources (one per table)

const SOURCES = [
  {
    id: 'ref-countries',
    file: 'countries.csv',
    name_en: 'Reference table: countries',
    title:
      'Countries: ISO 3166-1 codes and UN short names in English and French (193 UN member States, the Holy See, the State of Palestine and Kosovo)',
    description: 'Kosovo uses the user-assigned codes XK/XKX.',
  },
  {
    id: 'ref-organisations',
    file: 'organisations.csv',
    name_en: 'Reference table: organisations',
    title:
      'International organisations, bodies, programmes and networks working against trafficking in human beings: names, acronyms, type, parent body, headquarters and founding year',
    description:
      'Parent links are a simplification (e.g. IOM as a UN-related organisation). Rows citing "general knowledge" were not confirmed on a stored page.',
  },
  {
    id: 'ref-instruments',
    file: 'instruments.csv',
    name_en: 'Reference table: instruments',
    title:
      'International and regional instruments against trafficking in human beings: adoption and entry-into-force dates, depositary or adopting organisation, supplemented instrument',
    description: 'The adoption date is the adoption or signature date.',
  },
  {
    id: 'ref-coe-members',
    file: 'coe_member_states.csv',
    name_en: 'Reference table: Council of Europe member States',
    title: 'Council of Europe member States and accession dates (46 members and the Russian Federation, former member)',
    description: 'Conflicts between sources are noted row by row.',
  },
  {
    id: 'ref-osce-states',
    file: 'osce_participating_states.csv',
    name_en: 'Reference table: OSCE participating States',
    title: 'OSCE participating States (57) and admission dates',
    description:
      'The original CSCE participants carry 1973-06-25, the opening of the Helsinki consultations: a convention, not a formal accession date.',
  },
  {
    id: 'ref-cets197-status',
    file: 'cets197_status.csv',
    name_en: 'Reference table: CETS 197 signatures and ratifications',
    title:
      'Signatures, ratifications and entry into force of the Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197) for its 48 Parties',
    description:
      'Each relationship note gives the verification level (verified, partly_verified, general_knowledge). Some entry-into-force dates were computed with the Article 42 rule.',
  },
  {
    id: 'ref-palermo-status',
    file: 'palermo_protocol_status.csv',
    name_en: 'Reference table: Palermo Protocol parties',
    title:
      'Parties to the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol, UNTC XVIII-12-a): signature and deposit dates (incomplete)',
    description:
      'PARTY_TO date is the deposit of the instrument with the UN Secretary-General, not entry into force. The table lists 148 States; UNTC counts more Parties.',
  },
  {
    id: 'ref-untoc-status',
    file: 'untoc_status.csv',
    name_en: 'Reference table: UNTOC parties',
    title: 'Parties to the UN Convention against Transnational Organized Crime (UNTC XVIII-12): signature and deposit dates (incomplete dates)',
    description:
      'PARTY_TO date is the deposit of the instrument with the UN Secretary-General, not entry into force. Party status of some undated rows is inferred from a list of non-parties.',
  },
  {
    id: 'ref-greta-evaluations',
    file: 'greta_evaluations.csv',
    name_en: 'Reference table: GRETA evaluation reports',
    title: 'Publication dates of GRETA country evaluation reports by evaluation round (incomplete)',
    description: 'Covers 33 countries; GRETA has published many more reports. Some rows give only the year.',
  },
];

emit(
  'sources.json',
  SOURCES.map((s) =>
    clean({
      label: 'Source',
      id: s.id,
      name_en: s.name_en,
      description: s.description,
      kind: 'reference',
      title: s.title,
      publisher: 'Liaison reference tables',
      language: 'en',
    }),
  ),
  [],
);

// ---------------------------------------------------------------------------------------------
// 2. Countries

// Other common names, only where they are well established.
const COUNTRY_ALIASES = {
  AE: ['UAE'],
  BA: ['Bosnia', 'BiH'],
  BO: ['Bolivia', 'Bolivie'],
  BN: ['Brunei'],
  BS: ['The Bahamas'],
  BY: ['Biélorussie'],
  CD: ['DR Congo', 'DRC', 'RDC'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  CV: ['Cape Verde', 'Cap-Vert'],
  CZ: ['Czech Republic', 'République tchèque'],
  FM: ['Micronesia', 'Micronésie'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Royaume-Uni'],
  GM: ['The Gambia'],
  IR: ['Iran'],
  KG: ['Kyrgyz Republic'],
  KP: ['North Korea', 'DPRK', 'Corée du Nord'],
  KR: ['South Korea', 'Corée du Sud'],
  LA: ['Laos', 'Lao PDR'],
  MD: ['Moldova', 'Moldavie'],
  MK: ['Macedonia', 'the former Yugoslav Republic of Macedonia', 'FYROM', 'Macédoine', "l'ex-République yougoslave de Macédoine"],
  MM: ['Burma', 'Birmanie'],
  NL: ['Netherlands', 'Kingdom of the Netherlands', 'Pays-Bas'],
  PS: ['Palestine'],
  RU: ['Russia', 'Russie'],
  SY: ['Syria', 'Syrie'],
  SZ: ['Swaziland'],
  TL: ['East Timor', 'Timor oriental'],
  TR: ['Turkey'],
  TZ: ['Tanzania', 'Tanzanie'],
  US: ['United States', 'US', 'États-Unis'],
  VA: ['Vatican'],
  VE: ['Venezuela'],
  VN: ['Vietnam'],
};

// Usual short forms for captions where the official name is long (the full name stays name_en/name_fr).
const COUNTRY_SHORT = {
  BN: ['Brunei', 'Brunéi'],
  BO: ['Bolivia', 'Bolivie'],
  CD: ['DR Congo', 'RD Congo'],
  CF: ['Central African Rep.', 'Centrafrique'],
  FM: ['Micronesia', 'Micronésie'],
  GB: ['United Kingdom', 'Royaume-Uni'],
  IR: ['Iran', 'Iran'],
  KP: ['North Korea', 'Corée du Nord'],
  KR: ['South Korea', 'Corée du Sud'],
  LA: ['Laos', 'Laos'],
  MD: ['Moldova', 'Moldavie'],
  NL: ['Netherlands', 'Pays-Bas'],
  PS: ['Palestine', 'Palestine'],
  RU: ['Russia', 'Russie'],
  SY: ['Syria', 'Syrie'],
  TZ: ['Tanzania', 'Tanzanie'],
  US: ['United States', 'États-Unis'],
  VC: ['St Vincent & Grenadines', 'Saint-Vincent-et-Grenadines'],
  VE: ['Venezuela', 'Venezuela'],
};

const countries = readTable('countries.csv', ['iso2', 'iso3', 'name_en', 'name_fr']);
const countryIds = new Set();
const countryNodes = countries.map((r) => {
  check(/^[A-Z]{2}$/.test(r.iso2), `countries.csv: bad iso2 ${r.iso2}`);
  check(/^[A-Z]{3}$/.test(r.iso3), `countries.csv: bad iso3 ${r.iso3}`);
  check(!countryIds.has(r.iso2), `countries.csv: duplicate iso2 ${r.iso2}`);
  countryIds.add(r.iso2);
  return clean({
    label: 'Country',
    id: r.iso2,
    name_en: r.name_en,
    name_fr: r.name_fr,
    aliases: uniq([r.iso3, ...(COUNTRY_ALIASES[r.iso2] ?? [])]).filter((a) => a !== r.name_en && a !== r.name_fr),
    iso3: r.iso3,
    short_name_en: COUNTRY_SHORT[r.iso2]?.[0],
    short_name_fr: COUNTRY_SHORT[r.iso2]?.[1],
  });
});
for (const iso2 of Object.keys(COUNTRY_SHORT)) check(countryIds.has(iso2), `COUNTRY_SHORT: unknown ${iso2}`);
for (const iso2 of Object.keys(COUNTRY_ALIASES)) check(countryIds.has(iso2), `COUNTRY_ALIASES: unknown ${iso2}`);
check(countryNodes.length === 196, `countries: expected 196 rows, got ${countryNodes.length}`);
emit('countries.json', countryNodes, []);

function country(iso2, where) {
  check(countryIds.has(iso2), `${where}: unknown country ${iso2}`);
  return iso2;
}

// ---------------------------------------------------------------------------------------------
// 3. Organisations and cities

const ACTOR_KINDS = new Set([
  'intergovernmental organisation',
  'body/organ',
  'agency',
  'national authority',
  'NGO',
  'network',
  'academic institution',
  'foundation',
  'private sector',
  'programme office',
  'other',
]);

// Well-known variants (in addition to the acronyms and names in the table).
const ORG_ALIASES = {
  un: ['Nations Unies'],
  'un-ga': ['General Assembly', 'Assemblée générale', 'UN General Assembly'],
  'un-hrc': ['Human Rights Council', 'Conseil des droits de l’homme', "Conseil des droits de l'homme", 'UNHRC'],
  'sr-tip': ['UN Special Rapporteur on trafficking in persons', 'Special Rapporteur on trafficking in persons'],
  unodc: [],
  'un-gift': ['UNGIFT', 'Global Initiative to Fight Human Trafficking'],
  unhcr: ['UN Refugee Agency', 'Agence des Nations Unies pour les réfugiés'],
  ilo: ['International Labour Office', 'Bureau international du Travail', 'BIT'],
  'un-women': [],
  coe: ['Council of Europe', 'Conseil de l’Europe'],
  'coe-cm': ['Committee of Ministers', 'Comité des Ministres'],
  'coe-cop': ['Committee of the Parties', 'Comité des Parties'],
  ecthr: ['Cour européenne des droits de l’homme'],
  osce: ['CSCE', 'Conference on Security and Co-operation in Europe', 'Conférence sur la sécurité et la coopération en Europe'],
  'osce-srctp': ['OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings'],
  'osce-alliance': ['OSCE Alliance against Trafficking in Persons'],
  odihr: ['OSCE/ODIHR', 'Office for Democratic Institutions and Human Rights'],
  frontex: ['European Border and Coast Guard Agency'],
  fra: ['EU Fundamental Rights Agency'],
  interpol: ['INTERPOL', 'Interpol'],
  commit: ['COMMIT Process'],
  'bali-process': ['Bali Process'],
  'cbss-tf-thb': ['CBSS TF-THB'],
  'cbss-tf-oc': ['Task Force on Organised Crime in the Baltic Sea Region'],
  'la-strada': ['La Strada'],
};

// Short English descriptions, condensed from the table's notes and founding year.
const ORG_DESCRIPTIONS = {
  un: 'Intergovernmental organisation founded in 1945 (Charter in force 24 Oct 1945).',
  'un-ga': 'Main deliberative organ of the UN; adopted UNTOC and its Protocols (res. 55/25) and the UN Global Plan of Action (res. 64/293).',
  'un-hrc': 'UN human rights body established in 2006 (GA res. 60/251), replacing the Commission on Human Rights; OHCHR acts as its secretariat.',
  'sr-tip': 'UN special procedure mandate created in 2004 by Commission on Human Rights decision 2004/110 and renewed by the Human Rights Council.',
  ohchr: 'UN human rights office; the post of High Commissioner was established by GA res. 48/141 of 20 Dec 1993.',
  unodc: 'UN office created in 1997 as the Office for Drug Control and Crime Prevention, renamed UNODC in 2002; guardian of UNTOC and its Protocols.',
  'un-gift': 'Global initiative launched by UNODC in London on 26 Mar 2007 and run with ILO, IOM, UNICEF, OHCHR and OSCE.',
  icat: 'Policy forum of UN agencies and other international organisations against trafficking in persons, set up in 2007; UNODC acts as coordinator and secretariat.',
  unhcr: 'UN refugee agency established by the General Assembly on 14 Dec 1950; began work in 1951.',
  ilo: 'Founded in 1919 by the Treaty of Versailles; first UN specialized agency (1946); depositary of the Forced Labour Convention (C029) and its 2014 Protocol (P029).',
  iom: 'Founded in 1951 as ICEM, named IOM since 1989; related organisation of the UN since 2016.',
  'un-women': 'UN entity established by GA res. 64/289 (July 2010), operational from January 2011.',
  unicef: 'UN agency for children, founded in 1946.',
  coe: 'European intergovernmental organisation founded by the Statute of 5 May 1949.',
  'coe-cm': 'Decision-making body of the Council of Europe; adopted CETS 197 on 3 May 2005.',
  greta: 'Independent body monitoring the implementation of CETS 197, set up under its Article 36; first members elected and first meeting in 2009.',
  'coe-cop':
    'Committee of the Parties to CETS 197, the second pillar of its monitoring mechanism (Article 37), in place since the Convention entered into force in 2008.',
  ecthr:
    'Judicial organ of the European Convention on Human Rights, set up in 1959; its Article 4 case law covers trafficking (e.g. Rantsev v. Cyprus and Russia, 2010).',
  osce: 'Founded in 1975 as the CSCE (Helsinki Final Act), renamed OSCE from 1 Jan 1995; 57 participating States.',
  'osce-srctp':
    'OSCE office created under the 2003 OSCE Action Plan (Maastricht Ministerial Council Decision 2/03); the first Special Representative took office in 2004.',
  'osce-alliance':
    'Platform of international organisations and NGOs launched by the OSCE Special Representative in 2004; holds annual conferences in Vienna.',
  odihr: 'OSCE institution created in 1990 as the Office for Free Elections, renamed ODIHR in 1992.',
  eu: 'Supranational union (Maastricht Treaty in force 1 Nov 1993); party to UNTOC and the Palermo Protocol by approval.',
  ec: 'Executive body of the European Union (1958).',
  'eu-atc': 'Post within the European Commission; the first Coordinator was appointed on 14 Dec 2010; tasks laid down in Directive 2011/36/EU.',
  frontex: 'EU agency set up in 2004 as the External Borders Agency (seat in Warsaw); European Border and Coast Guard Agency since October 2016.',
  europol: 'EU law enforcement agency; Europol Convention in force 1 Oct 1998; EU agency since 1 Jan 2010.',
  eurojust: 'EU agency for judicial cooperation in criminal matters, set up by Council Decision 2002/187/JHA of 28 Feb 2002.',
  fra: 'EU agency set up by Council Regulation (EC) 168/2007, launched 1 Mar 2007; successor of the EUMC.',
  interpol: 'Founded in Vienna in 1923 as the International Criminal Police Commission; General Secretariat in Lyon since 1989.',
  icmpd: 'Intergovernmental organisation founded in 1993 on the initiative of Austria and Switzerland.',
  asean: 'Regional organisation founded by the Bangkok Declaration of 8 Aug 1967; secretariat in Jakarta.',
  saarc: 'Regional organisation founded by the Charter of 8 Dec 1985; secretariat in Kathmandu since 1987.',
  commit:
    'Intergovernmental process of Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam based on the 2004 COMMIT MoU; no fixed headquarters.',
  'bali-process': 'Regional forum created at a ministerial conference in Bali in February 2002, co-chaired by Australia and Indonesia.',
  cbss: 'Intergovernmental council of the Baltic Sea States founded in 1992; secretariat in Stockholm.',
  'cbss-tf-thb':
    'CBSS task force against trafficking in human beings, established by the CBSS Heads of Government in 2006 (integrating the earlier Nordic-Baltic Task Force).',
  'cbss-tf-oc': 'Task force created on 4 May 1996 at Visby by the Heads of Government of the Baltic Sea States; rotating presidency and secretariat.',
  ecowas: 'Regional economic community founded by the Treaty of Lagos of 28 May 1975.',
  au: 'Continental union founded in 2002, successor of the Organisation of African Unity.',
  oas: 'Regional organisation of the Americas founded in 1948.',
  'la-strada': 'European NGO network; joint programme since 1995, registered as an international association in October 2004.',
  'anti-slavery': 'NGO founded in 1839 as the British and Foreign Anti-Slavery Society.',
};

// Notes attached to a PART_OF link that the README calls a simplification.
const PART_OF_NOTES = {
  iom: 'simplification: IOM is a related organisation of the UN, not a subsidiary body',
  'cbss-tf-oc': 'loose link: the task force reports to the Heads of Government of the Baltic Sea States',
};

const CITY_FR = {
  'New York': 'New York',
  Geneva: 'Genève',
  Vienna: 'Vienne',
  Strasbourg: 'Strasbourg',
  Warsaw: 'Varsovie',
  Brussels: 'Bruxelles',
  'The Hague': 'La Haye',
  Lyon: 'Lyon',
  Jakarta: 'Jakarta',
  Kathmandu: 'Katmandou',
  Stockholm: 'Stockholm',
  Abuja: 'Abuja',
  'Addis Ababa': 'Addis-Abeba',
  'Washington, D.C.': 'Washington',
  Amsterdam: 'Amsterdam',
  London: 'Londres',
};
const CITY_ALIASES = {
  Vienna: ['Wien'],
  Geneva: ['Genf'],
  'The Hague': ['Den Haag'],
  'Washington, D.C.': ['Washington', 'Washington DC'],
};

const organisations = readTable('organisations.csv', [
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
const orgById = new Map(organisations.map((r) => [r.id, r]));
check(orgById.size === organisations.length, 'organisations.csv: duplicate id');
for (const id of [...Object.keys(ORG_ALIASES), ...Object.keys(ORG_DESCRIPTIONS)]) {
  check(orgById.has(id), `organisation text maps: unknown id ${id}`);
}

const orgNodes = [];
const orgRels = [];
const cities = new Map(); // English name -> { id, iso2, rows: [org rows] }
for (const r of organisations) {
  check(/^[a-z0-9-]+$/.test(r.id), `organisations.csv: bad id ${r.id}`);
  const aliases = uniq([r.acronym_en, r.acronym_fr, r.name_en, r.name_fr, ...(ORG_ALIASES[r.id] ?? [])]);
  const description = ORG_DESCRIPTIONS[r.id];
  check(description !== undefined, `organisations: no description for ${r.id}`);
  if (r.type === 'programme') {
    orgNodes.push(
      clean({
        label: 'Programme',
        id: r.id,
        name_en: r.name_en,
        name_fr: r.name_fr,
        aliases,
        description,
        kind: 'programme',
        start: r.founded,
      }),
    );
  } else {
    const kind = r.type === '' ? 'other' : r.type;
    check(ACTOR_KINDS.has(kind), `organisations.csv: type "${r.type}" of ${r.id} is not an Actor kind`);
    orgNodes.push(
      clean({
        label: 'Actor',
        id: r.id,
        name_en: r.name_en,
        name_fr: r.name_fr,
        aliases,
        description,
        kind,
        acronym_en: r.acronym_en,
        acronym_fr: r.acronym_fr,
        founded: r.founded,
      }),
    );
  }
  if (r.parent_id) {
    check(orgById.has(r.parent_id), `organisations.csv: ${r.id} parent ${r.parent_id} unknown`);
    orgRels.push(rel('PART_OF', r.id, r.parent_id, provenance('ref-organisations', r.source_url, PART_OF_NOTES[r.id])));
  }
  if (r.hq_city) {
    country(r.hq_iso2, `organisations.csv ${r.id}`);
    let city = cities.get(r.hq_city);
    if (!city) {
      city = { id: `city-${slug(r.hq_city)}`, iso2: r.hq_iso2, rows: [] };
      cities.set(r.hq_city, city);
    }
    check(city.iso2 === r.hq_iso2, `organisations.csv: ${r.hq_city} given in two countries`);
    city.rows.push(r);
    if (r.type === 'programme') {
      // HEADQUARTERED_IN is actor→city; the only programme row (UN.GIFT) has its hq from general
      // knowledge, so it is left out rather than stretching the relationship type.
      continue;
    }
    orgRels.push(rel('HEADQUARTERED_IN', r.id, city.id, provenance('ref-organisations', r.source_url)));
  }
}

// Facts stated in the notes column of organisations.csv, mapped where a relationship type fits.
const fromOrgNotes = (id, text) => provenance('ref-organisations', orgById.get(id).source_url, `organisations.csv notes: ${text}`);
orgRels.push(
  rel('MONITORS', 'greta', 'cets-197', {
    role: 'independent monitoring body (Art. 36)',
    ...fromOrgNotes('greta', 'independent monitoring body set up under Art. 36 of CETS 197'),
  }),
  rel('MONITORS', 'coe-cop', 'cets-197', {
    role: 'Committee of the Parties (Art. 37)',
    ...fromOrgNotes('coe-cop', 'second pillar of the CETS 197 monitoring mechanism (Art. 37)'),
  }),
  rel('COORDINATES', 'unodc', 'icat', {
    role: 'coordinator and secretariat',
    ...fromOrgNotes('icat', 'UNODC acts as coordinator/secretariat'),
  }),
  rel('CHAIRS', country('AU', 'bali-process'), 'bali-process', {
    role: 'co-chair',
    ...fromOrgNotes('bali-process', 'co-chaired by Australia and Indonesia'),
  }),
  rel('CHAIRS', country('ID', 'bali-process'), 'bali-process', {
    role: 'co-chair',
    ...fromOrgNotes('bali-process', 'co-chaired by Australia and Indonesia'),
  }),
  // The EU's party status to the Palermo Protocol is emitted in palermo.json with its deposit date
  // and a real URL; only UNTOC (no date in the tables) is taken from this row's notes.
  rel('PARTY_TO', 'eu', 'untoc', {
    action_type: 'approval',
    ...fromOrgNotes('eu', 'party to UNTOC and the Palermo Protocol (approval)'),
  }),
);
emit('organisations.json', orgNodes, orgRels);

const cityNodes = [];
const cityRels = [];
for (const [name, city] of cities) {
  check(CITY_FR[name] !== undefined, `no French name for city ${name}`);
  cityNodes.push(clean({ label: 'City', id: city.id, name_en: name, name_fr: CITY_FR[name], aliases: CITY_ALIASES[name] ?? [] }));
  // One LOCATED_IN per city, cited from the first row naming it with a real URL (if any).
  const row = city.rows.find((x) => x.source_url !== GENERAL_KNOWLEDGE) ?? city.rows[0];
  cityRels.push(rel('LOCATED_IN', city.id, city.iso2, provenance('ref-organisations', row.source_url, `hq_iso2 of organisations.csv row ${row.id}`)));
}
emit('cities.json', cityNodes, cityRels);

// ---------------------------------------------------------------------------------------------
// 4. Instruments

const INSTRUMENT_KINDS = {
  untoc: 'convention',
  'palermo-protocol': 'protocol',
  'smuggling-protocol': 'protocol',
  'firearms-protocol': 'protocol',
  'cets-197': 'convention',
  echr: 'convention',
  'osce-ap-2003': 'action plan',
  'osce-ap-addendum-2005': 'action plan',
  'osce-ap-addendum-2013': 'action plan',
  'un-gpa-2010': 'action plan',
  'eu-fd-2002-629': 'framework decision',
  'eu-dir-2011-36': 'directive',
  'eu-dir-2024-1712': 'directive',
  'commit-mou-2004': 'memorandum of understanding',
  'saarc-convention-2002': 'convention',
  'ilo-c029': 'convention',
  'ilo-p029': 'protocol',
  'asean-declaration-2004': 'declaration',
  'asean-actip': 'convention',
};

const INSTRUMENT_ALIASES = {
  untoc: ['Palermo Convention', 'Convention de Palerme', 'UN Convention against Transnational Organized Crime', 'Organized Crime Convention'],
  'palermo-protocol': [
    'Palermo Protocol',
    'Protocole de Palerme',
    'UN Trafficking in Persons Protocol',
    'Trafficking in Persons Protocol',
    'UN Trafficking Protocol',
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    'Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
  ],
  'smuggling-protocol': ['Migrant Smuggling Protocol', 'Protocole contre le trafic illicite de migrants'],
  'firearms-protocol': ['Protocole relatif aux armes à feu'],
  'cets-197': [
    'CETS No. 197',
    'STCE 197',
    'STCE n° 197',
    'Council of Europe Anti-Trafficking Convention',
    'Council of Europe Convention on Action against Trafficking in Human Beings',
  ],
  echr: [
    'ECHR',
    'ETS 5',
    'ETS No. 5',
    'STE 5',
    'European Convention on Human Rights',
    'Convention européenne des droits de l’homme',
    "Convention européenne des droits de l'homme",
  ],
  'osce-ap-2003': ['OSCE Action Plan', 'PC.DEC/557', "Plan d'action de l'OSCE"],
  'osce-ap-addendum-2005': ['PC.DEC/685'],
  'osce-ap-addendum-2013': ['PC.DEC/1107'],
  'un-gpa-2010': ['UN Global Plan of Action', 'Global Plan of Action', 'A/RES/64/293', 'Plan d’action mondial', "Plan d'action mondial"],
  'eu-fd-2002-629': ['2002/629/JHA', '2002/629/JAI', 'Décision-cadre 2002/629/JAI'],
  'eu-dir-2011-36': ['Directive 2011/36/EU', 'Directive 2011/36/UE', '2011/36/EU', '2011/36/UE', 'Anti-Trafficking Directive'],
  'eu-dir-2024-1712': ['2024/1712', 'Directive (UE) 2024/1712'],
  'commit-mou-2004': ['COMMIT Memorandum of Understanding'],
  'saarc-convention-2002': ['SAARC Convention on Trafficking'],
  'ilo-c029': ['C29', 'Forced Labour Convention', 'ILO Convention No. 29', 'Convention sur le travail forcé'],
  'ilo-p029': ['P29', 'Forced Labour Protocol'],
  'asean-declaration-2004': ['ASEAN Declaration against Trafficking in Persons'],
  'asean-actip': ['ASEAN Convention against Trafficking in Persons'],
};

const INSTRUMENT_DESCRIPTIONS = {
  untoc: 'Adopted by GA res. 55/25 and opened for signature in Palermo in December 2000 (UNTC chapter XVIII-12).',
  'palermo-protocol': 'UN Trafficking in Persons Protocol supplementing UNTOC, adopted by GA res. 55/25 (UNTC chapter XVIII-12-a).',
  'smuggling-protocol': 'Protocol supplementing UNTOC, adopted by GA res. 55/25 (UNTC chapter XVIII-12-b).',
  'firearms-protocol': 'Protocol supplementing UNTOC, adopted by GA res. 55/255.',
  'cets-197':
    'Adopted by the Committee of Ministers on 3 May 2005 and opened for signature in Warsaw on 16 May 2005; monitored by GRETA and the Committee of the Parties.',
  echr: 'Signed in Rome; Article 4 (prohibition of slavery, servitude and forced labour) is applied to trafficking by the ECtHR.',
  'osce-ap-2003':
    'OSCE Permanent Council Decision No. 557, endorsed by Maastricht Ministerial Council Decision No. 2/03 (December 2003); a political commitment.',
  'osce-ap-addendum-2005': 'OSCE Permanent Council decision adding provisions on child victims of trafficking to the 2003 Action Plan.',
  'osce-ap-addendum-2013': 'OSCE Permanent Council Decision No. 1107 updating the 2003 Action Plan.',
  'un-gpa-2010': 'GA res. 64/293, adopted by consensus; it also set up the UN Voluntary Trust Fund for victims of trafficking.',
  'eu-fd-2002-629': 'Published in OJ L 203 of 1 Aug 2002; replaced by Directive 2011/36/EU and no longer in force after 14 Apr 2011.',
  'eu-dir-2011-36': 'Replaces Framework Decision 2002/629/JHA; transposition deadline 6 Apr 2013.',
  'eu-dir-2024-1712': 'Amends Directive 2011/36/EU; transposition by 15 Jul 2026.',
  'commit-mou-2004': 'Non-binding MoU signed in Yangon by Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam.',
  'saarc-convention-2002': 'Signed at the 11th SAARC Summit in Kathmandu.',
  'ilo-c029': 'ILO convention on forced or compulsory labour.',
  'ilo-p029': 'Adopted at the 103rd International Labour Conference.',
  'asean-declaration-2004': 'Political declaration adopted at the 10th ASEAN Summit in Vientiane.',
  'asean-actip': 'Signed at the 27th ASEAN Summit in Kuala Lumpur.',
};

const SUPPLEMENTS_NOTES = {
  'eu-dir-2024-1712': 'amends (not supplements) Directive 2011/36/EU; SUPPLEMENTS is the closest relationship type',
  'osce-ap-addendum-2005': 'addendum to the 2003 OSCE Action Plan',
  'osce-ap-addendum-2013': 'addendum to the 2003 OSCE Action Plan',
};

// French short forms for captions (short_name is the English or language-neutral one).
const INSTRUMENT_SHORT_FR = {
  'asean-actip': 'ACTIP',
  'asean-declaration-2004': "Déclaration de l'ANASE 2004",
  'cets-197': 'STCE 197',
  'commit-mou-2004': 'Mémorandum COMMIT',
  echr: 'CEDH (STE 5)',
  'eu-dir-2011-36': 'Directive 2011/36/UE',
  'eu-dir-2024-1712': 'Directive (UE) 2024/1712',
  'eu-fd-2002-629': 'Décision-cadre 2002/629/JAI',
  'firearms-protocol': 'Protocole sur les armes à feu',
  'ilo-c029': 'C029',
  'ilo-p029': 'P029',
  'osce-ap-2003': "Plan d'action OSCE (PC.DEC/557)",
  'osce-ap-addendum-2005': "Addendum 2005 au Plan d'action OSCE",
  'osce-ap-addendum-2013': "Addendum 2013 au Plan d'action OSCE",
  'palermo-protocol': 'Protocole de Palerme',
  'saarc-convention-2002': "Convention de l'ASACR sur la traite",
  'smuggling-protocol': 'Protocole contre le trafic de migrants',
  'un-gpa-2010': "Plan d'action mondial de l'ONU",
  untoc: 'CTO',
};

const instruments = readTable('instruments.csv', [
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
const instrumentById = new Map(instruments.map((r) => [r.id, r]));
for (const m of [INSTRUMENT_KINDS, INSTRUMENT_ALIASES, INSTRUMENT_DESCRIPTIONS, INSTRUMENT_SHORT_FR]) {
  for (const id of Object.keys(m)) check(instrumentById.has(id), `instrument text maps: unknown id ${id}`);
}
const instrumentNodes = [];
const instrumentRels = [];
for (const r of instruments) {
  const kind = INSTRUMENT_KINDS[r.id];
  check(kind !== undefined, `instruments.csv: no kind for ${r.id}`);
  instrumentNodes.push(
    clean({
      label: 'Instrument',
      id: r.id,
      name_en: r.name_en,
      name_fr: r.name_fr,
      aliases: uniq([r.short_name, ...(INSTRUMENT_ALIASES[r.id] ?? [])]).filter((a) => a !== r.name_en && a !== r.name_fr),
      description: INSTRUMENT_DESCRIPTIONS[r.id],
      kind,
      short_name: r.short_name,
      short_name_fr: INSTRUMENT_SHORT_FR[r.id],
      adopted: r.adopted_date,
      entry_into_force: r.entry_into_force_date,
    }),
  );
  if (r.supplements_id) {
    check(instrumentById.has(r.supplements_id), `instruments.csv: ${r.id} supplements unknown ${r.supplements_id}`);
    instrumentRels.push(rel('SUPPLEMENTS', r.id, r.supplements_id, provenance('ref-instruments', r.source_url, SUPPLEMENTS_NOTES[r.id])));
  }
  if (r.depositary_org_id) {
    check(orgById.has(r.depositary_org_id), `instruments.csv: ${r.id} depositary unknown ${r.depositary_org_id}`);
    instrumentRels.push(
      rel('ADOPTED', r.depositary_org_id, r.id, {
        role: 'depositary or adopting organisation',
        date: r.adopted_date,
        ...provenance('ref-instruments', r.source_url),
      }),
    );
  }
}

// Adopting bodies and signatories named in the notes column of instruments.csv.
const fromInstrumentNotes = (id, text) => provenance('ref-instruments', instrumentById.get(id).source_url, `instruments.csv notes: ${text}`);
for (const id of ['untoc', 'palermo-protocol', 'smuggling-protocol']) {
  instrumentRels.push(
    rel('ADOPTED', 'un-ga', id, {
      role: 'adopting body',
      date: instrumentById.get(id).adopted_date,
      ...fromInstrumentNotes(id, 'adopted by GA res. 55/25'),
    }),
  );
}
instrumentRels.push(
  rel('ADOPTED', 'un-ga', 'firearms-protocol', {
    role: 'adopting body',
    date: instrumentById.get('firearms-protocol').adopted_date,
    ...fromInstrumentNotes('firearms-protocol', 'adopted by GA res. 55/255'),
  }),
  rel('ADOPTED', 'un-ga', 'un-gpa-2010', {
    role: 'adopting body',
    date: instrumentById.get('un-gpa-2010').adopted_date,
    ...fromInstrumentNotes('un-gpa-2010', 'GA res. 64/293 adopted by consensus 30 Jul 2010'),
  }),
  rel('ADOPTED', 'coe-cm', 'cets-197', {
    role: 'adopting body',
    date: instrumentById.get('cets-197').adopted_date,
    ...fromInstrumentNotes('cets-197', 'adopted by the Committee of Ministers 3 May 2005'),
  }),
);
for (const iso2 of ['KH', 'CN', 'LA', 'MM', 'TH', 'VN']) {
  instrumentRels.push(
    rel('SIGNED', country(iso2, 'commit-mou-2004'), 'commit-mou-2004', {
      date: instrumentById.get('commit-mou-2004').adopted_date,
      ...fromInstrumentNotes('commit-mou-2004', 'signed in Yangon by Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam'),
    }),
  );
}
emit('instruments.json', instrumentNodes, instrumentRels);

// ---------------------------------------------------------------------------------------------
// 5. Memberships (CoE, OSCE)

const coeRows = readTable('coe_member_states.csv', ['iso2', 'name_en', 'accession_date', 'source_url', 'left_date', 'notes']);
const osceRows = readTable('osce_participating_states.csv', ['iso2', 'name_en', 'source_url', 'joined_date', 'notes']);
const membershipRels = [];
for (const r of coeRows) {
  membershipRels.push(
    rel('MEMBER_OF', country(r.iso2, 'coe_member_states.csv'), 'coe', {
      start: r.accession_date,
      end: r.left_date,
      ...provenance('ref-coe-members', r.source_url, r.notes),
    }),
  );
}
for (const r of osceRows) {
  membershipRels.push(
    rel('MEMBER_OF', country(r.iso2, 'osce_participating_states.csv'), 'osce', {
      role: 'participating State',
      start: r.joined_date,
      ...provenance('ref-osce-states', r.source_url, r.notes),
    }),
  );
}
const coeCurrent = coeRows.filter((r) => !r.left_date).length;
check(coeCurrent === 46, `CoE: expected 46 current members, got ${coeCurrent}`);
check(coeRows.length === 47 && coeRows.some((r) => r.iso2 === 'RU' && r.left_date), 'CoE: expected RU as former member');
check(osceRows.length === 57, `OSCE: expected 57 participating States, got ${osceRows.length}`);
emit('memberships.json', [], membershipRels);

// ---------------------------------------------------------------------------------------------
// 6. CETS 197

const cetsRows = readTable('cets197_status.csv', [
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
const cetsRels = [];
for (const r of cetsRows) {
  const from = country(r.iso2, 'cets197_status.csv');
  const prov = provenance('ref-cets197-status', r.source_url, `verification: ${r.verification}`, r.notes);
  if (r.signature_date) cetsRels.push(rel('SIGNED', from, 'cets-197', { date: r.signature_date, ...prov }));
  cetsRels.push(
    rel('PARTY_TO', from, 'cets-197', {
      date: r.ratification_date,
      start: r.entry_into_force_date,
      action_type: r.action_type,
      ...prov,
    }),
  );
}
check(cetsRows.length === 48, `CETS 197: expected 48 Parties, got ${cetsRows.length}`);
emit('cets197.json', [], cetsRels);

// ---------------------------------------------------------------------------------------------
// 7. UN treaty status (Palermo Protocol, UNTOC)

function unStatus(file, source, instrument) {
  const rows = readTable(file, ['iso2', 'name_en', 'signature_date', 'ratification_or_accession_date', 'action_type', 'source_url', 'notes']);
  const rels = [];
  for (const r of rows) {
    const from = country(r.iso2, file);
    const prov = provenance(source, r.source_url, r.notes);
    if (r.signature_date) rels.push(rel('SIGNED', from, instrument, { date: r.signature_date, ...prov }));
    rels.push(
      rel('PARTY_TO', from, instrument, {
        date: r.ratification_or_accession_date,
        action_type: r.action_type,
        ...prov,
      }),
    );
  }
  return rels;
}
const palermoRels = unStatus('palermo_protocol_status.csv', 'ref-palermo-status', 'palermo-protocol');
// The README of the tables gives the EU's approval of the Protocol (not a country row).
palermoRels.push(
  rel('PARTY_TO', 'eu', 'palermo-protocol', {
    date: '2006-09-06',
    action_type: 'approval',
    ...provenance(
      'ref-palermo-status',
      'https://360.lexisnexis.at/d/b_bgbl_2008_2008_III_137_f47bc2e2ab',
      'European Union approval deposited 6 Sep 2006 per Austrian BGBl. III 137/2008 (stated in the reference tables README; not a country row)',
    ),
  }),
);
emit('palermo.json', [], palermoRels);
emit('untoc.json', [], unStatus('untoc_status.csv', 'ref-untoc-status', 'untoc'));

// ---------------------------------------------------------------------------------------------
// 8. GRETA evaluations

const gretaRows = readTable('greta_evaluations.csv', ['iso2', 'name_en', 'round', 'report_published_date', 'report_year', 'source_url', 'notes']);
const gretaRels = gretaRows.map((r) => {
  const round = Number.parseInt(r.round, 10);
  check(String(round) === r.round, `greta_evaluations.csv: bad round ${r.round}`);
  return rel('EVALUATED', 'greta', country(r.iso2, 'greta_evaluations.csv'), {
    round,
    date: r.report_published_date || r.report_year,
    ...provenance(
      'ref-greta-evaluations',
      r.source_url,
      r.report_published_date ? undefined : 'report year only; publication day not found',
      r.notes,
    ),
  });
});
emit('greta-evaluations.json', [], gretaRels);

// ---------------------------------------------------------------------------------------------
// Self-checks over everything generated, then write.

function isDate(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(Number(m[1]), month - 1, Number(m[3])));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === Number(m[3]);
}
const allIds = new Set();
for (const [file, { nodes }] of outputs) {
  for (const n of nodes) {
    check(/^[a-z0-9-]+$/.test(n.id) || (n.label === 'Country' && /^[A-Z]{2}$/.test(n.id)), `${file}: bad id ${n.id}`);
    check(!allIds.has(n.id), `${file}: duplicate node id ${n.id}`);
    allIds.add(n.id);
    for (const k of ['adopted', 'entry_into_force', 'start', 'end', 'published', 'founded']) {
      if (n[k] !== undefined) check(isDate(n[k]), `${file}: ${n.id}.${k} "${n[k]}" is not a date`);
    }
  }
}
const sourceIds = new Set(SOURCES.map((s) => s.id));
for (const [file, { relationships }] of outputs) {
  const keys = new Set();
  for (const r of relationships) {
    check(allIds.has(r.from), `${file}: ${r.type} from unknown ${r.from}`);
    check(allIds.has(r.to), `${file}: ${r.type} to unknown ${r.to}`);
    check(sourceIds.has(r.source), `${file}: unknown source ${r.source}`);
    check(typeof r.source_url === 'string' && r.source_url !== '', `${file}: ${r.type} ${r.from}->${r.to} without source_url`);
    for (const k of ['date', 'start', 'end']) {
      if (r[k] !== undefined) check(isDate(r[k]), `${file}: ${r.type} ${r.from}->${r.to} ${k} "${r[k]}"`);
    }
    const key = `${r.type}|${r.from}|${r.to}|${r.round ?? ''}|${r.source}`;
    check(!keys.has(key), `${file}: duplicate relationship ${key}`);
    keys.add(key);
  }
}

if (problems.length > 0) {
  console.error(`import-reference: ${problems.length} problem(s), nothing written:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const [file, data] of outputs) {
  writeFileSync(path.join(outDir, file), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  console.log(`${path.relative(repoRoot, path.join(outDir, file))}: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
}
