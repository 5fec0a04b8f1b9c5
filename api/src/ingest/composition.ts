import type { RelationshipType } from '../model/vocabulary.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { listedWith } from './statements.js';
import { fold, tokenize } from './text.js';

/** A fact read from how names are written next to each other, with the offset that cues it. */
export interface ComposedFact {
  type: RelationshipType;
  from: Mention;
  to: Mention;
  at: number;
}

/** International bodies are not "of" a country even when a country is named beside them. */
const INTERNATIONAL_KINDS = new Set(['intergovernmental organisation', 'body/organ', 'programme office', 'network']);
/** Head words of a unit that belongs to the body named after a comma ("Institute of Criminology, University of Cambridge"). */
const UNIT_HEAD =
  /^(?:division|institut|institute|department|departement|direction|directorate|unit|unite|section|programme|program|centre|center|service|office|bureau|secretariat)\b/;
/** Titles of a person's post in a body; the presiding ones also state that the person chairs it. */
const TITLE =
  /\b(?:pr[ée]sident(?:e)?|president|chair(?:man|woman|person)?|secr[ée]taire g[ée]n[ée]ral(?:e)?(?: adjoint(?:e)?)?|(?:deputy )?secretary[- ]general|directeur|directrice|director|chef|head|repr[ée]sentant(?:e)? sp[ée]cial(?:e)?|special representative|coordinat(?:eur|rice|or)|commissaire|commissioner|ministre|minister|ambassad(?:eur|rice|or)|rapporteu(?:r|se)|secr[ée]taire ex[ée]cuti(?:f|ve)|executive secretary)\b/iu;
const PRESIDING = /\b(?:pr[ée]sident(?:e)?|president|chair(?:man|woman|person)?)\b/iu;
/** ", agence de l'", ", an agency of the": a body described as a part of the next one. */
const APPOSITION =
  /^\s*,\s*(?:une?\s+|l['’]\s*|the\s+|an?\s+)?(?:agence|organe|organ|agency|body|office|bureau|division|unit|unité|service|département|department|commission|comité|committee|secrétariat|secretariat)(?:\s+[\p{Ll}-]+){0,2}\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)$/iu;
/** "les structures et institutions de", "bodies of the": what a body's parts are called before its name. */
const BODIES_OF =
  /\b(?:structures?|institutions?|organes?|bodies|agences?|agencies|entités|entities|services|départements?|departments?|divisions?)(?:\s+(?:et|and)\s+\p{L}+)?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)$/iu;
/** "telles que le", "such as the", "notamment le": the list of its parts follows. */
const SUCH_AS = /^\s*,?\s*(?:tel(?:le)?s\s+que|such\s+as|notamment|including|namely)\s+[^.;:]{0,160}$/iu;
/** Kinds of instrument a body adopts; a report is written (PRODUCED). */
const ADOPTED_KINDS = new Set([
  'convention',
  'protocol',
  'action plan',
  'directive',
  'framework decision',
  'recommendation',
  'resolution',
  'declaration',
  'decision',
  'guidelines',
]);
/** The body is named as the instrument's complement ("… de l'Assemblée générale", "… du Conseil de l'Europe et des Nations Unies"), not inside its subject matter. */
const COMPLEMENT_BEFORE = /(?:\b(?:de|du|des|of|et|and)\s+(?:la\s+|le\s+|les\s+|the\s+)?|\bd['’]\s*|\bde\s+l['’]\s*)$/iu;
/** "de", "du", "of the"…: what joins a name to the body or country it belongs to. */
const OF = /^\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)$/iu;
/** Endings of an adjective of nationality after most of the country's name: autrich-ien, espagn-ols, bulgar-e, Austria-n. */
const NATIONALITY_ENDING =
  /(?:^|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ol|ole|ols|oles|ain|aine|ains|aines|and|ande|ands|andes|e|es|n|an|ian|ese|ish|i|que|ques|s)$/;
/** After only four shared letters the whole ending must be an adjective's: polo-nais (Pologne), not espa-ce (Espagne). */
const SHORT_STEM_ENDING = /^(?:n?ais|n?aise|n?aises|n?ois|n?oise|ien|ienne|iens|iennes|ol|ole|ols|oles|ain|aine|ains|aines)$/;

/** The country an adjective of nationality names ("autrichien" → AT, "espagnols" → ES, "Austrian" → AT), from the graph's country names. */
export class Nationalities {
  private readonly stems: { id: string; stem: string }[] = [];

  constructor(gazetteer: Gazetteer) {
    for (const entity of gazetteer.entities.values())
      if (entity.label === 'Country')
        for (const name of entity.names) {
          const folded = fold(name);
          // Single-word names only: "République de Moldova" is matched as a name, "moldove" by "Moldova".
          if (/^[a-z-]{5,}$/.test(folded)) this.stems.push({ id: entity.id, stem: folded });
        }
  }

