/**
 * The bytes a console worker may read from Neo4j, counted on the socket before the driver decodes
 * them. The driver decodes a record only once its whole Bolt message has arrived, and decoding is
 * the costly part: `RETURN range(1, 10000000)` is one ~50 MB message that Neo4j streams in about
 * a second, but whose ten million Integer objects kept the worker busy until its heap gave out
 * (413 after 13.6 s at load 10, 408 after 16 s at load 12). Cutting the connection once more
 * than the cap has arrived means a record larger than it is never decoded at all; closing the
 * connection also ends the transaction in Neo4j.
 *
 * The driver's sockets are found through Node's `net.client.socket` diagnostics channel, which
 * `net.connect` publishes: it covers `bolt://` and `neo4j://`. Encrypted connections (`+s`,
 * `+ssc`) are opened by `tls.connect`, which publishes nothing; there the worker's heap limit is
 * the only bound (docs/reliability.md).
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/** Neo4j error code the worker reports when it cut the result at the cap. */
export const RESULT_TOO_LARGE = 'Liaison.Console.ResultTooLarge';

/**
 * Counts what every TCP connection opened from now on in this thread receives, and destroys the
 * one that passes `maxBytes` (the driver then fails the pending result). Returns whether it did.
 * A console worker opens one connection, for one statement.
 */
export function capReceivedBytes(maxBytes: number): () => boolean {
  let exceeded = false;
  subscribe('net.client.socket', (message) => {
    const { socket } = message as { socket: Socket };
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes || exceeded) return;
      exceeded = true;
      socket.destroy(new Error(`The console read more than ${maxBytes} bytes of results.`));
    });
  });
  return () => exceeded;
}
