// The replay engine's public face: the CLI (and the benchmarks) reach `import` and `verify` here only.
export { importEvents, ImportError, type ImportOptions } from './import.js';
export { readEvents, verifyLedger, type VerifyOptions, type VerifyResult } from './verify/verify.js';