  /** The country a word names as an adjective, or null. */
  countryOf(word: string): string | null {
    const folded = fold(word);
    if (folded.length < 4) return null;
    let best: { id: string; shared: number } | null = null;
    for (const { id, stem } of this.stems) {
      let shared = 0;
      while (shared < stem.length && shared < folded.length && stem[shared] === folded[shared]) shared++;
      // Most of the country's name, and an adjective's ending after it.
      const ending = folded.slice(shared);
      if (shared < 4 || shared < stem.length - 3 || ending.length > 5 || !NATIONALITY_ENDING.test(ending)) continue;
      if (shared < 5 && !SHORT_STEM_ENDING.test(ending)) continue;
      if (!best || shared > best.shared) best = { id, shared };
    }
    return best?.id ?? null;
  }
}

/**
 * The bodies an instrument's or event's name gives it, as the complement of its head word: inside
 * the name ("résolution 61/180 de l'Assemblée générale") or right after it ("résolution 63/14" "de
 * l'Assemblée générale"); the whole body's name, not one inside it ("Assemblée parlementaire de l'OSCE", not "OSCE").
 */
function namedBodies(text: string, mention: Mention, next: Mention | undefined, gap: string, gazetteer: Gazetteer): Mention[] {
  const skip = tokenize(mention.text)[0]?.end ?? mention.text.length;
  const inner = gazetteer
    .match(mention.text.slice(skip))
    .filter((other) => other.label === 'Actor' && COMPLEMENT_BEFORE.test(mention.text.slice(0, skip + other.start)))
    .map((other) => ({ ...other, start: mention.start + skip + other.start, end: mention.start + skip + other.end }));
  const after = next?.label === 'Actor' && OF.test(gap) ? [next] : [];
  return [...inner, ...after].filter(
    (body, _, all) =>
      !all.some((other) => other !== body && other.start <= body.start && other.end >= body.end && other.end - other.start > body.end - body.start),
  );
}

const international = (gazetteer: Gazetteer, mention: Mention) => INTERNATIONAL_KINDS.has(gazetteer.entities.get(mention.entityId)?.kind ?? '');
const between = (text: string, a: Mention, b: Mention) => text.slice(a.end, b.start);

/**
 * Facts that the way a text writes names states without a verb:
 * - "Sofia, en Bulgarie", "Bali (Indonésie)", "Caritas Carinthie, Autriche" → LOCATED_IN;
 * - "le ministère de l'Intérieur du Monténégro", "le ministère … polonais", "the Ministry of the Interior of Turkey" → LOCATED_IN;
 * - "la Division anti-traite du Conseil de l'Europe", "Institut de criminologie, Université de Cambridge",
 *   "l'Assemblée générale des Nations Unies" (one name holding another) → PART_OF;
 * - "Gianluca Esposito du Conseil de l'Europe", "le Président du GRETA, Nicolas Le Coz" → AFFILIATED_WITH (and CHAIRS);
 * - "la Présidence suisse de l'OSCE" → CHAIRS.
 * `mentions` are those of one sentence, in reading order.
 */
