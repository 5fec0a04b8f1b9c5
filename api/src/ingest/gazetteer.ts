import { distance } from 'fastest-levenshtein';
import type { NodeLabel } from '../model/vocabulary.js';
import { TopicPhrases } from './topics.js';
import { nameVariants } from './variants.js';
import { contentStems, contentWords, fold, isCapitalised, sameName, stripAccents, tokenize, type Token } from './text.js';

/** An entity of the graph as the gazetteer knows it (cypher/queries/ingest-gazetteer.cypher). */
export interface GazetteerEntity {
  id: string;
  label: NodeLabel;
  names: string[];
  acronyms: string[];
  kind?: string | null;
  start?: string | null;
  end?: string | null;
}

/** A name found in a text, linked to an entity. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  label: NodeLabel;
  /**
   * 0–1: exact name 0.95+, acronym 0.9, learnt in this document or a variant of a name (variants.ts)
   * 0.85, other word order 0.75, a variant that needs its country or parent body named nearby 0.7, a
   * topic named by a phrase of its distinctive words (topics.ts) 0.6, ambiguous lower.
   */
  confidence: number;
  via: 'name' | 'acronym' | 'word-order' | 'learnt' | 'variant' | 'phrase';
  /** A name inside a longer name that was matched too ("Nations Unies" in "Office des Nations Unies contre la drogue et le crime"). */
  inner?: boolean;
  /** Other entities the same words name (a homonym): the reviewer picks. */
  alternatives?: string[];
}

interface Entry {
  entityId: string;
  via: Mention['via'];
  /** The entry names the entity only in a text that also holds one of these content-word keys (variants.ts). */
  context?: string[];
}

/** Acronyms are written in capitals (GRETA, OSCE, CoE): at least two capitals, no spaces. */
export function looksLikeAcronym(text: string): boolean {
  return /^[\p{Lu}][\p{L}\d&.-]{1,11}$/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2 && !text.includes(' ');
}

const keyOf = (stems: string[]) => stems.join(' ');
const sortedKeyOf = (stems: string[]) => [...stems].sort().join(' ');

/**
 * Names of the graph's entities matched in text: case- and accent-insensitive, tolerant of
 * plural/feminine endings, of articles and possessives ("Council of Europe's", "Conseil de
 * l'Europe") and of word order; acronyms match with their capitals. Built once per ingestion
 * from the graph itself, then extended with the abbreviations a document introduces.
 */
export class Gazetteer {
  private readonly exact = new Map<string, Entry[]>();
  private readonly unordered = new Map<string, Entry[]>();
  private readonly acronyms = new Map<string, Entry[]>();
  private longest = 1;
  /** One-word keys that name an entity in lower case too (adjectives of nationality: "la présidence suisse"). */
  private readonly lowerCase = new Set<string>();
  private readonly topics: TopicPhrases;
  /** Every word of a name (content-word stems): a window of text with another word is no name. */
  private readonly vocabulary = new Set<string>();
  readonly entities: Map<string, GazetteerEntity>;
  /** First words of two-word names in lower case ("coopération régionale"): a list of adjectives may follow them. */
  private readonly heads = new Set<string>();
  /** Two words a comma separates inside a name ("organes, de tissus"): the text may have that comma between them too. */
  private readonly commaJoined = new Set<string>();

  constructor(entities: GazetteerEntity[], learnt: LearntName[] = []) {
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    for (const entity of entities) {
      for (const name of entity.names) {
        if (looksLikeAcronym(name)) this.addAcronym(name, { entityId: entity.id, via: 'acronym' });
        else this.addName(name, { entityId: entity.id, via: 'name' });
      }
      for (const acronym of entity.acronyms) this.addAcronym(acronym, { entityId: entity.id, via: 'acronym' });
    }
    this.topics = new TopicPhrases(entities);
    for (const variant of nameVariants(entities)) {
      const context = variant.context?.map(keyOf);
      this.addStems(variant.stems, { entityId: variant.entityId, via: 'variant', ...(context ? { context } : {}) });
      if (variant.lowerCase) this.lowerCase.add(keyOf(variant.stems));
    }
    for (const name of learnt) {
      if (name.acronym) this.addAcronym(name.text, { entityId: name.entityId, via: 'learnt' });
      else this.addName(name.text, { entityId: name.entityId, via: 'learnt' });
    }
  }

