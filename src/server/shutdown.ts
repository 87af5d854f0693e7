import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long after the last response an idle keep-alive connection still gets to send one more request. */
const LINGER_MS = 500;
const POLL_MS = 20;

/** Counts the requests a server is answering, so a shutdown knows when they are all done. */
export function trackRequests(server: Server): { inFlight(): number; lastFinishedAt(): number } {
  let inFlight = 0;
  let lastFinishedAt = 0;
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      lastFinishedAt = Date.now();
    });
  });
  return { inFlight: () => inFlight, lastFinishedAt: () => lastFinishedAt };
}

/**
 * Stops `server` gracefully: it stops accepting connections, lets the requests in flight finish
 * (their responses say `Connection: close`, set by the app while draining), gives a keep-alive
 * client that was between two requests a moment to send its next one (answered, then closed,
 * instead of reset), then closes the idle connections. Whatever is still open after `timeoutMs`
 * is cut off. Resolves with whether anything had to be cut off.
 */
export async function drainServer(
  server: Server,
  requests: ReturnType<typeof trackRequests>,
  timeoutMs: number,
): Promise<{ forced: boolean }> {
  const deadline = Date.now() + timeoutMs;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  // One turn of the event loop first, so connections the kernel already completed are accepted
  // rather than reset when the listening socket closes.
  await new Promise((resolve) => setImmediate(resolve));
  // net.Server's close stops accepting; http.Server's would also drop idle keep-alive
  // connections at once, resetting any request a client is sending on one right now.
  NetServer.prototype.close.call(server);
  const quietSince = () => Math.max(requests.lastFinishedAt(), deadline - timeoutMs);
  while (Date.now() < deadline) {
    if (requests.inFlight() === 0 && Date.now() - quietSince() >= Math.min(LINGER_MS, timeoutMs)) break;
    await sleep(POLL_MS);
  }
  server.closeIdleConnections();
  const forced = await Promise.race([
    closed.then(() => false),
    sleep(Math.max(0, deadline - Date.now())).then(() => true),
  ]);
  if (forced) server.closeAllConnections();
  await closed;
  return { forced };
}
