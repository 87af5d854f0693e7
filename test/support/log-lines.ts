// A process that writes request-log lines through the server's default logger (stdout, as in
// production): `log-lines.ts COUNT exit` logs COUNT lines and exits at once; `log-lines.ts 1 stay`
// logs one line and stays up until killed. Used by the request log's tests.
import { createLogger } from '../../src/server/log/logger.js';

const [countText, mode] = process.argv.slice(2);
const logger = createLogger({ logLevel: 'info' }, { pretty: false });
for (let i = 0; i < Number(countText); i++)
  logger.info(
    {
      requestId: `req-${i}`,
      method: 'GET',
      route: '/api/leaderboard',
      status: 200,
      ms: 1,
      userId: null,
      ip: '127.0.0.1',
    },
    'GET /api/leaderboard 200',
  );
if (mode === 'exit') process.exit(0);
else setTimeout(() => undefined, 60_000);
