import type { Kysely } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type Clock, today } from '../clock.js';
import type { Database } from '../db/schema.js';
import { OVERDUE_DAYS, readDatabaseGauges } from './queries.js';

/** What a PostgreSQL pool reports about its connections (pg.Pool's counts). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  signInFailures: Counter;
  rateLimited: Counter<'route'>;
  resolutions: Counter<'outcome'>;
  webhookDeliveries: Counter<'result'>;
  /** The Prometheus text of every metric, the database's figures read fresh. */
  render(): Promise<string>;
  /** Adds the process's own figures (memory, CPU, event loop lag): for a server, not for tests. */
  collectProcessMetrics(): void;
}

/**
 * One registry per context (no global registry): request figures counted as requests finish,
 * database figures read when /metrics is scraped.
 */
export function createMetrics(parts: { db: Kysely<Database>; clock: Clock; pool?: PoolStats | null }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const labelled = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Counter<L>({ name, help, labelNames, registers });
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers });

  const httpDuration = new Histogram({
    name: 'track_record_http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const dbGauges = {
    headSeq: gauge('track_record_ledger_head_seq', 'Sequence number of the ledger head.'),
    due: gauge('track_record_claims_due', 'Claims whose window has ended and that have no resolution.'),
    overdue: gauge('track_record_claims_overdue', `Due claims whose window ended more than ${OVERDUE_DAYS} days ago.`),
    outboxPending: gauge('track_record_webhook_outbox_pending', 'Webhook notifications not yet delivered.'),
    outboxFailing: gauge(
      'track_record_webhook_outbox_failing',
      'Undelivered webhook notifications that have failed at least once.',
    ),
  };
  const eventsTotal = new Counter({
    name: 'track_record_ledger_events_total',
    help: 'Events in the ledger (every process); rate() of it is the events appended per second.',
    registers,
  });
  const pool = parts.pool
    ? {
        total: gauge('track_record_db_pool_connections', 'PostgreSQL connections open in the pool.'),
        idle: gauge('track_record_db_pool_idle', 'PostgreSQL connections idle in the pool.'),
        waiting: gauge('track_record_db_pool_waiting', 'Queries waiting for a PostgreSQL connection.'),
      }
    : null;

  return {
    registry,
    httpRequests: labelled('track_record_http_requests_total', 'HTTP requests answered, by route pattern and status.', [
      'method',
      'route',
      'status',
    ]),
    httpDuration,
    signInFailures: new Counter({
      name: 'track_record_signin_failures_total',
      help: 'Sign-ins refused for a wrong username or password.',
      registers,
    }),
    rateLimited: labelled('track_record_rate_limited_total', 'Requests refused by a rate limit (429).', ['route']),
    resolutions: labelled('track_record_resolutions_total', 'Resolutions recorded by this process, by outcome.', [
      'outcome',
    ]),
    webhookDeliveries: labelled(
      'track_record_webhook_deliveries_total',
      'Webhook delivery attempts by this process: delivered or failed.',
      ['result'],
    ),
    async render() {
      const figures = await readDatabaseGauges(parts.db, today(parts.clock));
      for (const [key, g] of Object.entries(dbGauges)) g.set(figures[key as keyof typeof dbGauges]);
      eventsTotal.reset();
      eventsTotal.inc(figures.headSeq);
      if (pool && parts.pool) {
        pool.total.set(parts.pool.totalCount);
        pool.idle.set(parts.pool.idleCount);
        pool.waiting.set(parts.pool.waitingCount);
      }
      return registry.metrics();
    },
    collectProcessMetrics() {
      collectDefaultMetrics({ register: registry });
    },
  };
}
