/** Whether the server is shutting down: read by readiness and by every response (shutdown.ts sets it). */
export interface Lifecycle {
  draining(): boolean;
}

/** A server that is never told to stop (tests, tools). */
export const runningLifecycle: Lifecycle = { draining: () => false };

/** The lifecycle main.ts owns: running until `startDraining`. */
export function createLifecycle(): Lifecycle & { startDraining(): void } {
  let draining = false;
  return {
    draining: () => draining,
    startDraining: () => {
      draining = true;
    },
  };
}
