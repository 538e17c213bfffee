import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const configPath = `${root}build/electron-builder.config.cjs`;

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; icon: string }[];
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
};

const config = require(configPath) as Config;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const validate = (candidate: unknown) => validateConfiguration(candidate, new DebugLogger(false));

function readUInt32BE(buffer: Buffer, offset: number): number {
  return buffer.readUInt32BE(offset);
}

describe('packaging configuration (build/electron-builder.config.cjs)', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('the validation is real: a wrong field is rejected', async () => {
    await expect(validate({ ...config, fileAssociation: [] })).rejects.toThrow("unknown property 'fileAssociation'");
    await expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).rejects.toThrow(
      'runAsNode should be a boolean',
    );
    await expect(validate({ ...config, fileAssociations: [{ icon: 'x' }] })).rejects.toThrow('fileAssociations');
  });

  it('builds AppImage and deb, dmg, and NSIS, and never publishes', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.publish).toBeNull();
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Django Stack Builder');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('associates .djstack files with a document icon that exists for macOS and Windows', () => {
    const [association] = config.fileAssociations;
    expect(association).toMatchObject({ ext: 'djstack', icon: 'djstack-file' });
    for (const extension of ['icns', 'ico'])
      expect(() => readFileSync(`${root}build/${association!.icon}.${extension}`)).not.toThrow();
  });

  it('the app icons are well-formed ICNS, ICO and PNG files with the sizes installers need', () => {
    const icns = readFileSync(`${root}${config.mac.icon}`);
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(readUInt32BE(icns, 4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += readUInt32BE(icns, offset + 4))
      types.push(icns.subarray(offset, offset + 4).toString('ascii'));
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));

    const ico = readFileSync(`${root}${config.win.icon}`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(`${root}${config.linux.icon}/${size}x${size}.png`);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('packs only the bundled app, which is where package.json points', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!node_modules/**/*']));
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.config.cjs');
    expect(pkg.scripts.dist).toContain('--publish never');
  });
});
