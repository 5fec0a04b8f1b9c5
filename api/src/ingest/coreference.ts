import type { NodeLabel } from '../model/vocabulary.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { w } from './pattern.js';
import { contentStems, contentWords, fold, stem, tokenize } from './text.js';

/**
 * A definite description names again what the text named shortly before: "la Convention", "ce
 * texte", "cette résolution", "the Protocol", "l'Alliance". Reports state most of their facts this
 * way ("le Cambodge, la Chine … ont signé ce texte"), so a statement rule sees only pronoun-like
 * words where the entity should be. The description is read as the last entity named before it,
 * in the passage or the few passages before (a section), whose kind or name its head word fits.
 */
const DESCRIPTION = w(/\b(?:(ce|cet|cette|ledit|ladite|this|said)\s+|(le|la|l['’]|the|du|au)\s*)(\p{L}[\p{L}-]{3,})\b/giu);
/** Head words that name any instrument, whatever its own name ("ce texte", "this instrument"). */
const ANY_INSTRUMENT = new Set(['texte', 'text', 'instrument', 'document', 'traite', 'treaty', 'accord', 'agreement']);
/** Labels a description may name; events are followed by their own sections (events.ts). */
const REFERABLE: NodeLabel[] = ['Instrument', 'Actor', 'Programme'];
/** A name goes on after the head word ("la Convention des Nations Unies …"): that is a name, not a description. */
const NAME_GOES_ON = /^\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|on|to|sur|pour|contre|against|relative|relating)\s*\p{Lu}/u;
/** Fewest content words of a name that name it shortened ("Convention du Conseil de l'Europe": three). */
const SHORTENED_WORDS = 3;
/** A shortened name ends with its clause at the latest. */
const CLAUSE = /[.;:,()!?«»"“”]/u;
/** How many passages back a description may reach. */
const REACH = 3;

/** Whether a head word ("convention", "groupe", "texte") fits an entity: by its kind, or the first word of one of its names. */
function fits(gazetteer: Gazetteer, head: string, entityId: string): boolean {
  const entity = gazetteer.entities.get(entityId);
  if (!entity || !REFERABLE.includes(entity.label)) return false;
  const folded = fold(head);
  if (entity.label === 'Instrument' && ANY_INSTRUMENT.has(folded)) return true;
  const key = stem(folded);
  if (entity.kind && contentStems(entity.kind)[0] === key) return true;
  return entity.names.some((name) => contentStems(name)[0] === key);
}

/** The one or two words before "de"/"of" that end right before a mention: "La mission de " → mission, "The mission statement of the " → mission statement. */
const OWNER_BEFORE = /(?:^|[^\p{L}])(\p{L}+(?:\s+\p{L}+)?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*$/iu;

/**
 * Titles made of a word or two and another entity's name ("Mission de l'Équipe spéciale …" is
 * "Mission" + the task force's name): the text names them by those words and any mention of that
 * entity, a description included ("la mission de cette Équipe"). Keys: the words' stems | the entity.
 */
function ownedTitles(gazetteer: Gazetteer): Map<string, string> {
  const byName = new Map<string, string[]>();
  for (const entity of gazetteer.entities.values())
    for (const name of entity.names) {
      const key = contentStems(name).join(' ');
      byName.set(key, [...(byName.get(key) ?? []), entity.id]);
    }
  const owned = new Map<string, string>();
  for (const entity of gazetteer.entities.values()) {
    if (entity.label !== 'Instrument' && entity.label !== 'Programme') continue;
    for (const name of entity.names) {
      const stems = contentStems(name);
      for (let head = 1; head <= 2; head++)
        for (const owner of byName.get(stems.slice(head).join(' ')) ?? [])
          if (owner !== entity.id && stems.length - head >= 2) owned.set(`${stems.slice(0, head).join(' ')}|${owner}`, entity.id);
    }
  }
  return owned;
}

/** Reads the descriptions of each passage against the entities named before them. Stateful over one document, passage by passage. */
export class Coreference {
  private readonly history: Mention[][] = [];
  private readonly owned: Map<string, string>;

  constructor(private readonly gazetteer: Gazetteer) {
    this.owned = ownedTitles(gazetteer);
  }

  /** "la mission de cette Équipe": the title made of those words and the name of the entity a mention stands for. */
  private titlesOf(text: string, mentions: Mention[]): Mention[] {
    const titles: Mention[] = [];
    for (const mention of mentions) {
      const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, mention.start - 60), mention.start));
      if (!owner?.[1]) continue;
      const words = owner[1].split(/\s+/u);
      // "La mission de": the article is no word of the title.
      if (words.length > 1 && contentStems(words[0] ?? '').length === 0) words.shift();
      for (const head of [words, words.slice(-1)]) {
        const id = this.owned.get(`${contentStems(head.join(' ')).join(' ')}|${mention.entityId}`);
        const entity = id ? this.gazetteer.entities.get(id) : undefined;
        if (!entity) continue;
        const start = mention.start - owner[0].length + owner[0].indexOf(owner[1]) + (owner[1].length - head.join(' ').length);
        if (mentions.some((other) => other.start <= start && other.end >= mention.end && other !== mention)) break;
        titles.push({
          start,
          end: mention.end,
          text: text.slice(start, mention.end),
          entityId: entity.id,
          label: entity.label,
          confidence: 0.6,
          via: 'learnt',
        });
        break;
      }
    }
    return titles;
  }

  /** A heading opens a new section: what was named before it is out of reach. */
  section(): void {
    this.history.length = 0;
  }

  /**
   * The entity named before whose name the words from `from` begin, at least its first
   * SHORTENED_WORDS content words but not all of them (all of them is a name the gazetteer found):
   * the mention those words make, or null.
   */
  private startOfName(text: string, from: number, before: Mention[]): Pick<Mention, 'end' | 'entityId' | 'label'> | null {
    const clause = text.slice(from, from + (CLAUSE.exec(text.slice(from))?.index ?? text.length));
    const tokens = tokenize(clause);
    const words = contentWords(tokens);
    for (const mention of before) {
      const entity = this.gazetteer.entities.get(mention.entityId);
      if (!entity || !REFERABLE.includes(entity.label)) continue;
      for (const name of entity.names) {
        const stems = contentStems(name);
        let shared = 0;
        while (shared < stems.length && words[shared]?.stem === stems[shared]) shared++;
        const last = tokens[words[shared - 1]?.index ?? -1];
        if (shared >= SHORTENED_WORDS && shared < stems.length && last) return { end: from + last.end, entityId: entity.id, label: entity.label };
      }
    }
    return null;
  }

  /** The mentions a passage's descriptions stand for (not overlapping its own mentions); remembers the passage's mentions. */
  resolve(text: string, mentions: Mention[]): Mention[] {
    const resolved: Mention[] = [];
    for (const match of text.matchAll(DESCRIPTION)) {
      const [whole, demonstrative, , head = ''] = match;
      const start = match.index;
      const end = start + whole.length;
      // "la Convention" with a capital; "cette résolution", "ce texte" in any case.
      if (!demonstrative && !/^\p{Lu}/u.test(head)) continue;
      const before = [...this.history.flat(), ...mentions.filter((mention) => mention.end <= start)].reverse();
      // "la Convention du Conseil de l'Europe", "the Council of Europe Convention" after the whole title: the start of a name named before.
      const shortened = /^\p{Lu}/u.test(head) ? this.startOfName(text, end - head.length, before) : null;
      if (shortened && !mentions.some((mention) => mention.start <= end - head.length && mention.end >= shortened.end)) {
        resolved.push({ ...shortened, start, text: text.slice(start, shortened.end), confidence: 0.6, via: 'learnt' });
        continue;
      }
      if (mentions.some((mention) => mention.start < end && mention.end > start)) continue;
      if (NAME_GOES_ON.test(text.slice(end, end + 40))) continue;
      const antecedent = before.find((mention) => fits(this.gazetteer, head, mention.entityId));
      if (antecedent)
        resolved.push({ start, end, text: whole, entityId: antecedent.entityId, label: antecedent.label, confidence: 0.6, via: 'learnt' });
    }
    resolved.push(...this.titlesOf(text, [...mentions, ...resolved]));
    this.history.push([...mentions, ...resolved].sort((a, b) => a.start - b.start));
    if (this.history.length > REACH) this.history.shift();
    return resolved;
  }
}
