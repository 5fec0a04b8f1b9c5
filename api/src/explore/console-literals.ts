/**
 * Sizes the console reads from the statement's text alone, so that a loop or a concatenation over
 * a list it can see is too long is refused before Neo4j plans the statement: at once and the same
 * way on any server, instead of the same refusal after a plan that a busy server takes seconds to
 * make (408 when the planning alone outlasts the timeout).
 */
import { isWord, type Token } from './console-tokens.js';

/** A decimal integer literal at `at` (with an optional sign), and the index after it. */
function integerAt(tokens: Token[], at: number): [value: number, next: number] | null {
  const sign = tokens[at]?.kind === 'other' && (tokens[at]!.text === '-' || tokens[at]!.text === '+') ? tokens[at]!.text : '';
  const token = tokens[sign ? at + 1 : at];
  if (token?.kind !== 'number' || !/^\d[\d_]*$/.test(token.text)) return null;
  const value = Number(token.text.replace(/_/g, ''));
  return [sign === '-' ? -value : value, (sign ? at + 1 : at) + 1];
}

/**
 * The number of elements of tokens [from, to) when they are exactly `range(a, b)` or
 * `range(a, b, step)` of integer literals, as Neo4j counts them; null for anything else.
 */
export function literalRangeSize(tokens: Token[], from: number, to: number): number | null {
  const open = tokens[from + 1];
  if (!isWord(tokens[from], 'range') || tokens[from - 1]?.kind === 'dot' || open?.text !== '(' || open.match !== to - 1) return null;
  const values: number[] = [];
  let at = from + 2;
  while (at < to - 1) {
    const literal = integerAt(tokens, at);
    if (!literal) return null;
    values.push(literal[0]);
    at = literal[1];
    if (at < to - 1 && tokens[at]?.kind !== 'comma') return null;
    if (at < to - 1) at += 1;
  }
  if (values.length < 2 || values.length > 3) return null;
  const [start, end, step = 1] = values as [number, number, number?];
  // A zero step is Neo4j's error to report.
  if (step === 0) return null;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

/** The size of tokens [from, to) when it is a string literal or a literal range(), else null. */
export function literalSize(tokens: Token[], from: number, to: number): number | null {
  const token = tokens[from]!;
  // The text between the quotes, each escape sequence counted as one character (never more than Neo4j counts).
  if (to === from + 1 && token.kind === 'string') return token.text.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, 'x').length;
  return literalRangeSize(tokens, from, to);
}
