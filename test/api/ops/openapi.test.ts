import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.js';
import { listRoutes } from '../../../src/server/http/route-index.js';
import { API_ROUTES } from '../../../src/server/openapi/catalogue.js';
import { buildOpenApiDocument } from '../../../src/server/openapi/document.js';
import { renderApiMarkdown } from '../../../src/server/openapi/markdown.js';
import { API_VERSION } from '../../../src/server/openapi/routes.js';
import type { Access } from '../../../src/server/openapi/route-doc.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
/** Roles that must be refused (403) by a route open to `access`. */
const REFUSED: Partial<Record<Access, ('editor' | 'reviewer')[]>> = {
  editor: ['reviewer'],
  reviewer: ['editor'],
  admin: ['editor', 'reviewer'],
};

describe('sqlite: the OpenAPI document', () => {
  let ts: TestServer;
  let served: any;
  beforeAll(async () => {
    ts = await startTestServer('sqlite');
    served = (await ts.anon.get('/api/openapi.json')).body;
  });
  afterAll(() => ts.close());

  it('documents exactly the routes registered in the Express app', () => {
    const registered = listRoutes(createApp({ ...ts.ctx, webRoot: null })).map((r) => key(r.method, r.pattern));
    const documented = API_ROUTES.map((r) => key(r.method, r.path));
    expect(new Set(documented).size).toBe(documented.length);
    expect([...registered].sort()).toEqual([...documented].sort());
  });

  it('is served at /api/openapi.json as OpenAPI 3.1 whose every reference resolves', () => {
    expect(served.openapi).toBe('3.1.0');
    for (const route of API_ROUTES)
      expect(served.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method].summary).toBe(route.summary);
    const refs = [...JSON.stringify(served).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(50);
    for (const [, section, name] of refs)
      expect(served.components[section!][name!], `${section}/${name}`).toBeDefined();
    const body = served.components.schemas.SourceCreate;
    expect(body.required).toEqual(['handle', 'displayName']);
    expect(body.properties.kind.enum).toContain('podcast');
    expect(served.components.schemas.ErrorBody.properties.error.properties.requestId).toEqual({ type: 'string' });
  });

  it('says who may call each route, as the app enforces it', async () => {
    const clients = { editor: await ts.as('editor'), reviewer: await ts.as('reviewer') };
    const path = (p: string) => p.replace(/:(\w+)/g, 'zz');
    for (const route of API_ROUTES) {
      if (route.access === 'metrics-token') continue;
      const method = route.method.toUpperCase();
      const anon = await ts.anon.request(method, path(route.path), method === 'GET' ? undefined : {});
      if (route.access === 'public') expect([401, 403], key(method, route.path)).not.toContain(anon.status);
      else expect(anon.status, key(method, route.path)).toBe(401);
      for (const role of REFUSED[route.access] ?? []) {
        const res = await clients[role].request(method, path(route.path), method === 'GET' ? undefined : {});
        expect(res.status, `${role} ${key(method, route.path)}`).toBe(403);
      }
      if (route.access === 'signed-in') {
        const res = await clients.reviewer.request(method, path(route.path), method === 'GET' ? undefined : {});
        expect([401, 403], key(method, route.path)).not.toContain(res.status);
      }
    }
  });

  it('docs/api.md is generated from it and up to date (npm run docs:api)', () => {
    const fresh = renderApiMarkdown(API_ROUTES, buildOpenApiDocument(API_ROUTES, API_VERSION));
    expect(readFileSync('docs/api.md', 'utf8')).toBe(fresh);
  });
});
