import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must look like 512m or 1g');
/** A Neo4j memory setting: a size, or 0 for "no limit". */
const memoryLimit = z.string().regex(/^(0|\d+[kmg])$/i, 'must look like 128m or 1g (0: no limit)');
const perMinute = z.coerce.number().int().positive();
const milliseconds = z.coerce.number().int().positive();

/**
 * Every setting Liaison reads. This schema is the only reader of process.env; the README's
 * configuration table and the compose test are checked against its keys.
 */
export const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s/]+/, 'must be a bolt://, neo4j:// or neo4j+s:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters (a Neo4j rule)').optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a Neo4j database name')
      .default('neo4j'),
    NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
    NEO4J_HEAP: memorySize.default('512m'),
    NEO4J_PAGECACHE: memorySize.default('256m'),
    NEO4J_TX_MEMORY: memoryLimit.default('128m'),
    NEO4J_TX_MEMORY_TOTAL: memoryLimit.default('320m'),
    NEO4J_TX_LOG_ROTATION_SIZE: memorySize.default('256m'),
    NEO4J_STATE_DIR: z.string().min(1).optional(),
    NEO4J_START_TIMEOUT_S: z.coerce.number().int().positive().default(180),
    NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
    PATHS_K_SHORTEST_BUDGET_MS: milliseconds.default(2000),
    SEED_ON_START: booleanFlag.default(true),
    QUERY_CONSOLE_ENABLED: booleanFlag.default(true),
    ADMIN_TOKEN: z.string().min(16, 'must have at least 16 characters').optional(),
    SESSION_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 365)
      .default(12),
    READ_REQUIRES_LOGIN: booleanFlag.default(false),
    SIGN_IN_RATE_PER_MIN: perMinute.default(10),
    WEB_TEST_HOOK: booleanFlag.default(false),
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    INGEST_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(25 * 1024 * 1024),
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, 'must be an http:// or https:// URL')
      .optional(),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    RATE_LIMIT_CONSOLE_PER_MIN: perMinute.default(60),
    RATE_LIMIT_SEARCH_PER_MIN: perMinute.default(600),
    RATE_LIMIT_EXPORT_PER_MIN: perMinute.default(30),
    HTTP_HEADERS_TIMEOUT_MS: milliseconds.default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: milliseconds.default(120_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds.default(5_000),
    HTTP_MAX_HEADER_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(16 * 1024),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
    // Node refuses a header timeout longer than the whole request's.
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS' });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Thrown when the environment is invalid; the message names every bad variable. */
export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the environment; empty strings count as unset so `VAR= npm start` means "default". */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message })));
  }
  return result.data;
}
