/**
 * Limits on how deeply one console statement nests its expressions, checked on the text before
 * Neo4j sees it. Neo4j 5.26 plans expressions recursively: a chain of 250 `s + s + …` or
 * `s * s * …` over a variable, or 250 nested lists, overflows its planner's stack, and the error
 * never reaches the client (debug.log: "Unable to send error back to the client … StackOverflowError"),
 * so the request waited out its whole deadline (408) on any server, and for minutes on a busy one.
 * Both limits are far above what a hand-written query needs.
 */
import type { Token } from './console-tokens.js';

/** Brackets ((, [, {) open inside one another. */
export const CONSOLE_MAX_NESTING = 50;
/** Binary operators (and property dots) in a row, between two commas, keywords or brackets. */
export const CONSOLE_MAX_CHAIN = 100;

const CHAINING = new Set(['+', '-', '*', '/', '%', '^', '||', '.']);
/** Words that split an expression into parts Neo4j plans side by side, not inside one another. */
const SPLITTING = new Set(
  'and or when then else end case as where return with unwind match optional order by skip limit call yield union set create merge'.split(' '),
);

/** Why the statement nests too deeply for Neo4j's planner, or null. */
export function depthRefusal(tokens: Token[]): string | null {
  let depth = 0;
  let deepest = 0;
  // Operators in a row, per open bracket level.
  const chains: number[] = [0];
  let longest = 0;
  for (const token of tokens) {
    if (token.kind === 'open') {
      deepest = Math.max(deepest, (depth += 1));
      chains.push(0);
    } else if (token.kind === 'close') {
      depth = Math.max(0, depth - 1);
      if (chains.length > 1) chains.pop();
    } else if ((token.kind === 'other' || token.kind === 'dot') && CHAINING.has(token.text)) {
      chains[chains.length - 1]! += 1;
      longest = Math.max(longest, chains.at(-1)!);
    } else if (token.kind === 'comma' || token.kind === 'pipe' || (token.kind === 'word' && SPLITTING.has(token.text.toLowerCase()))) {
      chains[chains.length - 1] = 0;
    }
  }
  if (deepest > CONSOLE_MAX_NESTING) {
    return `The statement nests ${deepest} levels of brackets; the console allows ${CONSOLE_MAX_NESTING}: Neo4j's planner fails on deeper expressions without answering.`;
  }
  if (longest > CONSOLE_MAX_CHAIN) {
    return (
      `One expression chains ${longest} operators (+, -, *, /, %, ^, || or .); the console allows ${CONSOLE_MAX_CHAIN}: ` +
      "Neo4j's planner fails on longer chains without answering. Add up rows instead (UNWIND … RETURN sum(x)), or use reduce() over a list."
    );
  }
  return null;
}
