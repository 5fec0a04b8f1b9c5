import { describe, expect, it } from 'vitest';
import { warmUp } from '../../api/src/explore/warm-up.js';
import { seededForFile } from '../support/db.js';

const file = seededForFile();

describe('start-up warm-up', () => {
  it('runs every hot read of the explorer on the seed graph, with inputs its contracts accept', async () => {
    const report = await warmUp(file.db);
    console.log(`warm-up on a cold Neo4j: ${JSON.stringify(report.took)} (${report.ms} ms)`);
    // A contract that changes under the warm-up would turn its read into a failure here, not a silent cold start.
    expect(report.failed).toEqual([]);
    expect(report.ran).toEqual([
      'overview',
      'documents',
      'search',
      'expand',
      'node details',
      'timeline',
      'cooperation',
      'map places',
      'map measures',
      'map status',
      'shortest path',
    ]);
  });

  it('on an empty graph skips the reads about an actor or instrument and fails none', async () => {
    // The file's afterAll loads the seed again for the next file.
    await file.db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: file.db.config.database });
    const report = await warmUp(file.db);
    expect(report.failed).toEqual([]);
    expect(report.ran).toEqual(['overview', 'documents', 'search', 'timeline', 'cooperation', 'map places', 'map measures']);
  });
});
