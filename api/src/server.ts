import { createServer, type RequestListener, type Server } from 'node:http';

/** Slow-client and header limits of the HTTP server (HTTP_* in env.ts). */
export interface ServerLimits {
  /** A client must finish sending its headers within this time (slowloris), else 408 and close. */
  headersTimeoutMs: number;
  /** A whole request, body included, must arrive within this time (a 50 MB import on a slow link fits). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** Larger request headers get 431. */
  maxHeaderBytes: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
};

/**
 * The HTTP server of the app, with its limits. Node checks the header and request timeouts every
 * connectionsCheckingInterval (30 s by default): a shorter interval makes them bite on time.
 */
export function createHttpServer(app: RequestListener, limits: ServerLimits = DEFAULT_SERVER_LIMITS): Server {
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    app,
  );
  // Bounds the number of requests one keep-alive connection may carry, as reverse proxies do.
  server.maxRequestsPerSocket = 1000;
  return server;
}

/** Listens and resolves once the port is open. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
    server.listen(port, host);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}