export function composedFacts(text: string, mentions: Mention[], gazetteer: Gazetteer, nationalities: Nationalities): ComposedFact[] {
  const facts: ComposedFact[] = [];
  const add = (type: RelationshipType, from: Mention, to: Mention, at = from.end) => {
    if (from.entityId !== to.entityId) facts.push({ type, from, to, at });
  };
  for (const [index, mention] of mentions.entries()) {
    const next = mentions[index + 1];
    const gap = next ? between(text, mention, next) : '';
    const national = mention.label === 'Actor' && !international(gazetteer, mention);
    if (next?.label === 'Country' && (mention.label === 'City' || national)) {
      // "Sofia, en Bulgarie", "Bali (Indonésie)", "Ankara, Turkey", "du Monténégro" after a national body.
      const placed = /^\s*(?:,\s*(?:en\s+|in\s+)?|\(\s*)$/iu.test(gap) || (national && OF.test(gap));
      const listed = /^\s*,/.test(gap) && /^\s*(?:,|et\b|and\b)/iu.test(text.slice(next.end, next.end + 5)) && mention.label !== 'City';
      if (placed && !listed) add('LOCATED_IN', mention, next);
    }
    if (national) {
      // An adjective of nationality inside the name or just after it: "ministère … polonais", "mécanisme national … autrichien".
      const window = text.slice(mention.start, Math.min(text.length, mention.end + 40)).split(/[,.;:()«»"]/)[0] ?? '';
      const words = tokenize(window).slice(0, tokenize(text.slice(mention.start, mention.end)).length + 2);
      const country = words
        .filter((word) => /^\p{Ll}/u.test(word.raw) || mention.start + word.start >= mention.end)
        .map((word) => nationalities.countryOf(word.raw))
        .find(Boolean);
      if (country) add('LOCATED_IN', mention, { ...mention, entityId: country, label: 'Country' });
    }
    if (mention.label === 'Actor' && next?.label === 'Actor' && APPOSITION.test(gap)) {
      // "Frontex, agence de l'Union européenne basée à Varsovie", "UNODC, an agency of the United Nations".
      add('PART_OF', mention, next);
    }
    if (
      mention.label === 'Actor' &&
      BODIES_OF.test(text.slice(Math.max(0, mention.start - 60), mention.start)) &&
      next?.label === 'Actor' &&
      SUCH_AS.test(gap)
    ) {
      // "des structures et institutions de l'OSCE telles que le Bureau …, l'Unité … et le Bureau …": each listed body is part of it
      // (the list may open with a name the graph lacks).
      for (const part of [next, ...listedWith(text, mentions, next, 1)]) add('PART_OF', part, mention);
    }
    if (mention.label === 'Actor' && next?.label === 'Actor') {
      // "la Division anti-traite du Conseil de l'Europe"; "Institut de criminologie, Université de Cambridge".
      const unit = UNIT_HEAD.test(fold(mention.text).replace(/^(?:the|la|le|les|l')\s*/, ''));
      const endOfList = !/^\s*(?:,|et\b|and\b|\/)/iu.test(text.slice(next.end, next.end + 5));
      if (OF.test(gap) || (unit && /^\s*,\s*$/.test(gap) && endOfList)) add('PART_OF', mention, next);
    }
    if (mention.label === 'Actor') {
      // One name holding another: "Office des Nations Unies contre la drogue et le crime" is part of the United Nations.
      // The name read again without its first word, so the longest match is not the whole name again.
      const skip = tokenize(mention.text)[0]?.end ?? mention.text.length;
      const inner = gazetteer.match(mention.text.slice(skip)).filter((other) => other.label === 'Actor' && other.entityId !== mention.entityId);
      for (const other of inner)
        add('PART_OF', mention, { ...other, start: mention.start + skip + other.start, end: mention.start + skip + other.end });
      // A national body whose name holds its country: "Bureau de lutte contre la traite du Monténégro", "Ministry of the Interior of Turkey".
      const country = national ? gazetteer.match(mention.text.slice(skip)).find((other) => other.label === 'Country') : undefined;
      if (country) add('LOCATED_IN', mention, { ...country, start: mention.start + skip + country.start, end: mention.start + skip + country.end });
    }
    if (mention.label === 'Instrument' || mention.label === 'Event') {
      // "la résolution 61/180 de l'Assemblée générale", "Étude conjointe du Conseil de l'Europe et des Nations Unies":
      // the bodies an instrument's name gives it adopted it (or wrote it, for a report); "la 26e session du Conseil
      // des droits de l'homme", "the 58th Session of the Commission on the Status of Women": the body held (organised) it.
      const kind = gazetteer.entities.get(mention.entityId)?.kind ?? '';
      const type: RelationshipType | null =
        mention.label === 'Event' ? 'ORGANISED' : kind === 'report' ? 'PRODUCED' : ADOPTED_KINDS.has(kind) ? 'ADOPTED' : null;
      if (type) for (const author of namedBodies(text, mention, next, gap, gazetteer)) add(type, author, mention, mention.start);
    }
    if (mention.label === 'Person') {
      // "Gianluca Esposito du Conseil de l'Europe"
      if (next?.label === 'Actor' && OF.test(gap)) add('AFFILIATED_WITH', mention, next);
      // "Anne Brasseur, President of the Parliamentary Assembly …": the title between the name and the body.
      const body = mentions.slice(index + 1).find((other) => other.label === 'Actor' && other.start - mention.end < 120);
      if (body && /^\s*,/.test(text.slice(mention.end, mention.end + 3)) && PRESIDING.test(between(text, mention, body)))
        add('CHAIRS', mention, body);
    }
    if (mention.label === 'Actor' && next?.label === 'Person' && /^\s*,\s*$/.test(gap)) {
      // "le Président du GRETA, Nicolas Le Coz": a title before the body, the person after it.
      const title = TITLE.exec(text.slice(Math.max(0, mention.start - 45), mention.start));
      if (title) {
        add('AFFILIATED_WITH', next, mention, mention.start);
        if (PRESIDING.test(title[0])) add('CHAIRS', next, mention, mention.start);
      }
    }
    if (mention.label === 'Actor') {
      // "la Présidence suisse de l'OSCE", "sous la présidence autrichienne du Conseil de l'Europe".
      const presidency = /\bpr[ée]sidence\s+(\p{L}+)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|d['’]\s*)$/iu.exec(
        text.slice(Math.max(0, mention.start - 50), mention.start),
      );
      const country = presidency ? nationalities.countryOf(presidency[1] ?? '') : null;
      if (country) add('CHAIRS', { ...mention, entityId: country, label: 'Country' }, mention, mention.start);
    }
  }
  return facts;
}
