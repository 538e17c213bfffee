/**
 * .env.example (every variable the settings read, with what a local run uses) and .env (the
 * same, plus a freshly generated development secret key). Values are written so that both
 * django-environ and the plain reader in settings.py read them back unchanged.
 */
import type { EnvVar } from './env';
import { envLine } from './escape/dotenv';
import { oneLine } from './python/literal';

/** A function that returns `count` random bytes (crypto.getRandomValues in the app and CLI). */
export type RandomBytes = (count: number) => Uint8Array;

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';

/**
 * A 50-character secret key from a 64-symbol alphabet (300 bits). Only characters that need no
 * quoting in .env files, shells and docker-compose; at least 50 characters and 5 distinct ones,
 * as Django's deploy check asks.
 */
export function generateSecretKey(random: RandomBytes): string {
  const bytes = random(50);
  if (bytes.length < 50) throw new Error('the random source returned too few bytes');
  // 64 divides 256, so masking the low 6 bits keeps every symbol equally likely.
  return Array.from(bytes.slice(0, 50), (byte) => KEY_ALPHABET[byte & 63]).join('');
}

/** The random source of the platform (Web Crypto, present in browsers and Node 20). */
export function platformRandom(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

function comment(text: string): string {
  return `# ${oneLine(text)}`;
}

/** .env.example: documents every variable; secrets are left empty. */
export function renderEnvExample(vars: readonly EnvVar[]): string {
  const lines = ['# Environment of the project. Copy to .env for a local run; set these in production.', ''];
  for (const v of vars) {
    lines.push(comment(v.description));
    if (v.compose !== undefined && v.compose !== v.local)
      lines.push(comment(`With docker compose up: ${envLine(v.name, v.compose)}`));
    // A variable without a local value stays commented out: set but empty, DATABASE_URL would
    // name no database at all, while unset it falls back to SQLite.
    if (v.secret || v.local !== '') lines.push(envLine(v.name, v.secret ? '' : v.local), '');
    else lines.push(`# ${envLine(v.name, '')}`, '');
  }
  return lines.join('\n');
}

/** .env for a local run: the development secret key and the local defaults. */
export function renderDotEnv(vars: readonly EnvVar[], secretKey: string): string {
  const lines = ['# Local development settings. Never commit this file (it holds the secret key).', ''];
  for (const v of vars) {
    if (v.name === 'DJANGO_SECRET_KEY') lines.push(envLine(v.name, secretKey));
    // Unset variables take the settings' defaults; an empty DATABASE_URL would not.
    else if (!v.secret && v.local !== '') lines.push(envLine(v.name, v.local));
  }
  return `${lines.join('\n')}\n`;
}
