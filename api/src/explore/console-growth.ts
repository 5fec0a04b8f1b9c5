/**
 * Bounds on the values a console statement builds.
 *
 * Neo4j 5 never stops an expression once it runs and does not count an expression's values against
 * the transaction memory limit (only rows buffered by operators such as collect(), ORDER BY or
 * DISTINCT are counted, and those the console's `db.memory.transaction.max` already stops). In
 * Cypher 5 a value grows past its inputs only through a few operations: a loop (reduce, list
 * comprehension: bounded in console-bounds.ts), concatenation (`+`, `||`) and replace(). Instead of
 * refusing query shapes one by one, the console checks each concatenation and each replace() BEFORE
 * Neo4j builds its result, from the sizes of the operands, which Neo4j knows in O(1) (also for a
 * range()). So `WITH s + s AS s` repeated, `s + s + s …`, `replace(s, 'x', s)` or a concatenated
 * range stop at the first value that would pass the cap, whatever the clause:
 *
 *   a + b + c   →   [v IN [[a, b, c]] | CASE WHEN size(v[0]) + size(v[1]) + size(v[2]) > $cap THEN date($marker) ELSE v[0] + v[1] + v[2] END][0]
 *
 * (the operands are evaluated once; size() stands for 0 on what is neither a string nor a list).
 * Expressions holding an aggregation are left as they are: Neo4j allows no aggregation inside a
 * list expression, and what an aggregation builds is counted by the transaction memory limit.
 * The structure of MATCH patterns is left alone too (`+` there is a path quantifier), not the
 * expressions inside a node or relationship pattern (`(n WHERE n.name = s + s)`).
 */
import { literalSize } from './console-literals.js';
import { isWord, type Token } from './console-tokens.js';

/** Characters (of a string) or elements (of a list) one concatenation or replace() may build. */
export const CONSOLE_VALUE_CAP = 1_000_000;
export const VALUE_CAP_PARAM = 'liaisonConsoleValueCap';
export const VALUE_MARKER_PARAM = 'liaisonConsoleValueMarker';
export const VALUE_MARKER = 'liaison-console-value-cap';

/** A part of the statement to rewrite; `wrap` renders sub-ranges (with their own rewrites) through `render`. */
export interface Span {
  start: number;
  end: number;
  wrap: (render: (from: number, to: number) => string) => string;
}

/** Words that end an additive expression (lower precedence, or clause structure). */
const BREAKERS = new Set(
  (
    'and or xor not in starts ends contains is when then else end case as where return with unwind match optional order by skip limit ' +
    'distinct asc desc ascending descending call yield union foreach load set create merge delete detach remove use on'
  ).split(' '),
);
/** Clause words that end the pattern of a MATCH. */
const PATTERN_END = new Set('where return with unwind match optional call order union yield foreach skip limit'.split(' '));
const AGGREGATES = new Set('count sum avg min max collect stdev stdevp percentilecont percentiledisc'.split(' '));
const OPERATORS = new Set(['+', '-', '||']);
const VAR = 'liaison_v';
const SUM = 'liaison_size';
const ELEMENT = 'liaison_e';

/**
 * The size Neo4j knows of a value: of a string or list, else 0 (null stays null: no refusal). size()
 * takes the CASE, not the value: Neo4j type-checks `size(v)` before running it, and refuses it for a
 * value it knows is a number even in a branch that would never run.
 */
const sizeOf = (value: string) => `size(CASE WHEN ${value} IS :: STRING OR ${value} IS :: LIST<ANY> THEN ${value} ELSE '' END)`;
const refuse = `date($${VALUE_MARKER_PARAM})`;

/** A keyword of the statement (a word after a dot is a property key, whatever it spells). */
function isKeyword(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  return token.kind === 'word' && BREAKERS.has(token.text.toLowerCase()) && tokens[index - 1]?.kind !== 'dot';
}

/** Can the token at `index` end an operand (so a `+` or `-` after it is binary, not a sign)? */
function endsOperand(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.kind === 'close' || token.kind === 'number' || token.kind === 'string') return true;
  return token.kind === 'word' && (!isKeyword(tokens, index) || isWord(token, 'end'));
}

