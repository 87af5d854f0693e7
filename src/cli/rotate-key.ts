import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { rotateKey } from '../server/checkpoints/sign.js';
import { generateSigner, KEY_FILE, loadSigner, writeKeyFile } from '../server/checkpoints/signer.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

/**
 * Replaces the checkpoint signing key, announcing the new one in a checkpoint signed with the old
 * (docs/checkpoints.md "Key rotation"). Stop the server first: it holds the key it loaded.
 */
export const rotateKeyCommand: Command = {
  run: async () => {
    const config = loadConfig();
    const { signer: current } = loadSigner(config);
    const next = generateSigner();
    const path = join(config.dataDir, KEY_FILE);
    // The new key is on disk before the database announces it, so a crash between leaves a key to retry with, not an announced key lost.
    const staged = join(config.dataDir, `signing-key.${next.keyId}.pem`);
    writeKeyFile(staged, next);
    const { announcement } = await withDb((h) => rotateKey({ db: h.db, clock: systemClock }, current, next));
    if (config.signingKey) {
      console.log(
        `Announced key ${next.keyId} in checkpoint ${announcement.id}. Set TRACK_RECORD_SIGNING_KEY to the contents of ${staged} and restart.`,
      );
      return 0;
    }
    if (existsSync(path)) renameSync(path, join(config.dataDir, `signing-key.${current.keyId}.retired.pem`));
    renameSync(staged, path);
    console.log(
      `Announced key ${next.keyId} in checkpoint ${announcement.id}; ${path} now holds it. Restart the server.`,
    );
    return 0;
  },
};
