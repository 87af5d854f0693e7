import { useEffect, useRef, useState } from 'react';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import type { VerifyMessage, VerifyRequest } from './verify-chain.js';

type State =
  { kind: 'idle' } | { kind: 'running'; done: number; total: number } | Exclude<VerifyMessage, { kind: 'progress' }>;

/**
 * The "Verify" button: runs the check in a Web Worker with WebCrypto (verify-chain.ts), shows a
 * progress bar, then ✓ with the count and head, or the first bad event.
 */
export function VerifyPanel({ request, label }: { request: VerifyRequest; label: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    worker.current?.terminate();
    const w = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setState({ kind: 'running', done: 0, total: 1 });
    w.onmessage = (e: MessageEvent<VerifyMessage>) => {
      const m = e.data;
      setState(m.kind === 'progress' ? { kind: 'running', done: m.done, total: m.total } : m);
      if (m.kind !== 'progress') w.terminate();
    };
    w.onerror = () => setState({ kind: 'bad', seq: null, problem: 'the check could not run in this browser' });
    w.postMessage(request);
  };

  return (
    <div className="verify-panel" aria-live="polite">
      <button type="button" className="button" onClick={start} disabled={state.kind === 'running'}>
        {label}
      </button>
      {state.kind === 'running' && (
        <p>
          <progress value={state.done} max={state.total} aria-label="Verification progress" /> {state.done} of{' '}
          {state.total} events checked
        </p>
      )}
      {state.kind === 'ok' && (
        <p className="verify-ok" role="status">
          ✓ {state.count} events verified in your browser; head #{state.head.seq} <code>{state.head.hash}</code>
          {state.checkpoint && <> · latest signed checkpoint {shortCheckpoint(state.checkpoint)} is on the chain</>}
        </p>
      )}
      {state.kind === 'bad' && (
        <p className="verify-bad" role="alert">
          ✗ {state.seq !== null ? `First bad event: #${state.seq}. ` : ''}
          {state.problem}
        </p>
      )}
    </div>
  );
}
