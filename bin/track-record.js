#!/usr/bin/env node
// The installed command runs the compiled CLI; `npm run build` (or `npm start`) produces it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const compiled = join(root, 'dist/server/src/cli/main.js');
if (!existsSync(compiled)) {
  console.error('track-record: not built yet. Run `npm run build` first (or use `npm run track-record -- <command>`).');
  process.exit(2);
}
await import(pathToFileURL(compiled).href);
