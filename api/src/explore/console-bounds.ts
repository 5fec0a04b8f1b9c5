/**
 * Bounds on the loops a console statement runs inside one expression.
 *
 * Neo4j 5 checks for a terminated transaction between rows, never inside an expression: a
 * `reduce`, a list comprehension or `any/all/none/single` over a long list keeps a server thread
 * busy after the transaction timeout, after TERMINATE TRANSACTION and after the client has gone
 * (measured: "Terminated … TimedOut" in SHOW TRANSACTIONS for minutes). Whatever the list is — a
 * literal range, a computed range, a collect()ed variable, a property — the console therefore
 * wraps every list such a construct iterates in a check Neo4j evaluates first, in O(1) for ranges:
 *
 *   x IN <list>   →   x IN (CASE WHEN size(<list>) > $cap THEN [date($marker)] ELSE <list> END)
 *
 * `date()` of the marker text fails with a message that names the marker, which the API turns into
 * a 400. Nested constructs share one budget: with a nesting depth d the cap is budget^(1/(d+1)).
 * Rows (UNWIND, MATCH) are untouched: Neo4j stops those at the timeout by itself.
 *
 * A short loop can still build a huge value (`reduce(s = 'x', i IN range(1, 40) | s + s)`), so each
 * step of a reduce() first checks the size of its accumulator when it is a string or a list:
 *
 *   | step   →   | CASE WHEN size(<acc if string or list, else ''>) > $cap THEN date($marker) ELSE (step) END
 */

import { CONSOLE_VALUE_CAP, VALUE_CAP_PARAM, VALUE_MARKER, VALUE_MARKER_PARAM, growthSpans, valueRefusal, type Span } from './console-growth.js';
import { depthRefusal } from './console-depth.js';
import { literalRangeSize } from './console-literals.js';
import { isWord, tokenize, type Token } from './console-tokens.js';

/** Elements one expression may iterate in all, nested loops multiplied (~2 s of string concatenation on an idle core). */
export const CONSOLE_ITERATION_BUDGET = 100_000;
/** Parameter names the wrapper uses; a user's parameter of the same name is overridden. */
export const CAP_PARAM = 'liaisonConsoleIterationCap';
export const MARKER_PARAM = 'liaisonConsoleIterationMarker';
/** The longest statement the wrapping may produce (the console's own statement limit is far below). */
const MAX_BOUNDED_LENGTH = 200_000;
/** The text Neo4j's error message will quote when a list is over the cap. */
export const ITERATION_MARKER = 'liaison-console-iteration-cap';
/**
 * Characters (of a string) or elements (of a list) a reduce() accumulator may reach. Without it,
 * 40 iterations of `s + s` build a 2^40-character string: no long loop, but Neo4j's heap fills and
 * the thread runs ~36 s until Neo4j's own OutOfMemoryError, past every timeout. Checked before each
 * step, so an accumulator ends at most one step past the cap.
 */
export const CONSOLE_ACCUMULATOR_CAP = 1_000_000;
export const SIZE_CAP_PARAM = 'liaisonConsoleAccumulatorCap';
export const SIZE_MARKER_PARAM = 'liaisonConsoleAccumulatorMarker';
export const ACCUMULATOR_MARKER = 'liaison-console-accumulator-cap';

const QUANTIFIERS = new Set(['any', 'all', 'none', 'single']);

/** One list iterated inside an expression: tokens [listStart, listEnd) and the construct's closing bracket. */
interface Loop {
  listStart: number;
  listEnd: number;
  close: number;
  /** For reduce(): the accumulator's name, as written. */
  accumulator?: string;
}

/** Index of the `x IN` that starts a loop's list inside the group opened at `open`, or -1. */
function loopVariableAt(tokens: Token[], index: number): number {
  return tokens[index]?.kind === 'word' && isWord(tokens[index + 1], 'in') ? index + 2 : -1;
}

function findLoops(tokens: Token[]): Loop[] {
  const loops: Loop[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'open' || token.match < 0) return;
    const before = tokens[index - 1];
    const namedCall = before?.kind === 'word' && tokens[index - 2]?.kind !== 'dot' ? before.text.toLowerCase() : '';
    let listStart = -1;
    let accumulator: string | undefined;
    if (token.text === '[') {
      listStart = loopVariableAt(tokens, index + 1);
    } else if (token.text === '(' && QUANTIFIERS.has(namedCall)) {
      listStart = loopVariableAt(tokens, index + 1);
    } else if (token.text === '(' && namedCall === 'reduce') {
      // reduce(acc = init, x IN list | expression): the loop variable follows the first top-level comma.
      if (tokens[index + 1]?.kind === 'word' && tokens[index + 2]?.kind === 'equals') accumulator = tokens[index + 1]!.text;
      for (let j = index + 1; j < token.match; j = tokens[j]!.kind === 'open' && tokens[j]!.match > 0 ? tokens[j]!.match + 1 : j + 1) {
        if (tokens[j]!.kind === 'comma') {
          listStart = loopVariableAt(tokens, j + 1);
          break;
        }
      }
    }
    if (listStart < 0 || listStart >= token.match) return;
    let listEnd = listStart;
    while (listEnd < token.match && tokens[listEnd]!.kind !== 'pipe' && !isWord(tokens[listEnd], 'where')) {
      const current = tokens[listEnd]!;
      listEnd = current.kind === 'open' && current.match > 0 ? current.match + 1 : listEnd + 1;
    }
    if (listEnd > listStart) loops.push({ listStart, listEnd, close: token.match, accumulator });
  });
  return loops;
}

