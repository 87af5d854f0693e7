import type { z } from 'zod';

/** Who may call a route: anyone, any signed-in user, a role (admins may do everything), or a scraper. */
export type Access = 'public' | 'signed-in' | 'editor' | 'reviewer' | 'admin' | 'metrics-token';

/** One route of the API as the OpenAPI document describes it; every schema comes from src/shared/api. */
export interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The Express pattern, e.g. `/api/claims/:id`. */
  path: string;
  summary: string;
  access: Access;
  params?: Record<string, z.ZodType>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success response: a JSON schema, or another content type described in words. */
  response: { status: number; schema?: z.ZodType; contentType?: string; description?: string };
}