/** For each CASE, the index of its END (same bracket level, nested CASEs counted). */
function caseEnds(tokens: Token[]): Map<number, number> {
  const ends = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (!isWord(token, 'case') || tokens[index - 1]?.kind === 'dot') return;
    let depth = 0;
    for (let j = index; j < tokens.length; j = tokens[j]!.kind === 'open' && tokens[j]!.match > j ? tokens[j]!.match + 1 : j + 1) {
      if (tokens[j]!.kind === 'close') return;
      if (isWord(tokens[j], 'case') && tokens[j - 1]?.kind !== 'dot') depth += 1;
      if (isWord(tokens[j], 'end') && tokens[j - 1]?.kind !== 'dot' && (depth -= 1) === 0) return void ends.set(index, j);
    }
  });
  return ends;
}

/**
 * Which tokens are the structure of a MATCH pattern (where `+` quantifies a path): those at the
 * MATCH's own level up to its end, and those directly inside a parenthesised path `((a)-->(b))`.
 * Node and relationship patterns and property maps hold ordinary expressions.
 */
function patternStructure(tokens: Token[]): (index: number) => boolean {
  const parent: number[] = [];
  const open: number[] = [-1];
  tokens.forEach((token, index) => {
    if (token.kind === 'close') open.pop();
    parent[index] = open.at(-1)!;
    if (token.kind === 'open') open.push(index);
  });
  const ranges: [number, number][] = [];
  tokens.forEach((token, index) => {
    if (!isWord(token, 'match')) return;
    let end = index + 1;
    while (end < tokens.length) {
      const current = tokens[end]!;
      if (current.kind === 'close' || (current.kind === 'word' && PATTERN_END.has(current.text.toLowerCase()))) break;
      end = current.kind === 'open' && current.match > end ? current.match + 1 : end + 1;
    }
    ranges.push([index, end]);
  });
  const isPathGroup = (at: number) => at >= 0 && tokens[at]!.text === '(' && tokens[at + 1]?.text === '(';
  return (index) => ranges.some(([match, end]) => index > match && index < end && (parent[index] === parent[match] || isPathGroup(parent[index]!)));
}

function holdsAggregate(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (token.kind === 'word' && AGGREGATES.has(token.text.toLowerCase()) && tokens[i + 1]?.text === '(' && tokens[i - 1]?.kind !== 'dot')
      return true;
  }
  return false;
}

interface Chain {
  /** Token ranges [from, to) of the operands, and the operator before each operand after the first. */
  terms: [number, number][];
  operators: string[];
}

/** Additive chains (`a + b - c || d`) among the tokens of one bracket level, [from, to). */
function chainsIn(tokens: Token[], from: number, to: number, inPattern: (index: number) => boolean, cases: Map<number, number>): Chain[] {
  const chains: Chain[] = [];
  let terms: [number, number][] = [];
  let operators: string[] = [];
  let termStart = -1;
  const flush = (at: number) => {
    if (termStart >= 0) terms.push([termStart, at]);
    if (operators.some((op) => op !== '-') && terms.length === operators.length + 1) chains.push({ terms, operators });
    terms = [];
    operators = [];
    termStart = -1;
  };
  let i = from;
  while (i < to) {
    const token = tokens[i]!;
    if (inPattern(i)) {
      flush(i);
      i = token.kind === 'open' && token.match > i ? token.match + 1 : i + 1;
    } else if (token.kind === 'open' || cases.has(i)) {
      // A bracket group or a whole CASE … END is (part of) one operand; its inside is a level of its own.
      if (termStart < 0) termStart = i;
      i = token.kind === 'open' ? (token.match > i ? token.match + 1 : i + 1) : cases.get(i)! + 1;
    } else if (OPERATORS.has(token.text) && token.kind === 'other' && termStart >= 0 && endsOperand(tokens, i - 1)) {
      terms.push([termStart, i]);
      operators.push(token.text);
      termStart = -1;
      i += 1;
    } else if (
      token.kind === 'comma' ||
      token.kind === 'pipe' ||
      token.kind === 'equals' ||
      (token.kind === 'other' && /^[<>!:;~]$/.test(token.text)) ||
      isKeyword(tokens, i)
    ) {
      flush(i);
      i += 1;
    } else {
      if (termStart < 0) termStart = i;
      i += 1;
    }
  }
  flush(to);
  return chains;
}

/**
 * A whole chain checked at once: its operands are evaluated once, and the sum of their sizes (the
 * size of the result, of which every intermediate value is a part) is compared with the cap before
 * the chain runs, with its own operators in its own order. The sizes are added up by one reduce()
 * over the operands, not one size() per operand: Neo4j plans a size() per operand slowly (a sum of
 * 50 terms took 3 s to plan, 200 terms 12 s, 400 terms over 2 minutes, at load 13–17).
 */
