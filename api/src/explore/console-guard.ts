/**
 * What the read-only console refuses, judged on the EXPLAIN plan rather than on the text, so
 * comments, odd spacing or nested subqueries cannot hide a write, a file read or an admin command.
 */

/** Procedures the console may call: schema introspection only, nothing that reads files or URLs. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/**
 * Plan operators that write, read outside the graph or administer the server. The READ access mode
 * would reject writes anyway; the plan check also stops what READ allows (LOAD CSV, SHOW, TERMINATE).
 */
const REFUSED_OPERATOR =
  /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|TransactionForeach|TransactionApply|LoadCSV|Show|Terminate|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Deallocate|Wait|Assert|DoNothing|Log|Copy|AdministrationCommand|SystemProcedureCall)/;

export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** The procedure a ProcedureCall operator runs, from its details ("db.labels() :: (…)"). */
function procedureName(operator: PlanOperator): string {
  const details = String(operator.arguments.Details ?? operator.arguments.Signature ?? '');
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
}

/** Why a plan may not run, or null when it only reads the graph. */
export function refusalReason(queryType: string | undefined, plan: PlanOperator | false | undefined): string | null {
  if (!plan) return 'The statement has no query plan; only read queries are allowed.';
  const stack: PlanOperator[] = [plan];
  while (stack.length > 0) {
    const operator = stack.pop()!;
    const name = operator.operatorType.split('@')[0] ?? '';
    if (REFUSED_OPERATOR.test(name)) return `The console is read-only: the plan contains ${name}, which is not allowed.`;
    if (name.includes('Procedure')) {
      const procedure = procedureName(operator);
      if (!ALLOWED_PROCEDURES.has(procedure)) {
        return `The procedure ${procedure} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`;
      }
    }
    stack.push(...operator.children);
  }
  // 'r' is read-only; 'w', 'rw' and 's' (schema) change something.
  if (queryType !== 'r') return 'The console is read-only: the statement would change the database.';
  return null;
}

const PREFIX = 'EXPLAIN ';

/** The statement to plan, refusing a user's own EXPLAIN/PROFILE (PROFILE would run the query). */
export function explainStatement(cypher: string): string {
  return `${PREFIX}${cypher}`;
}

/** Whether the text starts with EXPLAIN or PROFILE (after comments and spaces). */
export function startsWithPlanKeyword(cypher: string): boolean {
  const withoutComments = cypher.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
  return /^\s*(EXPLAIN|PROFILE)\b/i.test(withoutComments);
}

/** Neo4j's error message about "EXPLAIN <query>", restated about the user's own query. */
export function withoutExplainPrefix(message: string): string {
  return message
    .replace(
      /\(line 1, column (\d+) \(offset: (\d+)\)\)/g,
      (_m, column: string, offset: string) =>
        `(line 1, column ${Math.max(1, Number(column) - PREFIX.length)} (offset: ${Math.max(0, Number(offset) - PREFIX.length)}))`,
    )
    .replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_m, line: string, column: string, offset: string) =>
      line === '1' ? _m : `(line ${line}, column ${column} (offset: ${Math.max(0, Number(offset) - PREFIX.length)}))`,
    )
    .replace(/"EXPLAIN ([^\n]*)"\n( *)\^/g, (_m, line: string, spaces: string) => `"${line}"\n${spaces.slice(PREFIX.length)}^`)
    .replace(/"EXPLAIN /g, '"');
}

/** The most values one range() may produce in the console. */
export const CONSOLE_MAX_RANGE = 1_000_000;

/** An integer literal or a parameter's integer value; null when the bound is an expression. */
function boundValue(text: string, params: Record<string, unknown>): number | null {
  const trimmed = text.trim();
  if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  const param = /^\$(\w+)$/.exec(trimmed)?.[1];
  const value = param === undefined ? undefined : params[param];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * Neo4j 5 cannot interrupt one long expression: `reduce(s = "", x IN range(1, 100000000) | s + "x")`
 * keeps a server thread busy after its transaction is terminated ("Terminated" in SHOW
 * TRANSACTIONS, still running). The console therefore refuses a range() of more than
 * CONSOLE_MAX_RANGE values when its bounds are literals or parameters. A range whose bounds are
 * computed still runs, under the transaction timeout and the API's own deadline.
 */
export function rangeRefusal(cypher: string, params: Record<string, unknown>): string | null {
  const withoutComments = cypher.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
  for (const match of withoutComments.matchAll(/\brange\s*\(([^()]*)\)/gi)) {
    const parts = (match[1] ?? '').split(',');
    if (parts.length < 2 || parts.length > 3) continue;
    const [start, end, step] = [boundValue(parts[0] ?? '', params), boundValue(parts[1] ?? '', params), boundValue(parts[2] ?? '1', params)];
    if (start === null || end === null || step === null || step === 0) continue;
    const count = Math.floor((end - start) / step) + 1;
    if (count > CONSOLE_MAX_RANGE) {
      return `range() may produce at most ${CONSOLE_MAX_RANGE} values in the console (this one: ${count}); Neo4j cannot stop one long expression once it runs.`;
    }
  }
  return null;
}
