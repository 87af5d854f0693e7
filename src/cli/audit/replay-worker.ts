import { parentPort, workerData } from 'node:worker_threads';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { importEvents } from '../../server/replay/index.js';
import { openScratch } from './replay.js';
import type { ReplayReply, ReplayRequest } from './replay.js';

/**
 * The audit's first replay on its own thread (replay.ts starts it): pages of checked events come
 * in as the chain walk accepts them, and the scratch database goes back when they are all applied
 * (a copy in memory as its serialized bytes; a file, closed, by its name).
 */
const { file } = workerData as { file: string | null };
const port = parentPort!;
const pages: RecordedEvent[][] = [];
let ended = false;
let wake: (() => void) | null = null;
port.on('message', (m: ReplayRequest) => {
  if (m.type === 'page') pages.push(m.events);
  else ended = true;
  wake?.();
  wake = null;
});

async function* events(): AsyncGenerator<RecordedEvent> {
  for (;;) {
    while (pages.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
    const page = pages.shift();
    if (!page) return;
    port.postMessage({ type: 'taken' } satisfies ReplayReply);
    yield* page;
  }
}

const reply = (m: ReplayReply) => port.postMessage(m);
const scratch = await openScratch(file);
try {
  await importEvents(scratch, events(), (count) => reply({ type: 'progress', count }), { scoresOnly: file === null });
  reply({ type: 'done', image: file === null ? scratch.sqlite!.serialize() : null });
} catch (err) {
  reply({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
} finally {
  await scratch.close();
  port.close();
}