  /** A copy that also knows the names a document introduced. */
  withLearnt(learnt: LearntName[]): Gazetteer {
    return new Gazetteer([...this.entities.values()], learnt);
  }

  private addName(name: string, entry: Entry) {
    const stems = contentStems(name);
    if (name.includes(',')) {
      const tokens = tokenize(name);
      const words = contentWords(tokens);
      for (let k = 1; k < words.length; k++)
        if (between(name, tokens, words[k - 1]?.index ?? 0, words[k]?.index ?? 0).includes(',')) this.commaJoined.add(`${stems[k - 1]} ${stems[k]}`);
    }
    this.addStems(stems, entry);
  }

  private addStems(stems: string[], entry: Entry) {
    if (stems.length === 0) return;
    for (const word of stems) this.vocabulary.add(word);
    this.longest = Math.max(this.longest, stems.length);
    push(this.exact, keyOf(stems), entry);
    if (stems.length === 2) this.heads.add(stems[0] as string);
    if (stems.length >= 2) push(this.unordered, sortedKeyOf(stems), entry);
  }

  private addAcronym(acronym: string, entry: Entry) {
    push(this.acronyms, stripAccents(acronym), entry);
  }

  /** Every mention in `text`, left to right, longest names first, without overlaps. */
  match(text: string): Mention[] {
    const tokens = tokenize(text);
    const content = contentWords(tokens);
    const words = ` ${content.map((item) => item.stem).join(' ')} `;
    const holds = (entry: Entry) => !entry.context || entry.context.some((key) => words.includes(` ${key} `));
    // How many words from each one could still be one name: words of the names, joined as in a name.
    const reach = content.map(() => 1);
    for (let k = content.length - 2; k >= 0; k--) {
      const next = content[k + 1] as { stem: string; index: number };
      const here = content[k] as { stem: string; index: number };
      const comma = this.commaJoined.has(`${here.stem} ${next.stem}`);
      if (this.vocabulary.has(here.stem) && this.vocabulary.has(next.stem) && sameName(text, tokens, here.index, next.index, comma))
        reach[k] = 1 + (reach[k + 1] ?? 0);
    }
    const mentions: Mention[] = [];
    let i = 0;
    while (i < content.length) {
      const found = this.longestAt(text, tokens, content, i, holds, reach);
      if (found) {
        mentions.push(found.mention);
        // Names inside a longer name: "l'Assemblée générale des Nations Unies" in "64e Session de l'Assemblée générale des Nations Unies";
        // topics only inside a title, which names what the instrument, programme or event is about.
        const inside = content.slice(0, i + found.length);
        const titled = TITLED.includes(found.mention.label);
        for (let j = i + 1; j < inside.length;) {
          const inner = this.longestAt(text, tokens, inside, j, holds, reach);
          if (inner && (inner.mention.label !== 'Topic' || titled)) mentions.push({ ...inner.mention, inner: true });
          j += inner?.length ?? 1;
        }
        i += found.length;
      } else i++;
    }
    mentions.push(...this.sharedHead(text, tokens, content, mentions));
    const named = mentions.filter((mention) => !this.titleOfAnotherBody(text, mention, mentions) && !otherPost(text, mention));
    // Topics named by a phrase, where no name was found.
    const phrases = this.topics.match(text).filter((phrase) => !named.some((mention) => mention.start < phrase.end && phrase.start < mention.end));
    return [...named, ...phrases].sort((a, b) => a.start - b.start);
  }

