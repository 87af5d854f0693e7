import type { ReactNode } from 'react';
import { messageOf } from '../api/client.js';

/** A polite "loading" line that screen readers announce once. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** The API's own message, with a way to try again. */
export function ErrorMessage({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  return (
    <div className="status error" role="alert">
      <p>
        <strong>Could not load {what}:</strong> {messageOf(error)}
      </p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}
