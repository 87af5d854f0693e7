import type { Access, RouteDoc } from './route-doc.js';

type Json = Record<string, unknown>;

const WHO: Record<Access, string> = {
  public: 'all',
  'signed-in': 'signed in',
  editor: 'editor',
  reviewer: 'reviewer',
  admin: 'admin',
  'metrics-token': 'metrics token',
};

const INTRO = `# The Track Record API

<!-- Generated from the OpenAPI document (src/server/openapi) by \`npm run docs:api\`; a test fails when it is stale. -->

JSON under \`/api\`. The full OpenAPI 3.1 document, with every request and response schema
generated from the zod schemas in \`src/shared/api\`, is served at \`GET /api/openapi.json\`.

- **Errors** always look like \`{"error":{"code":"invalid_request","message":"…","issues":[…],"requestId":"…"}}\`
  with 400, 401, 403, 404, 409, 413, 429, 431 or 500; \`requestId\` is the request's \`X-Request-Id\`.
- **Lists** are paginated: \`?limit=\` (1–200, default 50), and \`nextCursor\` → \`?cursor=\`.
- **Reads** are public (except users, tokens and webhooks); **writes** need a signed-in editor,
  reviewer or admin (admins may do everything).

Sign in and write with a session (browsers) — send the CSRF token with every write:

\`\`\`sh
curl -c jar -H 'content-type: application/json' -d '{"username":"admin","password":"…"}' localhost:3000/api/auth/signin
# → {"user":{…},"csrfToken":"…"}
curl -b jar -H 'x-csrf-token: …' -H 'content-type: application/json' \\
     -d '{"handle":"@allin","displayName":"All-In Podcast","kind":"podcast"}' localhost:3000/api/sources
\`\`\`

Or create an API token (\`POST /api/tokens {"name":"cron"}\`, shown once) and send
\`Authorization: Bearer tr_…\` from scripts.
`;

const ref = (s: unknown) => {
  const r = (s as { $ref?: string } | undefined)?.$ref;
  return r ? r.split('/').pop()! : '';
};

function typeOf(schema: Json): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' or ');
  if (schema.type === 'array') return `${typeOf((schema.items ?? {}) as Json)}[]`;
  return typeof schema.type === 'string' ? schema.type : 'any';
}

function fields(name: string, schema: Json): string {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(props).map(
    ([field, s]) => `| \`${field}\` | ${typeOf(s)} | ${required.has(field) ? 'yes' : ''} |`,
  );
  return rows.length ? `#### ${name}\n\n| field | type | required |\n| --- | --- | --- |\n${rows.join('\n')}\n` : '';
}

/** docs/api.md: the route table and the fields of every request body, from the OpenAPI document. */
export function renderApiMarkdown(routes: readonly RouteDoc[], document: Json): string {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
  const bodies = new Set<string>();
  const rows = routes.map((route) => {
    const op = paths[route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]![route.method]!;
    const bodySchema = (op.requestBody as { content: Record<string, { schema: unknown }> } | undefined)?.content[
      'application/json'
    ]?.schema;
    const body = ref(bodySchema);
    if (body) bodies.add(body);
    const success = Object.entries(op.responses as Record<string, Json>)[0]!;
    const content = success[1].content as Record<string, Json> | undefined;
    const [type, media] = content ? Object.entries(content)[0]! : ['', {}];
    const answer = ref(media.schema) || type || '—';
    const query = route.query
      ? ` (query: ${Object.keys(route.query.shape)
          .map((k) => `\`${k}\``)
          .join(', ')})`
      : '';
    return `| \`${route.method.toUpperCase()} ${route.path}\` | ${WHO[route.access]} | ${route.summary}${query} | ${body || '—'} | ${success[0]} ${answer} |`;
  });
  const table = `## Routes\n\n| route | who | what | body | success |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  const bodyDocs = [...bodies]
    .sort()
    .map((name) => fields(name, schemas[name]!))
    .join('\n');
  return `${INTRO}\n${table}\n## Request bodies\n\n${bodyDocs}`;
}
