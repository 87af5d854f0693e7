export * from './common.js';
export * from './sources.js';
export * from './claims.js';
export * from './publications.js';
export * from './auth.js';
export * from './ledger.js';
export * from './leaderboard.js';
export * from './review.js';
