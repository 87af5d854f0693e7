import { verifyChain, VerifyRequestSchema, type VerifyMessage } from './verify-chain.js';

// The check runs off the page's thread so a long chain never freezes the page.
self.onmessage = (e: MessageEvent<unknown>) => {
  const post = (m: VerifyMessage) => self.postMessage(m);
  verifyChain(VerifyRequestSchema.parse(e.data), post).catch((err: unknown) =>
    post({ kind: 'bad', seq: null, problem: `could not finish: ${err instanceof Error ? err.message : String(err)}` }),
  );
};
