import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../../api/src/env.js';

function issuesOf(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues.map((issue) => issue.variable);
    throw error;
  }
  return [];
}

describe('environment', () => {
  it('applies the documented defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(8080);
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.NEO4J_BOLT_PORT).toBe(7687);
    expect(env.NEO4J_HEAP).toBe('512m');
    expect(env.NEO4J_PAGECACHE).toBe('256m');
    expect(env.SEED_ON_START).toBe(true);
  });

  it('names each bad variable', () => {
    expect(issuesOf({ PORT: 'eighty' })).toEqual(['PORT']);
    expect(issuesOf({ NEO4J_HEAP: 'lots' })).toEqual(['NEO4J_HEAP']);
    expect(issuesOf({ NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'password1' })).toEqual(['NEO4J_URI']);
    expect(issuesOf({ SEED_ON_START: 'maybe', LOG_LEVEL: 'loud' }).sort()).toEqual(['LOG_LEVEL', 'SEED_ON_START']);
  });

  it('requires a password with a remote server', () => {
    expect(issuesOf({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toEqual(['NEO4J_PASSWORD']);
  });

  it('accepts bolt://, neo4j:// and neo4j+s:// URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.local:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: 'password1' }).NEO4J_URI).toBe(uri);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ PORT: '', NEO4J_URI: '' }).PORT).toBe(8080);
  });

  it('puts every variable name in the error message', () => {
    expect(() => loadEnv({ PORT: '-1' })).toThrow(/PORT/);
  });
});
