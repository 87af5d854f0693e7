import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { Config } from '../config.js';

/** pino-pretty is loaded only for a terminal: a server under a service manager never needs it. */
const loadPretty = () => createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

export type { Logger } from 'pino';

/**
 * Paths never written even if some caller logs a whole object: the request log itself records
 * only chosen fields, so this is the second line of defence, not the first.
 */
const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

/**
 * Where the server's JSON lines go (stdout, or a file): pino's asynchronous writer, holding lines
 * until it has a few kilobytes of them or a second has passed, so that a busy server makes one
 * write for dozens of requests rather than one for every few. pino writes what is held when the
 * process exits; main.ts flushes the startup lines at once. Its chunks are capped at 4 KB
 * (maxWrite) because the writer measures the last chunk's bytes again for every line it adds.
 */
export function logDestination(dest?: number | string): DestinationStream {
  return pino.destination({ dest, sync: false, minLength: 2048, maxWrite: 4096, periodicFlush: 1000 });
}

/**
 * The server's logger: one JSON object a line on stdout (what log shippers expect), or
 * pretty-printed when stdout is a terminal. `destination` lets tests capture the lines.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  options: { pretty?: boolean; destination?: DestinationStream } = {},
): Logger {
  const usePretty = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true);
  const destination =
    options.destination ?? (usePretty ? loadPretty()({ colorize: true, sync: true }) : logDestination());
  return pino({ level: config.logLevel, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}

/** A logger that writes nothing: the default for tests and tools that build a context. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
