import type { Express } from 'express';

/** A route the app answers: its method, its full pattern (`/api/claims/:id`) and Express's Route object. */
export interface RegisteredRoute {
  method: string;
  pattern: string;
  route: object;
}

/** The parts of Express 5's router (the `router` package) that describe what was registered. */
interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function walk(stack: Layer[], prefix: string, out: RegisteredRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') continue;
      for (const method of Object.keys(layer.route.methods))
        if (method !== '_all') out.push({ method, pattern: prefix + layer.route.path, route: layer.route });
    } else if (layer.handle?.stack && typeof layer.rawPath === 'string') {
      walk(layer.handle.stack, prefix + (layer.rawPath === '/' ? '' : layer.rawPath), out);
    }
  }
}

/**
 * Every route registered in `app` with a string path, mounted routers included. The request log
 * and the metrics name a request by its pattern, and a test holds the OpenAPI document to this list.
 */
export function listRoutes(app: Express): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  walk((app.router as unknown as { stack: Layer[] }).stack, '', out);
  return out.map((r) => ({ ...r, pattern: r.pattern.length > 1 ? r.pattern.replace(/\/$/, '') : r.pattern }));
}

/**
 * The pattern a finished request matched, for logs and metric labels (bounded: never the raw
 * path). Express leaves `req.route` set after the handler ran, even when it threw.
 */
export function routePatternResolver(): {
  index: (app: Express) => void;
  patternOf: (req: { route?: object; originalUrl: string }) => string;
} {
  const byRoute = new WeakMap<object, string>();
  return {
    index: (app) => {
      for (const r of listRoutes(app)) byRoute.set(r.route, r.pattern);
    },
    patternOf: (req) => {
      const known = req.route ? byRoute.get(req.route) : undefined;
      if (known) return known;
      if (req.route) return '(web app)';
      return req.originalUrl.startsWith('/api/') ? '(no route)' : '(static)';
    },
  };
}
