import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../api/src/db/records.js';
import type { Database } from '../../api/src/db/driver.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

/**
 * Analyst questions, each answered by a Cypher query over the loaded graph. The expected answers
 * were read in the source documents by a person, not computed from the graph.
 */
interface Question {
  question: string;
  cypher: string;
  expected: (string | number)[];
  ordered?: boolean;
}

const dir = path.resolve(import.meta.dirname, '../fixtures/questions');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const questions = files.flatMap((file) =>
  (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Question[]).map((question) => ({ ...question, file })),
);

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('analyst questions', () => {
  it('has at least 25 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
  });

  it.each(questions.map((q) => [`${q.file}: ${q.question}`, q] as const))('%s', async (_title, question) => {
    const result = await db.driver.executeQuery(question.cypher, {}, { database: db.config.database, routing: 'READ' });
    expect(result.keys).toEqual(['answer']);
    const answers = result.records.map((record) => toPlain(record.get('answer')) as string | number);
    if (question.ordered) expect(answers).toEqual(question.expected);
    else expect([...answers].sort()).toEqual([...question.expected].sort());
  });
});
