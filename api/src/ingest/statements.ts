import type { NodeLabel, RelationshipType } from '../model/vocabulary.js';
import type { Sentence } from './evidence.js';
import { JOINTLY, ORGANISING } from './events.js';
import type { Mention } from './gazetteer.js';
import { w } from './pattern.js';

/** A fact a sentence states, with the offset of the words that cue it. */
export interface Statement {
  type: RelationshipType;
  from: Mention;
  to: Mention;
  at: number;
}

interface Rule {
  type: RelationshipType;
  trigger: RegExp;
  /** Triggers after which the subject comes ("funded by X", "organisé par X"). */
  passive?: RegExp;
  /** The subject is the whole and the object its member ("composé d'experts de l'INTERPOL"): the fact runs object → subject. */
  inverse?: boolean;
  /** Words the object must follow ("composé d'experts de l'INTERPOL": a member is named after "de", not "et le Comité …"). */
  governedBy?: RegExp;
  /** Ends next to the trigger ("X, membre du Y"), not anywhere in the sentence, for cues that are common words: how many characters may lie between the subject and the trigger, and between the trigger and the object. */
  near?: { before: number; after: number };
  from: NodeLabel[];
  to: NodeLabel[];
}

/** How far after a person's name their title may name the bodies they work for (characters). */
const TITLE_REACH = 120;
/** How far before its trigger a subject may end (characters). */
const SUBJECT_WINDOW = 160;
const BY = w(/\b(?:par|by)\b/iu);

