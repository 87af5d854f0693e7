import { ensureWebBuilt } from './web-build.js';

/** The web app is built (when stale) once, before any browser test file starts a server that serves it. */
export default function setup() {
  ensureWebBuilt();
}
