/**
 * A load balancer for several API processes on one machine (the test stack's cluster stage, the bench): each request
 * goes to the next API in turn, so one user's consecutive requests meet different processes, as behind a county's
 * load balancer. It is transparent: it adds no header and connects to the API from the client's own loopback
 * address (any 127.x address can be bound), so the API sees the peer it would see without it (TRUST_PROXY tests).
 * A production balancer (nginx, HAProxy, a cloud LB) adds X-Forwarded-For instead: docs/deployment.md.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningProxy {
  url: string;
  /** requests sent to each upstream port so far */
  counts(): Record<number, number>;
  stop(): Promise<void>;
}

const loopbackOf = (address: string | undefined) => {
  const v4 = address?.replace(/^::ffff:/, '');
  return v4 && v4.startsWith('127.') ? v4 : undefined;
};

export function startRoundRobinProxy(listenPort: number, upstreamPorts: number[], host = '127.0.0.1') {
  // idle upstream connections are dropped well before the API's keep-alive (65 s) ends them under a request
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 });
  const counts: Record<number, number> = Object.fromEntries(upstreamPorts.map((p) => [p, 0]));
  let next = 0;
  const server = http.createServer((req, res) => {
    const port = upstreamPorts[next++ % upstreamPorts.length];
    counts[port] += 1;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
        localAddress: loopbackOf(req.socket.remoteAddress),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      if (res.headersSent) return res.destroy(e);
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: `API on port ${port}: ${e.message}` } }));
    });
    req.pipe(upstream);
  });
  // as the API does: clients' idle connections close from their side first
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise<RunningProxy>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        counts: () => ({ ...counts }),
        stop: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
