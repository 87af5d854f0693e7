import { type ResourceLimits, Worker } from 'node:worker_threads';

/**
 * Starts the worker module `name` that sits beside `from` (an import.meta.url). Compiled, that is
 * a .js file Node runs as is; from source (tsx, vitest) it is a .ts file, so the worker first
 * registers tsx, as the parent did, and then imports it.
 */
export function startWorker(from: string, name: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const fromSource = from.endsWith('.ts');
  const url = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, from);
  if (!fromSource) return new Worker(url, { workerData, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** The next message of `worker`, or its error or exit. */
export function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: T) => {
      done();
      resolve(m);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`worker stopped (exit code ${code}) before it answered`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
