import fc from 'fast-check';

/**
 * Request generators for the property-based fuzz suite (tests/integration/api-fuzz.test.ts and
 * `npm run fuzz`). They are built from the app's own OpenAPI document, so a new route or parameter
 * is fuzzed without editing this file, plus the routes the document does not describe (export,
 * import). Each parameter gets values that follow its schema, values close to its bounds, and
 * garbage; bodies and headers likewise.
 */

export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path and query, already encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The OpenAPI path (or extra route) this request targets, for the figures. */
  route: string;
}

interface ParameterSchema {
  type?: string;
  enum?: string[];
  items?: ParameterSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: ParameterSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

/** Values that have broken parsers elsewhere: control characters, Unicode edge cases, operators, huge numbers. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202e',
  '😀',
  'é',
  '\ud800',
  '%',
  '%25',
  '..',
  '../../etc/passwd',
  '*',
  '~',
  '"',
  "'",
  '\\',
  '`',
  '$x',
  '{}',
  '[]',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '-9223372036854775809',
  'true',
  'a'.repeat(201),
  'a'.repeat(5000),
  'x OR 1=1',
  '" OR ""="',
  'AND NOT (',
  'foo~999',
  'foo^999',
  '/.*/',
  '<script>alert(1)</script>',
  'MATCH (n) DETACH DELETE n',
  "') RETURN 1 //",
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: nasty },
);

/** A value following the schema of one parameter, or one just outside it, or garbage. */
function valueFor(schema: ParameterSchema, ids: string[], strict = false): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids);
  const valid = ((): fc.Arbitrary<string> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    if (schema.type === 'integer' || schema.type === 'number') {
      const min = schema.minimum ?? -5;
      const max = schema.maximum ?? min + 100;
      if (strict) return fc.integer({ min, max: Math.min(max, min + 10) }).map(String);
      return fc.oneof(fc.integer({ min: min - 2, max: max + 2 }), fc.double({ noNaN: false })).map(String);
    }
    if (schema.type === 'array' && schema.items) {
      const item = valueFor(schema.items, ids, strict);
      const bounds = strict
        ? { minLength: Math.max(1, schema.minItems ?? 1), maxLength: Math.min(schema.maxItems ?? 5, 5) }
        : { minLength: 0, maxLength: Math.min(schema.maxItems ?? 5, 60) + 2 };
      return fc.array(item, bounds).map((items) => items.join(','));
    }
    if (schema.pattern === '^[A-Za-z0-9][A-Za-z0-9._-]*$')
      return fc.oneof({ weight: 4, arbitrary: id }, { weight: 1, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) });
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
    if (schema.type === 'string')
      return fc.oneof(id, fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 50, 300) }));
    return text;
  })();
  return strict ? valid : fc.oneof({ weight: 5, arbitrary: valid }, { weight: 2, arbitrary: text });
}

/** encodeURIComponent throws on a lone surrogate; send U+FFFD there, as a browser would. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** The parser is 'extended' (qs): brackets make nested objects and arrays, which zod must refuse with 400. */
function encodeQuery(pairs: Array<[string, string]>): string {
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

const queryShapes = (name: string, value: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 8, arbitrary: value.map((v): Array<[string, string]> => [[name, v]]) },
    // Repeated key: an array where the schema may expect a string.
    {
      weight: 1,
      arbitrary: fc.tuple(value, value).map(([a, b]): Array<[string, string]> => [
        [name, a],
        [name, b],
      ]),
    },
    // qs nesting: name[x]=…, name[]=…
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('[]', '[0]', '[a]', '[a][b]', '[__proto__]'), value)
        .map(([suffix, v]): Array<[string, string]> => [[`${name}${suffix}`, v]]),
    },
  );