function checkedChain(operands: string[], operators: string[]): string {
  const sizes = `reduce(${SUM} = 0, ${ELEMENT} IN ${VAR} | ${SUM} + ${sizeOf(ELEMENT)})`;
  const value = operators.reduce((text, operator, k) => `${text} ${operator} ${VAR}[${k + 1}]`, `${VAR}[0]`);
  return `[${VAR} IN [[${operands.join(', ')}]] | CASE WHEN ${sizes} > $${VALUE_CAP_PARAM} THEN ${refuse} ELSE ${value} END][0]`;
}

/**
 * replace(text, search, replacement) checked before it runs: at most size(text) / size(search)
 * replacements (one per character and one more for an empty search).
 */
function checkedReplace(args: string[]): string {
  const [text, search, replacement] = [0, 1, 2].map((i) => `${VAR}[${i}]`) as [string, string, string];
  const bound = `${sizeOf(text)} + (${sizeOf(text)} / (CASE WHEN ${sizeOf(search)} > 0 THEN ${sizeOf(search)} ELSE 1 END) + 1) * ${sizeOf(replacement)}`;
  return `[${VAR} IN [[${args.join(', ')}]] | CASE WHEN ${bound} > $${VALUE_CAP_PARAM} THEN ${refuse} ELSE replace(${text}, ${search}, ${replacement}) END][0]`;
}

/** The spans that check every concatenation and replace() of the statement before it runs. */
export function growthSpans(tokens: Token[]): Span[] {
  const inPattern = patternStructure(tokens);
  const cases = caseEnds(tokens);
  const spans: Span[] = [];
  const levels: [number, number][] = [[0, tokens.length], ...[...cases].map(([at, end]): [number, number] => [at + 1, end])];
  tokens.forEach((token, index) => {
    if (token.kind === 'open' && token.match > index) levels.push([index + 1, token.match]);
  });
  for (const [from, to] of levels) {
    for (const chain of chainsIn(tokens, from, to, inPattern, cases)) {
      // Operands whose size the text shows (string literals, literal ranges) already over the cap: refused before Neo4j plans anything.
      if (chain.terms.reduce((sum, [a, b]) => sum + (literalSize(tokens, a, b) ?? 0), 0) > CONSOLE_VALUE_CAP) throw new RangeError(valueSentence());
      // Numbers added to numbers build a number: nothing to check.
      if (chain.terms.every(([a, b]) => b === a + 1 && tokens[a]!.kind === 'number')) continue;
      const first = chain.terms[0]!;
      const last = chain.terms.at(-1)!;
      if (holdsAggregate(tokens, first[0], last[1])) continue;
      const [start, end] = [tokens[first[0]]!.start, tokens[last[1] - 1]!.end];
      spans.push({
        start,
        end,
        wrap: (render) =>
          `(${checkedChain(
            chain.terms.map(([a, b]) => render(tokens[a]!.start, tokens[b - 1]!.end)),
            chain.operators,
          )})`,
      });
    }
  }
  tokens.forEach((token, index) => {
    const open = tokens[index + 1];
    if (!isWord(token, 'replace') || tokens[index - 1]?.kind === 'dot' || open?.text !== '(' || open.match < 0) return;
    if (holdsAggregate(tokens, index + 2, open.match)) return;
    // The three arguments, split at the commas of this level.
    const args: [number, number][] = [];
    let argStart = index + 2;
    for (let j = index + 2; j <= open.match; j = tokens[j]!.kind === 'open' && tokens[j]!.match > j ? tokens[j]!.match + 1 : j + 1) {
      if (j === open.match || tokens[j]!.kind === 'comma') {
        args.push([argStart, j]);
        argStart = j + 1;
      }
    }
    if (args.length !== 3 || args.some(([a, b]) => b <= a)) return;
    spans.push({
      start: token.start,
      end: tokens[open.match]!.end,
      wrap: (render) => `(${checkedReplace(args.map(([a, b]) => render(tokens[a]!.start, tokens[b - 1]!.end)))})`,
    });
  });
  return spans;
}

/** The sentence for a statement Neo4j stopped at a value check, or null. */
export function valueRefusal(message: string): string | null {
  return message.includes(VALUE_MARKER) ? valueSentence() : null;
}

function valueSentence(): string {
  return (
    `A value built by +, || or replace() would grow too large for the console (more than ${CONSOLE_VALUE_CAP} characters or elements): ` +
    'Neo4j cannot stop an expression once it runs. Return less (e.g. size() or a part of it).'
  );
}
