import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = readFileSync('deploy/track-record.service', 'utf8');
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

describe('the systemd unit in deploy/', () => {
  it('runs as its own user with a read-only system and only its data folder writable', () => {
    for (const line of [
      'User=track-record',
      'ProtectSystem=strict',
      'ProtectHome=true',
      'NoNewPrivileges=true',
      'StateDirectory=track-record',
      'Environment=TRACK_RECORD_DATA_DIR=/var/lib/track-record',
      'KillSignal=SIGTERM',
    ])
      expect(UNIT.split('\n')).toContain(line);
  });

  it.runIf(hasSystemdAnalyze)('passes systemd-analyze verify without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr-unit-'));
    try {
      // verify checks that ExecStart's program exists: point it at this machine's node if need be.
      const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
      const unit = join(dir, 'track-record.service');
      writeFileSync(unit, UNIT.replace('/usr/bin/node', node));
      const r = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // The tool does check: a value it cannot parse is reported.
      writeFileSync(
        unit,
        UNIT.replace('/usr/bin/node', node).replace('ProtectSystem=strict', 'ProtectSystem=sometimes'),
      );
      expect(spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' }).stderr).toContain(
        'Failed to parse protect system value',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  it('builds in stages with npm ci and runs as a non-root user with a data volume and a readiness check', () => {
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev/m);
    expect(dockerfile).toMatch(/^USER track-record$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/readyz/m);
  });
});
