/**
 * The domain label of a node from what a file gives: a list (`["Actor"]`, maybe with the technical
 * `Entity`), a `;`- or `:`-separated text (`Actor`, `:Entity:Actor`), or a single label. Returns
 * the one label, or what was given when it is not exactly one (validation then names the problem).
 */
export function domainLabel(given: unknown): unknown {
  const list = Array.isArray(given)
    ? given
    : typeof given === 'string'
      ? given
          .split(/[;:]/)
          .map((part) => part.trim())
          .filter(Boolean)
      : null;
  if (!list) return given;
  const labels = list.filter((label) => label !== 'Entity');
  return labels.length === 1 ? labels[0] : labels;
}

/** Fields whose values are lists or non-text in the model, for files that do not type them (plain CSV). */
export const MODEL_FIELD_TYPES: Record<string, 'string[]' | 'boolean' | 'number'> = {
  aliases: 'string[]',
  sources: 'string[]',
  evidence: 'string[]',
  online: 'boolean',
  participants: 'number',
  round: 'number',
};
