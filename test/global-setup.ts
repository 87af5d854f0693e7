import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { compileForChildren } from './support/compiled.js';
import { makeDbTemplates, type DbTemplates } from './support/templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The root of this run's compiled copy of the code child processes run (test/support/compiled.ts). */
    compiledRoot: string;
    /** The migrated databases createTestDb copies (test/support/templates.ts). */
    dbTemplates: DbTemplates;
  }
}

/**
 * Once per `vitest run`, before any test file: the compiled code every child process of the tests
 * runs, and the migrated databases every test database starts from.
 */
export default async function setup(project: TestProject) {
  // esbuild compiles on threads of its own while the templates mostly wait on the databases; when one
  // fails, what the other made is removed before the run stops.
  const [compiled, made] = await Promise.allSettled([compileForChildren(), makeDbTemplates()]);
  if (compiled.status === 'rejected' || made.status === 'rejected') {
    if (compiled.status === 'fulfilled') rmSync(compiled.value, { recursive: true, force: true });
    if (made.status === 'fulfilled') await made.value.drop();
    throw compiled.status === 'rejected' ? compiled.reason : (made as PromiseRejectedResult).reason;
  }
  const [compiledRoot, db] = [compiled.value, made.value];
  project.provide('compiledRoot', compiledRoot);
  project.provide('dbTemplates', db.templates);
  return async () => {
    await db.drop();
    rmSync(compiledRoot, { recursive: true, force: true });
  };
}