  /**
   * Adjectives listed after one noun each name the noun with them: "coopération bilatérale,
   * sous-régionale, régionale et internationale" names "Coopération régionale" and "Coopération
   * internationale" (the first adjective, next to its noun, is matched as a name already).
   */
  private sharedHead(text: string, tokens: Token[], content: { stem: string; index: number }[], found: Mention[]): Mention[] {
    const mentions: Mention[] = [];
    for (let k = 0; k + 2 < content.length; k++) {
      const head = content[k] as { stem: string; index: number };
      if (!this.heads.has(head.stem) || !/^\s+$/.test(between(text, tokens, head.index, content[k + 1]?.index ?? 0))) continue;
      for (let j = k + 2; j < content.length && j <= k + MAX_LISTED; j++) {
        const word = content[j] as { stem: string; index: number };
        const token = tokens[word.index];
        if (!token || isCapitalised(token.raw) || !LIST_SEPARATOR.test(between(text, tokens, content[j - 1]?.index ?? 0, word.index))) break;
        const entry = this.exact.get(keyOf([head.stem, word.stem]))?.[0];
        const entity = entry && this.entities.get(entry.entityId);
        if (!entity || found.some((mention) => mention.entityId === entity.id && mention.start <= token.start && token.end <= mention.end)) continue;
        mentions.push({
          start: token.start,
          end: token.end,
          text: token.raw,
          entityId: entity.id,
          label: entity.label,
          confidence: 0.7,
          via: 'variant',
        });
      }
    }
    return mentions;
  }

  /**
   * A short name of an office or body, written with another body's name after it ("le Secrétaire
   * Général du Conseil de l'Europe" for the UN's "Secrétaire général"): the text names that body's
   * officer, not this entity. Only for a name that is the start of a longer name of the entity
   * ("Secrétaire général de l'Organisation des Nations Unies"), when none of the bodies that longer
   * name goes on to name is named in the rest of the clause.
   */
  private titleOfAnotherBody(text: string, mention: Mention, mentions: Mention[]): boolean {
    if (mention.label !== 'Actor') return false;
    const after = OF_AFTER.exec(text.slice(mention.end));
    if (!after) return false;
    const clauseEnd = mention.end + (CLAUSE_END.exec(text.slice(mention.end))?.index ?? text.length);
    const named = mentions.filter((other) => other.start >= mention.end && other.start < clauseEnd && other.entityId !== mention.entityId);
    const follower = named.find((other) => other.start === mention.end + after[0].length && !other.inner);
    if (!follower || (follower.label !== 'Actor' && follower.label !== 'Country')) return false;
    const stems = contentStems(mention.text);
    const entity = this.entities.get(mention.entityId);
    for (const name of entity?.names ?? []) {
      const words = contentWords(tokenize(name));
      if (words.length <= stems.length || !stems.every((stem, k) => words[k]?.stem === stem)) continue;
      const rest = name.slice(tokenize(name)[words[stems.length]?.index ?? 0]?.start ?? name.length);
      const bodies = new Set(this.match(rest).map((other) => other.entityId));
      if (bodies.size > 0 && !named.some((other) => bodies.has(other.entityId))) return true;
    }
    return false;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    content: { stem: string; index: number }[],
    i: number,
    holds: (entry: Entry) => boolean,
    reach: number[],
  ) {
    const first = content[i];
    if (!first) return null;
    for (let n = Math.min(this.longest, content.length - i, reach[i] ?? 1); n >= 1; n--) {
      const window = content.slice(i, i + n);
      const firstToken = tokens[first.index];
      const lastToken = tokens[window[n - 1]?.index ?? 0];
      if (!firstToken || !lastToken) continue;
      const stems = window.map((item) => item.stem);
      let entries = this.exact.get(keyOf(stems));
      let via: Mention['via'] | undefined;
      if (n === 1) {
        const acronym = this.acronyms.get(stripAccents(firstToken.raw));
        if (acronym) {
          entries = acronym;
        } else if (!isCapitalised(firstToken.raw) && !this.lowerCase.has(first.stem)) {
          // A one-word name in lower case is a common word ("traite", "europe" as adjective is rare).
          entries = undefined;
        }
      }
      if (!entries && n >= 2 && !this.startsLongerName(content, i + n - 1, reach)) {
        entries = this.unordered.get(sortedKeyOf(stems));
        via = entries ? 'word-order' : undefined;
      }
      entries = entries?.filter(holds);
      if (!entries || entries.length === 0) continue;
      const ids = [...new Set(entries.map((entry) => entry.entityId))];
      const best = entries[0] as Entry;
      const entity = this.entities.get(best.entityId);
      if (!entity) continue;
      via ??= best.via;
      const base = baseConfidence(via, n, firstToken.raw, best.context !== undefined);
      const mention: Mention = {
        start: firstToken.start,
        end: lastToken.end,
        text: text.slice(firstToken.start, lastToken.end),
        entityId: entity.id,
        label: entity.label,
        confidence: ids.length > 1 ? Math.min(base, 0.5) : base,
        via,
        ...(ids.length > 1 ? { alternatives: ids.slice(1) } : {}),
      };
      return { mention, length: n };
    }
    return null;
  }

