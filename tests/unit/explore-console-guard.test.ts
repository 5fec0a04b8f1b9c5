import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PROCEDURES,
  refusalReason,
  startsWithPlanKeyword,
  withoutExplainPrefix,
  type PlanOperator,
} from '../../api/src/explore/console-guard.js';

const op = (operatorType: string, children: PlanOperator[] = [], details?: string): PlanOperator => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details ? { Details: details } : {},
  children,
});

describe('refusalReason', () => {
  it('accepts read-only plans and allowed procedures', () => {
    expect(refusalReason('r', op('ProduceResults', [op('Projection', [op('NodeByLabelScan')])]))).toBeNull();
    for (const name of ALLOWED_PROCEDURES) {
      expect(refusalReason('r', op('ProduceResults', [op('ProcedureCall', [], `${name}() :: (x :: STRING)`)]))).toBeNull();
    }
  });

  it('refuses a write operator anywhere in the plan, even below read operators', () => {
    for (const writer of [
      'Create',
      'Merge',
      'SetProperty',
      'SetLabels',
      'RemoveLabels',
      'Delete',
      'DetachDelete',
      'Foreach',
      'SubqueryForeach',
      'TransactionForeach',
    ]) {
      const plan = op('ProduceResults', [op('Projection', [op('Apply', [op('NodeByLabelScan'), op(writer)])])]);
      expect(refusalReason('r', plan), writer).toMatch(writer);
    }
  });

  it('refuses LOAD CSV, administration and show/terminate commands even in read plans', () => {
    for (const operator of [
      'LoadCSV',
      'ShowIndexes',
      'ShowTransactions',
      'TerminateTransactions',
      'CreateIndex',
      'DropIndex',
      'DoNothingIfExists(INDEX)',
    ]) {
      expect(refusalReason('r', op('ProduceResults', [op(operator)])), operator).not.toBeNull();
    }
    expect(refusalReason('s', { operatorType: 'AdministrationCommand@system', arguments: {}, children: [] })).not.toBeNull();
  });

  it('refuses procedures outside the allow-list', () => {
    for (const details of [
      'db.createLabel($x) :: ()',
      'dbms.components() :: (name :: STRING)',
      'apoc.load.json($url) :: (value :: MAP)',
      'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)',
    ]) {
      expect(refusalReason('r', op('ProduceResults', [op('ProcedureCall', [], details)])), details).toMatch(/not allowed/);
    }
  });

  it('refuses any query type but read, and a missing plan', () => {
    expect(refusalReason('rw', op('ProduceResults'))).not.toBeNull();
    expect(refusalReason('w', op('ProduceResults'))).not.toBeNull();
    expect(refusalReason('s', op('ProduceResults'))).not.toBeNull();
    expect(refusalReason('r', false)).not.toBeNull();
  });
});

describe('startsWithPlanKeyword', () => {
  it('sees EXPLAIN and PROFILE behind comments and spaces', () => {
    expect(startsWithPlanKeyword('profile MATCH (n) RETURN n')).toBe(true);
    expect(startsWithPlanKeyword('/* hi */\n // there\n EXPLAIN MATCH (n) RETURN n')).toBe(true);
    expect(startsWithPlanKeyword('MATCH (n) RETURN n.explain')).toBe(false);
  });
});

describe('withoutExplainPrefix', () => {
  it("restates Neo4j's syntax error about the user's own text", () => {
    const message = 'Invalid input \'\': expected an expression (line 1, column 21 (offset: 20))\n"EXPLAIN RETURN 1 +"\n                    ^';
    expect(withoutExplainPrefix(message)).toBe(
      'Invalid input \'\': expected an expression (line 1, column 13 (offset: 12))\n"RETURN 1 +"\n            ^',
    );
    expect(withoutExplainPrefix('x (line 2, column 5 (offset: 30))')).toBe('x (line 2, column 5 (offset: 22))');
  });
});
