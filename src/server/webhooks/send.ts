import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { FetchLike } from './deliver.js';
import { guardedLookup, isAllowedAddress, TargetRefused, targetProblem } from './target.js';

/**
 * POSTs a webhook body with node:http(s), not fetch: the request resolves the host through
 * guardedLookup and connects to the address it checked, and it never follows a redirect (a 3xx is
 * a failed delivery, so a receiver cannot bounce the server to another host or port).
 */
export function guardedPost(allowPrivate: boolean): FetchLike {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const problem = targetProblem(url, allowPrivate);
      const target = new URL(url);
      const literal = target.hostname.replace(/^\[|\]$/g, '');
      if (problem || (isIP(literal) && !isAllowedAddress(literal, allowPrivate)))
        return reject(new TargetRefused(problem ?? 'address not allowed'));
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        target,
        {
          method: init.method,
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
          lookup: guardedLookup(allowPrivate),
          signal: init.signal,
        },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status });
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
}