/** Headers a client might send, including a `Content-Encoding` that does not match the body (issue 13, finding 7). */
const headers = fc.record(
  {
    'content-encoding': fc.constantFrom('foo', 'gzip', 'deflate', 'br', 'identity', 'gzip, br', ''),
    accept: fc.constantFrom('*/*', 'application/json', 'text/html', 'application/xml', '', 'garbage/garbage;q=x'),
    'accept-encoding': fc.constantFrom('gzip', 'br', 'deflate', 'identity', '*', 'gzip;q=0', 'x-unknown'),
    'accept-language': fc.constantFrom('fr', 'en', 'fr-FR,en;q=0.5', '*', 'zz'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1', 'garbage', '1.2.3.4, 5.6.7.8'),
    authorization: fc.constantFrom('Bearer x', 'Basic Zm9vOmJhcg==', 'Bearer ' + 'a'.repeat(300), ''),
    range: fc.constantFrom('bytes=0-10', 'bytes=x', 'bytes=-1'),
    'if-none-match': fc.constantFrom('"x"', '*', 'W/"y"'),
  },
  { requiredKeys: [] },
);

/** GET (mostly) with the operation's parameters, some missing, some extra, some malformed. */
function operationRequest(route: string, method: string, operation: Operation, ids: string[], strict: boolean): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const pathValues = fc.tuple(...pathParams.map((p) => valueFor(p.schema, ids, strict)));
  const query = strict
    ? fc.tuple(
        ...queryParams.map((p) =>
          p.required
            ? valueFor(p.schema, ids, true).map((v): Array<[string, string]> => [[p.name, v]])
            : fc.option(
                valueFor(p.schema, ids, true).map((v): Array<[string, string]> => [[p.name, v]]),
                { freq: 2, nil: undefined },
              ),
        ),
      )
    : fc.tuple(
        ...queryParams.map((p) =>
          fc.option(
            queryShapes(p.name, valueFor(p.schema, ids)),
            // Required parameters are usually present; optional ones about half the time.
            { freq: p.required ? 8 : 2, nil: undefined },
          ),
        ),
        fc.option(queryShapes('unknown', text), { freq: 8, nil: undefined }),
      );
  const verb = strict
    ? fc.constant(method.toUpperCase() as FuzzRequest['method'])
    : fc.oneof(
        { weight: 12, arbitrary: fc.constant(method.toUpperCase() as FuzzRequest['method']) },
        { weight: 1, arbitrary: fc.constantFrom<FuzzRequest['method']>('POST', 'PUT', 'DELETE', 'PATCH') },
      );
  const body =
    method === 'post' ? (strict ? validConsoleBody : consoleBody) : fc.option(fc.constantFrom('{}', 'x', '[]'), { freq: 6, nil: undefined });
  return fc.tuple(pathValues, query, strict ? fc.constant({}) : headers, verb, body).map(([values, pairs, extraHeaders, verbChoice, bodyChoice]) => {
    let path = route;
    pathParams.forEach((p, index) => (path = path.replace(`{${p.name}}`, encode(values[index]!))));
    const flat = pairs.flatMap((pair) => pair ?? []);
    const search = encodeQuery(flat);
    const request: FuzzRequest = {
      method: verbChoice,
      url: search ? `${path}?${search}` : path,
      headers: { ...extraHeaders },
      route: `${method.toUpperCase()} ${route}`,
    };
    if (bodyChoice !== undefined && verbChoice !== 'GET') {
      if (typeof bodyChoice === 'string') {
        request.body = bodyChoice;
        request.headers['content-type'] = 'application/json';
      } else {
        request.body = bodyChoice.body;
        request.headers['content-type'] = bodyChoice.contentType;
      }
    }
    return request;
  });
}

/** Read-only Cypher the console must run, writes it must refuse, and things that are not Cypher at all. */
const cypher = fc.oneof(
  fc.constantFrom(
    'RETURN 1',
    'MATCH (a:Actor) RETURN a.id LIMIT 5',
    'MATCH (n) RETURN count(n)',
    'MATCH (a)-[r]->(b) RETURN type(r), count(*) LIMIT 5',
    'RETURN $x',
    'UNWIND range(1, 10) AS x RETURN x',
    'CREATE (n:Fuzz) RETURN n',
    'MERGE (n:Actor {id: "fuzz"}) RETURN n',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n:Actor) SET n.name_en = "fuzzed"',
    'MATCH (n) REMOVE n.id',
    'CALL db.createLabel("Fuzz")',
    'CREATE INDEX fuzz FOR (n:Fuzz) ON (n.x)',
    'DROP INDEX fuzz',
    'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line',
    'CALL dbms.security.createUser("x", "y", false)',
    'RETURN 1; CREATE (n:Fuzz)',
    'CALL { CREATE (n:Fuzz) } IN TRANSACTIONS',
    'FOREACH (x IN [1] | CREATE (:Fuzz))',
    'SHOW TRANSACTIONS',
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'USE system SHOW USERS',
    'MATCH (n) RETURN n LIMIT 1000000',
  ),
  text,
);

const jsonParams = fc.oneof(
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 }),
  fc.record({ x: fc.jsonValue({ maxDepth: 3 }) }),
);

/** A console request in the documented shape. */
const validConsoleBody = fc
  .record({ cypher, params: fc.option(jsonParams, { nil: undefined }) }, { requiredKeys: ['cypher'] })
  .map((value) => ({ body: JSON.stringify(value), contentType: 'application/json' }));

/**
 * Parameters nested far deeper than the console allows (finding 7: 5,000 levels overflowed the
 * stack). Written as text: JSON.stringify itself would overflow inside the generator.
 */
const deepParamsBody = fc.integer({ min: 30, max: 6000 }).map((depth) => ({
  body: `{"cypher":"RETURN $deep","params":{"deep":${'[{"x":'.repeat(depth)}1${'}]'.repeat(depth)}}}`,
  contentType: 'application/json',
}));

