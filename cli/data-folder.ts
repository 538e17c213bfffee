/**
 * The folder the desktop app keeps its data in (Electron's userData for "Django Stack Builder"),
 * shared by the CLI so that a refresh made in one is used by the other. DJSTACK_DATA_DIR
 * overrides it (tests, CI caches).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT = 'Django Stack Builder';

/** The data folder for this environment and platform. */
export function dataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (env.DJSTACK_DATA_DIR) return env.DJSTACK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT);
}

/** Where the refreshed package data is kept. */
export const CATALOG_CACHE_FILE = 'package-data.json';
