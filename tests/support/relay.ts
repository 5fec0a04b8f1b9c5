import net from 'node:net';

/**
 * A TCP relay between the app and Neo4j that can be cut and restored, so a test (or `npm run
 * chaos`) sees Neo4j vanish from the network and come back without stopping the server.
 */
export class Relay {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  /** Bytes relayed from the target to the clients, for tests that check how much a client read. */
  received = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const [socket, other] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(socket);
        // Like a network path: when one end goes away, so does the other (the target sees the client leave).
        socket.on('close', () => {
          this.sockets.delete(socket);
          other.destroy();
        });
        socket.on('error', () => socket.destroy());
      }
      upstream.on('data', (chunk: Buffer) => {
        if (client.writable) this.received += chunk.length;
      });
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }

  /** Drops every open connection and stops accepting new ones (connections are refused). */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
