import type { Mention } from './gazetteer.js';
import { w } from './pattern.js';
import type { Statement } from './statements.js';
import { listedWith } from './statements.js';

/** "les États membres de l'ASEAN", "member States of the OSCE", "pays membres de la CEDEAO": the words right before the organisation's name. */
const MEMBER_STATES_OF = w(
  /\b(?:(?:États|Etats|pays)\s+membres\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)|member\s+(?:States|countries)\s+of\s+(?:the\s+)?)$/iu,
);
/** What introduces the members' list: their representatives or delegations, "à savoir", "namely", a bracket or a colon. */
const MEMBERS_CUE = w(
  /(?:\b(?:représentant\p{L}*|délégations?|delegations?|representatives?|participants?|à savoir|namely|including|notamment)\b[^,;.]{0,12}|[(:]\s*(?:l[ae]s?\s+|l['’]\s*|the\s+)?)$/iu,
);
/** How many countries make an enumeration of members rather than a mention in passing. */
const ENUMERATION = 3;

/**
 * Countries a passage enumerates after naming "the member States of X" ("les chefs de police des
 * États membres de l'ASEAN … des représentants du Brunéi Darussalam, du Cambodge, … et du Viet
 * Nam"): each is a member of X. A report lists the members it means, after their representatives
 * or a "namely"; two countries in passing, or countries called upon to act, are no enumeration. `mentions`: the passage's, in reading order.
 */
export function enumeratedMembers(text: string, mentions: Mention[]): Statement[] {
  const groupings = mentions.filter(
    (mention) => mention.label === 'Actor' && MEMBER_STATES_OF.test(text.slice(Math.max(0, mention.start - 40), mention.start)),
  );
  const grouping = groupings[0];
  // Two different groupings in one passage: which one the list means is not stated.
  if (!grouping || groupings.some((other) => other.entityId !== grouping.entityId)) return [];
  const countries = mentions.filter((mention) => mention.label === 'Country' && mention.start > grouping.end);
  const found: Statement[] = [];
  const seen = new Set<Mention>();
  for (const country of countries) {
    if (seen.has(country)) continue;
    const list = [country, ...listedWith(text, mentions, country, 1)];
    list.forEach((member) => seen.add(member));
    if (list.length < ENUMERATION || !MEMBERS_CUE.test(text.slice(Math.max(0, country.start - 40), country.start))) continue;
    for (const member of list) found.push({ type: 'MEMBER_OF', from: member, to: grouping, at: member.start });
  }
  return found;
}
