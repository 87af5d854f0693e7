// `npm run docs:api`: writes docs/api.md from the OpenAPI document.
import { writeFileSync } from 'node:fs';
import { API_ROUTES } from './catalogue.js';
import { buildOpenApiDocument } from './document.js';
import { renderApiMarkdown } from './markdown.js';
import { API_VERSION } from './routes.js';

writeFileSync('docs/api.md', renderApiMarkdown(API_ROUTES, buildOpenApiDocument(API_ROUTES, API_VERSION)));
console.log('wrote docs/api.md');
