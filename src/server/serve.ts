import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createServerApp } from './app.js';
import { authority, isWildcard, type ServerOptions } from './options.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the server on a socket; port 0 takes any free port. Resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = createServerApp(options);
  const { host, port } = server.options;
  const socket = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: server.app.fetch, hostname: host, port }, () => { resolve(s); });
    s.once('error', reject);
  });
  const actual = (socket.address() as AddressInfo).port;
  // The Host check and the feed URL use the real port.
  server.options.port = actual;
  return {
    // A wildcard address is no place to browse to: the URL names this machine.
    url: `http://${authority(isWildcard(host) ? '127.0.0.1' : host, actual)}/`,
    port: actual,
    async close() {
      await new Promise<void>((resolve) => {
        socket.close(() => { resolve(); });
        // Keep-alive connections would hold close() open.
        if ('closeAllConnections' in socket) socket.closeAllConnections();
      });
      await server.close();
    },
  };
}
