import { Router } from 'express';
import { API_ROUTES } from './catalogue.js';
import { buildOpenApiDocument } from './document.js';

/** The version of the API the document describes (not the package's). */
export const API_VERSION = '1.0.0';

/** GET /api/openapi.json: the OpenAPI 3.1 document, built once on first request. */
export function openApiRoutes(): Router {
  const r = Router();
  let document: string | null = null;
  r.get('/openapi.json', (_req, res) => {
    document ??= JSON.stringify(buildOpenApiDocument(API_ROUTES, API_VERSION));
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(document);
  });
  return r;
}
