import type { AddressInfo } from 'node:net';
import express, { Router } from 'express';
import { z } from 'zod';
import { createRoute } from '../../../api/openapi/route';
import { buildDocument, createRegistry } from '../../../api/openapi/document';
import { CSV_ANSWER } from '../../../api/shared/csv-export';
import { errorHandler } from '../../../api/middleware/error-handler';
import type { Logger } from '../../../platform/logger';

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() } as unknown as Logger;

/** A router with a secured JSON write, a public read and a CSV export, and the document it gives. */
function fixture() {
  const router = Router();
  const registry = createRegistry();
  const route = createRoute(router, registry);
  route(
    {
      method: 'post',
      path: '/things',
      summary: 'make a thing',
      tags: ['t'],
      body: z.object({ name: z.string() }),
      response: z.object({ ok: z.boolean() }),
      status: 201,
    },
    () => ({ ok: true }),
  );
  route(
    { method: 'get', path: '/public/things/:code', summary: 'one', tags: ['t'], public: true, response: z.object({}) },
    () => ({}),
  );
  route({ method: 'get', path: '/things/export.csv', summary: 'csv', tags: ['t'], ...CSV_ANSWER }, () => 'a,b\r\n');
  type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>> };
  return { router, registry, route, doc: buildDocument(registry) as unknown as Doc };
}

describe('OpenAPI responses of a route', () => {
  it('document every error status a route can answer, with the error body', () => {
    const { doc } = fixture();
    const secured = doc.paths['/api/things'].post.responses;
    expect(Object.keys(secured).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '503']);
    expect(secured['404'].content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/ApiError' } },
    });
    // public: no login to refuse, but a rate limit; no body, so no size limit
    const open = doc.paths['/api/public/things/{code}'].get.responses;
    expect(Object.keys(open).sort()).toEqual(['200', '400', '404', '409', '429', '503']);
  });

  it('document a CSV export as text/csv, and answer it as such', async () => {
    const { router, doc } = fixture();
    expect(Object.keys(doc.paths['/api/things/export.csv'].get.responses['200'].content!)).toEqual(['text/csv']);
    const app = express();
    app.use((req, _res, next) => ((req.user = { id: 'u' } as never), next()));
    app.use('/api', router);
    app.use(errorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/things/export.csv`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    } finally {
      server.close();
    }
  });

  it('refuse a raw route that does not say what it answers', () => {
    const { route } = fixture();
    expect(() =>
      route({ method: 'get', path: '/raw', summary: 'raw', tags: ['t'], response: z.string(), raw: true }, () => ''),
    ).toThrow('GET /raw: a raw answer names its content types');
  });
});
