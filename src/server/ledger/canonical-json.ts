// The format lives in src/shared/ledger-format (one implementation for server, CLI and browser).
export { canonicalJson, isCanonicalJson, isCanonicalJsonText } from '../../shared/ledger-format/canonical-json.js';
