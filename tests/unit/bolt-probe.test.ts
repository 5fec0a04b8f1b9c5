import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Neo4jAvailability, startBoltProbe } from '../../api/src/db/availability.js';

/**
 * Issue 13, chaos "network cut": the first 503 came ~4 s after the cut, because the probe went
 * through the driver's transaction retry loop (a failed transaction is retried once after ~1 s,
 * even with maxTransactionRetryTime 0), so a refused connection looked like three slow probes.
 * A server that accepts and drops every connection (what a cut looks like to the driver) must be
 * reported down by the very first probe: one connection, and the "unavailable" outage.
 */
let server: net.Server | undefined;
let probe: { stop(): Promise<void> } | undefined;

afterEach(async () => {
  await probe?.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('the Bolt probe', () => {
  it('marks Neo4j down from its first failed connection, without waiting for a driver retry', async () => {
    let connections = 0;
    server = net.createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;

    const availability = new Neo4jAvailability();
    const down = new Promise<number>((resolve) => availability.onChange((up) => (up ? undefined : resolve(connections))));
    // A long probe interval: a second probe cannot start before the first one's verdict.
    probe = startBoltProbe(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'unused', database: 'neo4j', queryTimeoutMs: 1000 },
      availability,
      {
        intervalMs: 60_000,
        timeoutMs: 30_000,
      },
    );
    const connectionsWhenDown = await down;
    expect(connectionsWhenDown).toBe(1);
    expect(availability.outage?.message).toMatch(/unavailable/);
  });
});
