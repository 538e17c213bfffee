import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './testing';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const meta = JSON.parse(readFileSync(new URL('../catalog/meta.json', import.meta.url), 'utf8')) as {
  version: string;
  dataDate: string;
};

describe('djstack --version', () => {
  it('prints the version and the bundled package data, exit 0, nothing on stderr', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, stdout, stderr } = await runCli(tempFolder('version'), [flag]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(`djstack ${packageVersion} (bundled package data ${meta.version} of ${meta.dataDate})\n`);
    }
  });

  it('is listed in the help', async () => {
    const { stdout } = await runCli(tempFolder('version'), ['--help']);
    expect(stdout).toContain('djstack --version');
  });
});
