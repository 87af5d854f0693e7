import { parentPort, workerData } from 'node:worker_threads';
import { extractClaimsWithSpans, type Calendars } from '../../ingest/index.js';

// Runs one extraction off the request thread (issue 21 item 3): the server terminates it past its time limit.
const input = workerData as { text: string; published: string; calendars: Calendars };
parentPort?.postMessage(extractClaimsWithSpans(input.text, { published: input.published, calendars: input.calendars }));
