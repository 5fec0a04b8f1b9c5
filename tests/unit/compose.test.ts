import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { envSchema } from '../../api/src/env.js';
import { NEO4J_VERSION } from '../../tools/neo4j/version.js';

const root = path.resolve(import.meta.dirname, '../..');
/** The parts of docker-compose.yml the tests read; anything else may be there too. */
const composeFile = z.object({
  services: z.record(
    z.string(),
    z.looseObject({
      image: z.string().optional(),
      build: z.string().optional(),
      environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
      healthcheck: z.object({ test: z.array(z.string()) }).optional(),
      volumes: z.array(z.string()).optional(),
      ports: z.array(z.string()).default([]),
      depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
    }),
  ),
  volumes: z.record(z.string(), z.unknown()),
});
const compose = composeFile.parse(parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')));
const configKeys = Object.keys(envSchema.shape);

describe('docker-compose.yml', () => {
  it('has exactly the neo4j and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  it('runs the same Neo4j patch as development, community edition', () => {
    expect(compose.services.neo4j?.image).toBe(`neo4j:${NEO4J_VERSION}-community`);
    const pom = readFileSync(path.join(root, 'tools/neo4j/pom.xml'), 'utf8');
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
  });

  it('gives neo4j a healthcheck, a named volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.healthcheck?.test?.join(' ')).toContain('cypher-shell');
    const [volume] = String(neo4j.volumes?.[0]).split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it('starts the app after neo4j is healthy, built from the Dockerfile', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  });

  it('configures the app only with variables the config schema knows', () => {
    const app = compose.services.app!;
    const names = Object.keys(app.environment ?? {});
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(configKeys, `${name} is not in api/src/env.ts`).toContain(name);
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('publishes the app port it listens on', () => {
    const app = compose.services.app!;
    const [mapping] = app.ports;
    expect(mapping?.split(':').at(-1)).toBe(String(app.environment.PORT));
  });
});

describe('README', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('documents every configuration variable', () => {
    for (const key of configKeys) expect(readme, `${key} missing from the README table`).toMatch(new RegExp(`\\|\\s*\`${key}\``));
  });

  it('starts with the two commands, and CI runs the README test command', () => {
    const firstBlock = readme.slice(0, readme.indexOf('## Prerequisites'));
    expect(firstBlock).toContain('npm start');
    expect(firstBlock).toContain('npm test');
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