  /**
   * Whether the word at `k` begins a name of two words or more in its own order: a reordered name
   * does not end on it ("droits de l'Homme du Conseil de l'Europe" is no "Conseil des droits de l'homme").
   */
  private startsLongerName(content: { stem: string }[], k: number, reach: number[]): boolean {
    for (let n = 2; n <= Math.min(this.longest, reach[k] ?? 1); n++) {
      if (this.exact.has(keyOf(content.slice(k, k + n).map((item) => item.stem)))) return true;
    }
    return false;
  }

  /**
   * The existing entities closest to a name that matched nothing, for a reviewer's "same as":
   * Levenshtein similarity of the folded names, and shared content words.
   */
  closest(name: string, limit = 3): { id: string; similarity: number }[] {
    const folded = fold(name);
    const stems = new Set(contentStems(name));
    const scored: { id: string; similarity: number }[] = [];
    for (const entity of this.entities.values()) {
      let best = 0;
      for (const candidate of [...entity.names, ...entity.acronyms]) {
        const other = fold(candidate);
        const edit = 1 - distance(folded, other) / Math.max(folded.length, other.length, 1);
        const otherStems = contentStems(candidate);
        const shared = otherStems.filter((word) => stems.has(word)).length;
        const overlap = shared / Math.max(stems.size, otherStems.length, 1);
        best = Math.max(best, edit, overlap);
      }
      if (best >= 0.5) scored.push({ id: entity.id, similarity: Math.round(best * 100) / 100 });
    }
    return scored.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id)).slice(0, limit);
  }
}

/** Labels whose names are titles: a topic named inside one is what it is about. */
const TITLED: NodeLabel[] = ['Instrument', 'Programme', 'Event'];

/** "de", "du", "de la", "of (the)" right after a name: what follows qualifies it. */
const OF_AFTER = /^\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|of\s+the\s+|of\s+)/iu;
/** A word before or after a title that makes it another post: "Assistant Secretary-General", "Secrétaire général adjoint". */
const POST_BEFORE = /(?:^|[^\p{L}])(?:assistant|deputy|acting)\s+$/iu;
const POST_AFTER = /^\s+adjointe?s?(?![\p{L}])/iu;
const otherPost = (text: string, mention: Mention) =>
  mention.label === 'Actor' &&
  (POST_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) || POST_AFTER.test(text.slice(mention.end)));

/** Between two adjectives of a list: a comma, or "et"/"and"/"ou"/"or". */
const LIST_SEPARATOR = /^\s*,\s*$|^\s+(?:et|and|ou|or)\s+$/iu;
/** Most adjectives one noun is read with. */
const MAX_LISTED = 6;
const between = (text: string, tokens: Token[], from: number, to: number) => text.slice(tokens[from]?.end ?? 0, tokens[to]?.start ?? 0);
/** Where the clause after a name ends. */
const CLAUSE_END = /[.;:!?()\n]/u;