export interface BoundedStatement {
  cypher: string;
  params: Record<string, unknown>;
  /** The most elements one iterated list may hold in this statement. */
  cap: number;
  /** How many lists were wrapped. */
  loops: number;
  /** How many concatenations and replace() calls are checked (with `loops` 0: the statement is unchanged). */
  values: number;
}

/**
 * The statement with every list iterated inside an expression wrapped in a size check, every
 * concatenation and replace() checked before it builds its value (console-growth.ts), and the
 * parameters the checks need. A statement without any of these comes back unchanged.
 */
export function boundExpressionLoops(cypher: string, params: Record<string, unknown>): BoundedStatement {
  const tokens = tokenize(cypher);
  const tooDeep = depthRefusal(tokens);
  if (tooDeep) throw new RangeError(tooDeep);
  const loops = findLoops(tokens);
  const growth = growthSpans(tokens);
  if (loops.length === 0 && growth.length === 0) return { cypher, params, cap: CONSOLE_ITERATION_BUDGET, loops: 0, values: 0 };
  // A loop inside another's body (after its list, before its closing bracket) runs once per element.
  const depthOf = (loop: Loop) => loops.filter((outer) => outer !== loop && loop.listStart > outer.listEnd && loop.listStart < outer.close).length;
  const depth = Math.max(0, ...loops.map(depthOf));
  const cap = Math.max(1, Math.floor(CONSOLE_ITERATION_BUDGET ** (1 / (depth + 1))));
  // A literal range() over the cap is refused now, before Neo4j plans anything: its check would refuse it anyway.
  if (loops.some((loop) => (literalRangeSize(tokens, loop.listStart, loop.listEnd) ?? 0) > cap)) throw new RangeError(iterationSentence(cap));

  // Spans nest properly (they follow the bracket structure), so wrap them inside out by recursion.
  // Each iterated list is wrapped in its size check; each reduce() step in a check of its accumulator.
  const spans: Span[] = [];
  let accumulators = 0;
  for (const loop of loops) {
    spans.push({
      start: tokens[loop.listStart]!.start,
      end: tokens[loop.listEnd - 1]!.end,
      wrap: (render) => {
        const list = render(tokens[loop.listStart]!.start, tokens[loop.listEnd - 1]!.end);
        return `(CASE WHEN size(${list}) > $${CAP_PARAM} THEN [date($${MARKER_PARAM})] ELSE ${list} END)`;
      },
    });
    const acc = loop.accumulator;
    if (acc && tokens[loop.listEnd]?.kind === 'pipe' && loop.listEnd + 1 < loop.close) {
      accumulators += 1;
      const [start, end] = [tokens[loop.listEnd + 1]!.start, tokens[loop.close - 1]!.end];
      spans.push({
        start,
        end,
        // size() only applies to strings and lists; any other accumulator (a number, a map) passes.
        wrap: (render) =>
          `CASE WHEN size(CASE WHEN ${acc} IS :: STRING OR ${acc} IS :: LIST<ANY> THEN ${acc} ELSE '' END) > $${SIZE_CAP_PARAM} ` +
          `THEN date($${SIZE_MARKER_PARAM}) ELSE (${render(start, end)}) END`,
      });
    }
  }
  spans.push(...growth);
  // Outer spans first; of two spans over the same text, the first pushed wraps the other.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (from: number, to: number, active: ReadonlySet<Span>): string => {
    let out = '';
    let at = from;
    for (const span of spans) {
      if (active.has(span) || span.start < at || span.start < from || span.end > to) continue;
      const inside = new Set(active).add(span);
      out += cypher.slice(at, span.start) + span.wrap((a, b) => render(a, b, inside));
      at = span.end;
    }
    return out + cypher.slice(at, to);
  };
  // Each wrapped list appears twice, so lists nested in lists double the text per level (past the
  // longest string V8 holds, rendering fails with a RangeError of its own).
  let bounded: string | null;
  try {
    bounded = render(0, cypher.length, new Set());
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    bounded = null;
  }
  if (bounded === null || bounded.length > MAX_BOUNDED_LENGTH) {
    throw new RangeError(`Lists nested this deeply inside one expression are not allowed in the console.`);
  }
  return {
    cypher: bounded,
    params: {
      ...params,
      [CAP_PARAM]: cap,
      [MARKER_PARAM]: ITERATION_MARKER,
      ...(accumulators > 0 ? { [SIZE_CAP_PARAM]: CONSOLE_ACCUMULATOR_CAP, [SIZE_MARKER_PARAM]: ACCUMULATOR_MARKER } : {}),
      ...(growth.length > 0 ? { [VALUE_CAP_PARAM]: CONSOLE_VALUE_CAP, [VALUE_MARKER_PARAM]: VALUE_MARKER } : {}),
    },
    cap,
    loops: loops.length,
    values: growth.length,
  };
}

/** The sentence for a statement Neo4j stopped at the check, or null for any other error. */
export function iterationRefusal(message: string, cap: number): string | null {
  const overValue = valueRefusal(message);
  if (overValue) return overValue;
  if (message.includes(ACCUMULATOR_MARKER)) {
    return (
      `A value built up by reduce() grew too large for the console (more than ${CONSOLE_ACCUMULATOR_CAP} characters or elements): ` +
      'Neo4j cannot stop an expression once it runs. Return less (e.g. size() of it), or build it from rows with collect().'
    );
  }
  return message.includes(ITERATION_MARKER) ? iterationSentence(cap) : null;
}

/** Why a list iterated inside one expression is too long for the console. */
function iterationSentence(cap: number): string {
  return (
    `A list iterated inside one expression (reduce, list comprehension, any/all/none/single) may hold at most ${cap} elements in the console ` +
    `(${CONSOLE_ITERATION_BUDGET} in all when loops are nested): Neo4j cannot stop an expression once it runs. Iterate over rows with UNWIND instead.`
  );
}