/** A console request body: JSON objects of the right shape, of the wrong shape, and bodies that are not JSON. */
const consoleBody = fc.oneof(
  { weight: 1, arbitrary: deepParamsBody },
  {
    weight: 6,
    arbitrary: fc
      .record({ cypher, params: fc.option(jsonParams, { nil: undefined }) }, { requiredKeys: ['cypher'] })
      .map((value) => ({ body: JSON.stringify(value), contentType: 'application/json' })),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ body: JSON.stringify(value), contentType: 'application/json' })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        text,
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
          'application/json; charset=iso-8859-1',
          '',
        ),
      )
      .map(([body, contentType]) => ({ body, contentType })),
  },
);

/** Routes that the OpenAPI document does not describe but that take input all the same. */
function extraRoutes(ids: string[]): fc.Arbitrary<FuzzRequest> {
  const id = fc.constantFrom(...ids);
  const exportCount = fc
    .tuple(
      fc.array(fc.oneof(id, text), { maxLength: 4 }),
      fc.option(fc.constantFrom('coe-network', 'nope', ''), { nil: undefined }),
      fc.option(text, { nil: undefined }),
    )
    .map(([chosen, view, searchText]): FuzzRequest => {
      const pairs: Array<[string, string]> = [];
      if (chosen.length) pairs.push(['ids', chosen.join(',')]);
      if (view !== undefined) pairs.push(['view', view]);
      if (searchText !== undefined) pairs.push(['text', searchText]);
      return { method: 'GET', url: `/api/export/count?${encodeQuery(pairs)}`, headers: {}, route: 'GET /api/export/count' };
    });
  const exportFile = fc
    .tuple(
      fc.constantFrom('gexf', 'graphml', 'csv', 'jsonl', 'cytoscape', 'cypher', 'xlsx', ''),
      fc.array(fc.oneof(id, text), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
    )
    .map(([format, chosen, asPost]): FuzzRequest =>
      asPost
        ? {
            method: 'POST',
            url: `/api/export?format=${encode(format)}`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ids: chosen }),
            route: 'POST /api/export',
          }
        : {
            method: 'GET',
            url: `/api/export?${encodeQuery([
              ['format', format],
              ['ids', chosen.join(',')],
            ])}`,
            headers: {},
            route: 'GET /api/export',
          },
    );
  // No ADMIN_TOKEN in the test app, and wrong tokens otherwise: import must refuse without touching the graph.
  const importAttempt = fc
    .tuple(
      fc.constantFrom('', 'Bearer wrong-token-0123456789', 'Bearer ', 'Basic x'),
      fc.constantFrom('{"nodes":[{"id":"fuzz","labels":["Actor"]}]}', '', 'id,label\nfuzz,Actor\n', 'PK\u0003\u0004garbage'),
      fc.constantFrom('application/json', 'text/csv', 'application/zip', ''),
    )
    .map(([authorization, body, contentType]): FuzzRequest => ({
      method: 'POST',
      url: '/api/import?format=json',
      headers: { ...(authorization ? { authorization } : {}), ...(contentType ? { 'content-type': contentType } : {}) },
      body,
      route: 'POST /api/import',
    }));
  const unknown = fc
    .tuple(fc.constantFrom('/api/nope', '/api/nodes', '/api/views/', '/api/../api/health', '/api//search', '/api/search/extra'), text)
    .map(([path, value]): FuzzRequest => ({
      method: 'GET',
      url: `${path}?q=${encode(value)}`,
      headers: {},
      route: 'GET (no such route)',
    }));
  // Malformed percent-encoding in the path (finding 7), before any route matches.
  const malformedPath = fc
    .tuple(fc.constantFrom('/%ff', '/assets/%c0%ae', '/api/%ff', '/api/nodes/%e0%a4', '/%', '/api/search%zz', '/assets/%2e%2e/%ff'), text)
    .map(([path, value]): FuzzRequest => ({ method: 'GET', url: `${path}?q=${encode(value)}`, headers: {}, route: 'GET (malformed path)' }));
  return fc.oneof(exportCount, exportFile, importAttempt, unknown, malformedPath);
}

/** Every operation of the document, weighted equally, plus the undocumented routes. */
export function fuzzRequests(document: OpenApiDocument, ids: string[]): fc.Arbitrary<FuzzRequest> {
  const operations: Array<fc.Arbitrary<FuzzRequest>> = [];
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      // Half follow the document exactly (so the routes' real work is fuzzed too), half bend it.
      operations.push(fc.oneof(operationRequest(route, method, operation, ids, true), operationRequest(route, method, operation, ids, false)));
    }
  }
  return fc.oneof(...operations, extraRoutes(ids));
}
