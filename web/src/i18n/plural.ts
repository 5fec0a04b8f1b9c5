const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The plural category of a count in a language ("one" covers 0 and 1 in French, only 1 in English). */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  if (!rules.has(lang)) rules.set(lang, new Intl.PluralRules(lang));
  return rules.get(lang)!.select(count);
}

/** "1 nœud", "0 nœud", "3 nœuds"; "1 node", "0 nodes": the count, formatted for the language, and the right form. */
export function counted(lang: string, count: number, one: string, other: string): string {
  if (!numbers.has(lang)) numbers.set(lang, new Intl.NumberFormat(lang));
  return `${numbers.get(lang)!.format(count)} ${pluralCategory(lang, count) === 'one' ? one : other}`;
}