/** How sure a match is by how it was made (see Mention.confidence), before ambiguity lowers it. */
function baseConfidence(via: Mention['via'], words: number, first: string, cuedByContext: boolean): number {
  if (via === 'name') return words >= 2 ? 0.95 : 0.9;
  if (via === 'acronym') return first.length <= 2 ? 0.75 : 0.9;
  if (via === 'variant') return cuedByContext ? 0.7 : 0.85;
  return via === 'learnt' ? 0.85 : 0.75;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry) {
  const list = map.get(key) ?? [];
  if (!list.some((item) => item.entityId === entry.entityId)) list.push(entry);
  map.set(key, list);
}

/** A name a document introduced for a known entity ("le Groupe d'experts (GRETA)"). */
export interface LearntName {
  text: string;
  entityId: string;
  acronym: boolean;
}

/** A name a document introduces with an abbreviation, for an entity the graph does not know. */
export interface IntroducedName {
  name: string;
  acronym: string;
  /** Offsets of the long name in the text. */
  start: number;
  end: number;
}

/** Words that may join the words of a name ("Groupe d'experts", "Office on Drugs and Crime"). */
const CONNECTORS = new Set('de du des d l la le les of the on for against contre pour sur en in and et aux au to'.split(' '));

/**
 * The name written just before an abbreviation in brackets: it starts with a capital, and each
 * lower-case word in it follows a connecting word ("Groupe d'experts", "National Commission for
 * Combating Trafficking"). Null when no such name ends at the bracket.
 */
export function nameBefore(text: string, bracket: number): { start: number; end: number } | null {
  const tokens = tokenize(text.slice(0, bracket)).slice(-14);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1] as Token;
  if (/[.;:!?()]/.test(text.slice(last.end, bracket))) return null;
  for (let from = 0; from < tokens.length; from++) {
    const start = tokens[from] as Token;
    if (!isCapitalised(start.raw) || CONNECTORS.has(fold(start.raw))) continue;
    const valid = tokens.slice(from).every((token, k, run) => {
      const previous = run[k - 1];
      if (previous && /[.;:!?()\n,]/.test(text.slice(previous.end, token.start))) return false;
      if (isCapitalised(token.raw) || CONNECTORS.has(fold(token.raw)) || /^\d/.test(token.raw)) return true;
      return previous !== undefined && CONNECTORS.has(fold(previous.raw));
    });
    if (!valid) continue;
    // "le Conseil de l'Europe et le Groupe d'experts (GRETA)": the name is the last of the listed ones.
    const phrase = text.slice(start.start, last.end);
    const listed = [...phrase.matchAll(/\b(?:et|and)\s+(?:les?|la|l['’]|the)\s*/giu)].at(-1);
    const offset = listed ? listed.index + listed[0].length : 0;
    return { start: start.start + offset, end: last.end };
  }
  return null;
}

const BRACKETED = /\(\s*([\p{Lu}][\p{L}\d&.-]{1,11})\s*\)/gu;

/**
 * Abbreviations a document introduces, "Long Name (ABBR)": when the long name is known, the
 * abbreviation is learnt for it; when the abbreviation is known, the long name is learnt; when
 * neither is, the pair is an introduced name (a new entity to propose).
 */
export function learnAbbreviations(texts: string[], gazetteer: Gazetteer): { learnt: LearntName[]; introduced: IntroducedName[] } {
  const learnt: LearntName[] = [];
  const introduced: IntroducedName[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(BRACKETED)) {
      const acronym = match[1] ?? '';
      if (!looksLikeAcronym(acronym)) continue;
      const phrase = nameBefore(text, match.index);
      if (!phrase) continue;
      const longName = text.slice(phrase.start, phrase.end);
      const known = gazetteer.match(acronym)[0];
      const named = gazetteer.match(longName).find((mention) => mention.end === longName.length);
      if (named && !known) learnt.push({ text: acronym, entityId: named.entityId, acronym: true });
      else if (known && known.via === 'acronym' && !(named && named.start === 0))
        learnt.push({ text: longName, entityId: known.entityId, acronym: false });
      else if (!known && !named) introduced.push({ name: longName, acronym, start: phrase.start, end: phrase.end });
    }
  }
  return { learnt, introduced };
}
