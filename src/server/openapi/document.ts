import { z } from 'zod';
import * as api from '../../shared/api/index.js';
import type { Access, RouteDoc } from './route-doc.js';

type Io = 'input' | 'output';
type Json = Record<string, unknown>;

/** Each exported schema of src/shared/api by identity, so a document names what the code names. */
const NAMES = new Map<unknown, string>(
  Object.entries(api)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, value]) => [value, name]),
);

const ERROR = { $ref: '#/components/responses/Error' };

const ACCESS_TEXT: Record<Access, string> = {
  public: 'Anyone; no sign-in.',
  'signed-in': 'Any signed-in user (editor, reviewer or admin).',
  editor: 'Editors (and admins).',
  reviewer: 'Reviewers (and admins).',
  admin: 'Admins.',
  'metrics-token': 'Whoever holds TRACK_RECORD_METRICS_TOKEN.',
};

/** Requests are described as callers send them (before defaults and transforms), responses as sent. */
function jsonSchema(schema: z.ZodType, io: Io): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}

function schemaRef(schema: z.ZodType, io: Io, components: Record<string, Json>): Json {
  const name = NAMES.get(schema);
  if (!name) return jsonSchema(schema, io);
  components[name] ??= jsonSchema(schema, io);
  return { $ref: `#/components/schemas/${name}` };
}

const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function parameters(route: RouteDoc): Json[] {
  const out: Json[] = [];
  for (const [name, schema] of Object.entries(route.params ?? {}))
    out.push({ name, in: 'path', required: true, schema: jsonSchema(schema, 'input') });
  for (const [name, schema] of Object.entries(route.query?.shape ?? {})) {
    const field = schema as z.ZodType;
    out.push({ name, in: 'query', required: !field.safeParse(undefined).success, schema: jsonSchema(field, 'input') });
  }
  return out;
}

function security(access: Access): Json[] | undefined {
  if (access === 'public') return [];
  if (access === 'metrics-token') return [{ metricsToken: [] }];
  return [{ apiToken: [] }, { session: [] }];
}

function operation(route: RouteDoc, components: Record<string, Json>): Json {
  const { response } = route;
  const content = response.schema
    ? { [response.contentType ?? 'application/json']: { schema: schemaRef(response.schema, 'output', components) } }
    : response.contentType
      ? { [response.contentType]: { schema: { type: 'string' } } }
      : undefined;
  const errors: Json = { default: ERROR };
  if (route.params || route.query || route.body) errors['400'] = ERROR;
  if (route.access !== 'public') errors['401'] = ERROR;
  if (!['public', 'signed-in', 'metrics-token'].includes(route.access)) errors['403'] = ERROR;
  if (route.params) errors['404'] = ERROR;
  return {
    summary: route.summary,
    description: `Who may call it: ${ACCESS_TEXT[route.access]}`,
    'x-access': route.access,
    security: security(route.access),
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(route.body, 'input', components) } },
          },
        }
      : {}),
    responses: {
      [String(response.status)]: { description: response.description ?? 'Success', ...(content ? { content } : {}) },
      ...errors,
    },
  };
}

/** The OpenAPI 3.1 document of `routes`, every schema generated from the zod schemas of src/shared/api. */
export function buildOpenApiDocument(routes: readonly RouteDoc[], version: string): Json {
  const components: Record<string, Json> = {};
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route, components);
  components.ErrorBody = jsonSchema(api.ErrorBody, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Track Record API',
      version,
      description:
        'JSON under /api. Errors always use one envelope (ErrorBody). Writes need a session (cookie, with the CSRF token in the x-csrf-token header) or an API token (Authorization: Bearer tr_…).',
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      responses: {
        Error: {
          description: 'The error envelope: 400, 401, 403, 404, 409, 413, 429, 431 or 500',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        },
      },
      securitySchemes: {
        apiToken: { type: 'http', scheme: 'bearer', description: 'An API token (POST /api/tokens)' },
        session: { type: 'apiKey', in: 'cookie', name: 'tr_session', description: 'Set by POST /api/auth/signin' },
        metricsToken: { type: 'http', scheme: 'bearer', description: 'TRACK_RECORD_METRICS_TOKEN' },
      },
    },
  };
}
