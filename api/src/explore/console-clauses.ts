/**
 * Clauses the read-only console refuses, found in the text before anything reaches Neo4j, so that
 * such a request costs no database round trip (not even the account check). The EXPLAIN plan
 * (console-guard.ts) stays the authority for everything else; this only answers early what the
 * plan would refuse anyway, and must never refuse a read: a keyword counts only where a clause
 * can stand (first in the statement, or after the end of an expression or an opening `{`) and
 * when what follows is the clause's own shape (`CREATE (`, `SET n.x`, `REMOVE n:L`, `DELETE n`…),
 * so a variable, property, label or map key spelled `set` or `create` is left alone.
 */
import { ALLOWED_PROCEDURES } from './console-guard.js';
import { isWord, type Token } from './console-tokens.js';

/** Words after which a word is part of an expression (a variable), never a clause. */
const EXPRESSION_KEYWORDS = new Set(
  (
    'return with as where by in and or xor not unwind distinct case when then else skip limit yield is contains starts ends ' + 'order match optional'
  ).split(' '),
);
/** Commands that only administer the server, refused when they start the statement. */
const ADMINISTRATION = new Set('show terminate drop alter grant deny revoke start stop enable deallocate rename'.split(' '));

/** Can a clause start at `index` (statement start, after an expression's end, or first in a `{ … }` subquery)? */
function atClauseStart(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before) return true;
  if (before.kind === 'close' || before.kind === 'number' || before.kind === 'string') return true;
  if (before.kind === 'open') return before.text === '{';
  return before.kind === 'word' && !EXPRESSION_KEYWORDS.has(before.text.toLowerCase());
}

const word = (token: Token | undefined) => token?.kind === 'word';
const text = (token: Token | undefined) => token?.text ?? '';

/** The clause at `index` that writes or reads outside the graph, by name, or null. */
function refusedClause(tokens: Token[], index: number): string | null {
  const token = tokens[index]!;
  if (token.kind !== 'word' || !atClauseStart(tokens, index)) return null;
  const keyword = token.text.toLowerCase();
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  switch (keyword) {
    case 'create':
      if (index === 0 && word(next)) return `CREATE ${next!.text.toUpperCase()}`;
      return text(next) === '(' ? 'CREATE' : null;
    case 'merge':
    case 'foreach':
      return text(next) === '(' ? keyword.toUpperCase() : null;
    case 'delete':
      return word(next) || text(next) === '(' ? 'DELETE' : null;
    case 'set':
      // SET n.x = …, SET n:Label, SET n = {…}, SET n += {…}, SET n[key] = …
      return word(next) && ['.', ':', '=', '+', '['].includes(text(afterNext)) ? 'SET' : null;
    case 'remove':
      return word(next) && ['.', ':', '['].includes(text(afterNext)) ? 'REMOVE' : null;
    case 'load':
      return isWord(next, 'csv') ? 'LOAD CSV' : null;
    default:
      return index === 0 && ADMINISTRATION.has(keyword) && word(next) ? `${keyword.toUpperCase()} ${next!.text.toUpperCase()}` : null;
  }
}

/** `CALL a.b.c(` → "a.b.c", when a procedure (not a subquery) is called at `index`. */
function calledProcedure(tokens: Token[], index: number): string | null {
  if (!isWord(tokens[index], 'call') || !atClauseStart(tokens, index) || !word(tokens[index + 1])) return null;
  // `db`.`labels` is db.labels too.
  const part = (token: Token) => token.text.replace(/^`(.*)`$/, '$1');
  let name = part(tokens[index + 1]!);
  let at = index + 2;
  while (tokens[at]?.kind === 'dot' && word(tokens[at + 1])) {
    name += `.${part(tokens[at + 1]!)}`;
    at += 2;
  }
  return name;
}

/** Why the console refuses the statement from its text alone, or null (the plan then decides). */
export function clauseRefusal(tokens: Token[]): string | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const clause = refusedClause(tokens, index);
    if (clause) return `The console is read-only: ${clause} is not allowed.`;
    const procedure = calledProcedure(tokens, index);
    if (procedure !== null && !ALLOWED_PROCEDURES.has(procedure)) {
      return `The procedure ${procedure} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`;
    }
  }
  return null;
}
