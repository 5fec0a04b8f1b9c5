import { wrapCaption } from '../../graph/readability/captionWrap';

/** A name a card shortens, with what can tell it apart from a namesake (an instrument's symbol or year). */
export interface NamedEntry {
  name: string;
  symbol?: string | null;
  year?: number | null;
}

const shorten = (text: string, maxChars: number) => wrapCaption(text, maxChars, 1)[0] ?? text;

function sharedWords(a: string[], b: string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count += 1;
  return count;
}

/**
 * Shortens each name to one line of about `maxChars` characters, cut at a word boundary, keeping
 * different names distinct once shortened: two long titles that begin alike ("Report on the agreed
 * position of Alliance partners on …") would otherwise read as the same thing twice. Names that
 * collide get their symbol or year when that tells them apart, else the words where they part ways
 * ("Report on… child-sensitive victim…"), and as a last resort their full text.
 */
export function distinctShortNames(entries: readonly NamedEntry[], maxChars: number): string[] {
  const result = entries.map((entry) => shorten(entry.name, maxChars));
  const collisions = new Map<string, number[]>();
  result.forEach((short, index) => collisions.set(short, [...(collisions.get(short) ?? []), index]));
  for (const members of collisions.values()) {
    const names = new Set(members.map((index) => entries[index]!.name));
    if (members.length < 2 || names.size < 2) continue;
    const tags = members.map((index) => entries[index]!.symbol?.trim() || (entries[index]!.year ? String(entries[index]!.year) : ''));
    if (tags.every(Boolean) && new Set(tags).size === tags.length) {
      members.forEach((index, position) => {
        const tag = tags[position]!;
        result[index] = `${shorten(entries[index]!.name, Math.max(8, maxChars - tag.length - 3))} (${tag})`;
      });
      continue;
    }
    const words = members.map((index) => entries[index]!.name.trim().split(/\s+/));
    members.forEach((index, position) => {
      const own = words[position]!;
      // Where this name parts from the namesake closest to it.
      const shared = Math.max(...words.filter((_, other) => other !== position).map((other) => sharedWords(own, other)));
      const tail = shorten(own.slice(shared).join(' '), Math.ceil(maxChars * 0.6));
      const head = shorten(own.slice(0, shared).join(' '), Math.max(1, maxChars - tail.length - 2)).replace(/…$/u, '');
      result[index] = shared === 0 ? tail : `${head}… ${tail}`;
    });
    const still = new Set(members.map((index) => result[index]));
    if (still.size < members.length) for (const index of members) result[index] = entries[index]!.name;
  }
  return result;
}
