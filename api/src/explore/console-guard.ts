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
