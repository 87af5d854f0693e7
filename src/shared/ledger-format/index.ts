// The ledger's wire format, one implementation for the server, the CLI and the browser.
export * from './canonical-json.js';
export * from './chain.js';
export * from './checkpoint.js';
export * from './hash.js';
export * from './seal.js';
export * from './key-chain.js';