/** The statements Liaison reads, typed from the vocabulary (model/vocabulary.ts), with the ends each type admits. */
const RULES: Rule[] = [
  {
    type: 'SIGNED',
    trigger: w(/\b(?:sign(?:é|e|és|ée|ées|ed|ature|ataire|atory|ing)s?|signatories|a signé|ont signé)\b/iu),
    passive: BY,
    from: ['Country', 'Actor'],
    to: ['Instrument'],
  },
  {
    type: 'PARTY_TO',
    trigger: w(
      /\b(?:ratifi\p{L}*|adhér\p{L}*|acced\p{L}*|accession|a adhéré|entry into force of the Convention in respect of|entrée en vigueur de la Convention à l['’]égard d\p{L}*)\b/iu,
    ),
    passive: BY,
    from: ['Country', 'Actor'],
    to: ['Instrument'],
  },
  {
    type: 'PARTY_TO',
    // A noun: "X, État partie à la Convention", "X is a Party to"; "each Party to the Convention" names no one.
    trigger: w(/\b(?:partie à|parties à|party to|parties to|États parties|States Parties)\b/iu),
    near: { before: 25, after: 20 },
    from: ['Country', 'Actor'],
    to: ['Instrument'],
  },
  {
    type: 'MEMBER_OF',
    // "les États membres de l'UE" describes states, it does not state who is a member.
    trigger: w(/(?<!(?:États|Etats|States|state)\s)\b(?:membres? de|membres? du|membres? des|members? of|a rejoint|joined|au sein d\p{L}*)\b/iu),
    near: { before: 30, after: 20 },
    from: ['Country', 'Actor'],
    to: ['Actor'],
  },
  {
    type: 'MEMBER_OF',
    trigger: w(/\b(?:composée?s? d\p{L}*|compren\p{L}*|comprising|composed of|consisting of|made up of|réunit des représentants d\p{L}*)\b/iu),
    inverse: true,
    // "composé d'experts des services … de l'INTERPOL": the members come after a few words, each named after "de" or "of".
    near: { before: 30, after: 90 },
    governedBy: /(?:\b(?:de|des|du|of|from)\s+(?:la\s+|le\s+|les\s+|the\s+)?|\bd['’]\s*|\bde\s+l['’]\s*)$/iu,
    from: ['Actor'],
    to: ['Actor', 'Country'],
  },
  {
    type: 'FUNDED',
    trigger: w(/\b(?:financ\p{L}*|fund\p{L}*|avec le soutien|with the support|grâce au soutien|soutien financier)\b/iu),
    passive: w(/\b(?:par|by|de|of)\b/iu),
    from: ['Actor', 'Country'],
    to: ['Programme', 'Event', 'Actor'],
  },
  {
    type: 'COOPERATES_WITH',
    trigger: w(
      /\b(?:en coopération avec|coopération avec|coopération entre|co-?operation between|co-?operation with|in co-?operation with|en partenariat avec|partenariat avec|partnership with|together with|conjointement avec|jointly with|en collaboration avec|collabor\p{L}* avec|in collaboration with|contacts avec|contacts with)\b/iu,
    ),
    near: { before: SUBJECT_WINDOW, after: 20 },
    from: ['Actor', 'Country'],
    to: ['Actor', 'Country'],
  },
  { type: 'MONITORS', trigger: w(/\b(?:surveill\p{L}*|monitor\p{L}*|suivi de la mise en œuvre)\b/iu), from: ['Actor'], to: ['Instrument'] },
  { type: 'EVALUATED', trigger: w(/\b(?:évalu\p{L}*|evaluat\p{L}*|country visit|visite d'évaluation)\b/iu), from: ['Actor'], to: ['Country'] },
  {
    type: 'PART_OF',
    trigger: w(
      /\b(?:dans le cadre d\p{L}*|au titre d\p{L}*|within the framework of|under the|as part of|part of|fait partie d\p{L}*|relevant d\p{L}*)\b/iu,
    ),
    from: ['Event', 'Programme', 'Actor'],
    to: ['Programme', 'Actor', 'Event'],
  },
  { type: 'ORGANISED', trigger: ORGANISING, passive: BY, from: ['Actor', 'Country'], to: ['Event'] },
  {
    type: 'PARTICIPATED_IN',
    trigger: w(
      /\b(?:a participé à|ont participé à|participe à|participent à|participated in|participates in|took part in|takes part in|attended|a assisté à|ont assisté à)\b/iu,
    ),
    from: ['Actor', 'Country', 'Person'],
    to: ['Event'],
  },
  {
    type: 'SPOKE_AT',
    trigger: w(/\b(?:a pris la parole (?:à|lors d\p{L}*)|spoke at|addressed|took the floor at)\b/iu),
    from: ['Person'],
    to: ['Event'],
  },
  {
    type: 'HEADQUARTERED_IN',
    trigger: w(/\b(?:bas[ée]e?s? à|based in|headquartered in|siège|headquarters)\b/iu),
    // "au siège des Nations Unies à New York": the body follows the noun.
    passive: w(/\b(?:des|du|de|d['’]|of)\b/iu),
    from: ['Actor'],
    to: ['City'],
  },
  {
    type: 'SUPPLEMENTS',
    trigger: w(/\b(?:supplement\p{L}*|complétant|complète|additionnel\p{L}* à|addendum)\b/iu),
    from: ['Instrument'],
    to: ['Instrument'],
  },
  {
    type: 'PRODUCED',
    trigger: w(
      /\b(?:préparé\p{L}*|rédigé\p{L}*|prepared|written|élaboré\p{L}*|drafted|produced|produit\p{L}*|menée?s? par|conducted by|publié\p{L}*|published)\b/iu,
    ),
    passive: BY,
    from: ['Actor', 'Person', 'Event', 'Programme', 'Country'],
    to: ['Instrument'],
  },
  {
    type: 'HOSTED',
    trigger: w(/\b(?:accueilli\p{L}*|hosted|à l['’]invitation d\p{L}*|at the invitation of)\b/iu),
    passive: w(/\b(?:par|by|des|du|de|of|autorités|authorities)\b/iu),
    from: ['Actor', 'Country'],
    to: ['Event'],
  },
  {
    type: 'IMPLEMENTS',
    trigger: w(/\b(?:mis\p{L}* en (?:œ|oe)uvre par|implemented by|réalisé\p{L}* (?:conjointement )?(?:par|entre)|carried out by)\b/iu),
    passive: w(/\b(?:par|by|entre|le|la|l['’]|the|ce|cette)\b/iu),
    from: ['Actor', 'Country', 'Programme'],
    to: ['Programme', 'Instrument'],
  },
  {
    type: 'PRESENTED_AT',
    trigger: w(/\b(?:présenté\p{L}*|presented|lancé\p{L}*|launched)\b/iu),
    from: ['Instrument'],
    to: ['Event'],
  },
  { type: 'ADOPTED', trigger: w(/\b(?:adopt\p{L}*)\b/iu), passive: BY, from: ['Actor', 'Country'], to: ['Instrument'] },
  {
    type: 'CHAIRS',
    // Verbs only ("Président" is a title, not "ils président"): "la présidence suisse de l'OSCE", "le Président du GRETA" are titles (composition.ts reads them).
    trigger: w(/\b(?:présid(?:é|ée|és|ées|e|ait|aient|era|eront|ant)|chair(?:ed|s|ing)|presided|presides)\b/iu),
    passive: BY,
    near: { before: SUBJECT_WINDOW, after: 40 },
    from: ['Country', 'Actor', 'Person'],
    to: ['Actor', 'Event'],
  },
];

/** What makes a name the complement of the noun before it: "de l'", "du", "des", "of the". */
const COMPLEMENT = /(?:\b(?:de|des|du|of)\s+(?:la\s+|le\s+|les\s+|the\s+)?|\bd['’]\s*|\bde\s+l['’]\s*)$/iu;
/** A capitalised word, then "de"/"of": the name after it completes an unlinked name ("Convention du Conseil de l'Europe"). */
const NAME_COMPLEMENT = /\p{Lu}[\p{L}-]*\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)$/u;
/** "coopération entre A et B": how far after the trigger the first of two listed ends may start (characters). */
const NEAR_AFTER = 20;

/** What joins the names of a list: a comma or a conjunction, then perhaps a preposition and an article ("la Chine, le Myanmar", "du Cambodge, de l'Indonésie", "A, B and C"). */
const LIST_GAP =
  /^\s*[«»"“”)]*\s*(?:,|;|,?\s*(?:et|and|ainsi que|as well as|ou|or))\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+)?(?:l[ae]s?\s+|l['’]\s*|the\s+)?[«»"“”(]*\s*$/iu;

/**
 * The names listed with `anchor` ("le Cambodge, la Chine, … et le Viet Nam"), walking away from
 * it (`step` -1 towards the start of the sentence, +1 towards its end) while names of its label
 * follow each other with only a comma or a conjunction between them.
 */
export function listedWith(text: string, mentions: Mention[], anchor: Mention, step: 1 | -1): Mention[] {
  const ordered = mentions.filter((mention) => mention.label === anchor.label).sort((a, b) => a.start - b.start);
  const listed: Mention[] = [];
  let current = anchor;
  for (let index = ordered.indexOf(current) + step; index >= 0 && index < ordered.length; index += step) {
    const next = ordered[index];
    if (!next) break;
    const gap = step === 1 ? text.slice(current.end, next.start) : text.slice(next.end, current.start);
    if (!LIST_GAP.test(gap)) break;
    listed.push(next);
    current = next;
  }
  return listed;
}

/** The entities of the mentions inside a sentence. */
export function inSentence(mentions: Mention[], sentence: Sentence): Mention[] {
  return mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
}

/**
 * "Petya Nestorova, secrétaire exécutive de la Convention du Conseil de l'Europe", "Liz Hales, professeure,
 * Institut de criminologie, Université de Cambridge": a person and the bodies named in their title, up
 * to the next person or list item.
 */
export function affiliations(text: string, sentence: Sentence, mentions: Mention[]): Statement[] {
  const local = inSentence(mentions, sentence).sort((a, b) => a.start - b.start);
  return local.flatMap((person) => {
    if (person.label !== 'Person' || !/^\s*[,(]/.test(text.slice(person.end, person.end + 3))) return [];
    const next = local.find((mention) => mention.label === 'Person' && mention.start > person.end);
    const bullet = text.indexOf('•', person.end);
    const title = Math.min(person.end + TITLE_REACH, next?.start ?? Infinity, bullet < 0 ? Infinity : bullet);
    const bodies = local.filter((mention) => mention.label === 'Actor' && mention.start > person.end && mention.end <= title);
    return bodies.map((body) => ({ type: 'AFFILIATED_WITH' as const, from: person, to: body, at: person.end }));
  });
}

/**
 * Statements of a sentence typed by the rules: the subject is the nearest mention of an admitted
 * label before the trigger (after it in the passive), the object the nearest after it; every name
 * listed with either end states the same fact ("le Cambodge, la Chine … ont signé ce texte").
 * `mentions` may hold descriptions read by coreference ("ce texte" → the memorandum).
 */
export function statements(text: string, sentence: Sentence, mentions: Mention[]): Statement[] {
  const found: Statement[] = [];
  const local = inSentence(mentions, sentence).sort((a, b) => a.start - b.start);
  if (local.length < 2) return found;
  // Every cue of a sentence ("Deux rapports rédigés …, préparée par X, et …, par Y"), not only its first.
  for (const rule of RULES)
    for (const trigger of sentence.text.matchAll(new RegExp(rule.trigger.source, `${rule.trigger.flags}g`)))
      found.push(...ruleStatements(rule, trigger, text, sentence, local));
  return found;
}

/** What one rule reads around one of its cues in a sentence (`local`: the sentence's mentions in reading order). */
function ruleStatements(rule: Rule, trigger: RegExpMatchArray, text: string, sentence: Sentence, local: Mention[]): Statement[] {
  const at = sentence.start + (trigger.index ?? 0);
  // Words inside a name are not a statement ("the Committee of the Parties to the Convention").
  if (local.some((mention) => mention.start <= at && at < mention.end)) return [];
  const after = at + trigger[0].length;
  const following = text.slice(after, after + 12);
  const passive = rule.passive?.test(following.split(/\s+/).slice(0, 2).join(' ')) ?? false;
  const before = local.filter((mention) => mention.end <= at && at - mention.end < SUBJECT_WINDOW).reverse();
  const later = local.filter((mention) => mention.start >= after);
  // A near rule takes a subject only a few words before the trigger and an object right after it.
  const close = (mention: Mention) =>
    !rule.near || (mention.end <= at ? at - mention.end <= rule.near.before : mention.start - after <= rule.near.after);
  const [subjects, objects] = passive ? [later, before] : [before, later];
  const candidates = subjects.filter((mention) => rule.from.includes(mention.label) && close(mention));
  // A name after "de"/"of" before the verb qualifies the subject ("Frontex, agence de l'Union européenne basée à Varsovie").
  let from =
    (passive ? undefined : candidates.find((mention) => !COMPLEMENT.test(text.slice(Math.max(0, mention.start - 12), mention.start)))) ??
    candidates[0];
  // "composé d'experts … de l'INTERPOL", not "composé des représentants des Parties à la Convention du Conseil de l'Europe" (a name's complement).
  const governed = (mention: Mention) =>
    !rule.governedBy ||
    (rule.governedBy.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !NAME_COMPLEMENT.test(text.slice(Math.max(0, mention.start - 40), mention.start)));
  let to = objects.find((mention) => rule.to.includes(mention.label) && mention.entityId !== from?.entityId && close(mention) && governed(mention));
  // "coopération entre le Conseil de l'Europe et l'OSCE", "suivi par le GRETA de la mise en œuvre de la Convention":
  // both ends after the trigger, in reading order (for a near rule, listed right after it).
  if (!from || !to) {
    const candidates = later.filter((mention) => rule.from.includes(mention.label));
    // The first end right after the cue: a name further on is another clause's ("rédigés …, préparée par X, et Y").
    const first = candidates.find((mention) => mention.start - after <= NEAR_AFTER);
    const second =
      first &&
      (rule.near ? listedWith(text, local, first, 1) : later.filter((mention) => mention.start > first.start)).find(
        (mention) => rule.to.includes(mention.label) && mention.entityId !== first.entityId,
      );
    if (first && second) [from, to] = [first, second];
  }
  if (!from || !to) return [];
  // A subject before the trigger lists its names leftwards ("A, B et C ont signé"); one after it, rightwards.
  const subjectsListed = [from, ...listedWith(text, local, from, from.end <= at ? -1 : 1)];
  const objectsListed = [to, ...listedWith(text, local, to, to.end <= at ? -1 : 1)];
  // Several organisers of one event, or "conjointement": each co-organises it.
  const found: Statement[] = [];
  const type = rule.type === 'ORGANISED' && (subjectsListed.length > 1 || JOINTLY.test(sentence.text)) ? 'CO_ORGANISED' : rule.type;
  for (const subject of subjectsListed)
    for (const object of objectsListed)
      if (subject.entityId !== object.entityId)
        found.push(rule.inverse ? { type, from: object, to: subject, at } : { type, from: subject, to: object, at });
  return found;
}
