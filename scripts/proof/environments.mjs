#!/usr/bin/env node
/**
 * The proof environments: one per supported Django line. The host's Debian 12 (Django 3.2) is used
 * as it is; the others are debootstrap chroots cached under DJSTACK_PROOF_CACHE
 * (default /var/cache/djstack-proof), named <id>-<hash of suite and package list>, so a changed
 * package list builds a new one and an unchanged one is reused.
 *
 *   node scripts/proof/environments.mjs            build or reuse every chroot
 *   node scripts/proof/environments.mjs trixie     only that one
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageMap = JSON.parse(readFileSync(join(here, 'debian-packages.json'), 'utf8'));

/** Where chroots are kept: outside the clone, so a fresh clone reuses them. */
export const CACHE = process.env.DJSTACK_PROOF_CACHE ?? '/var/cache/djstack-proof';
const MIRROR = process.env.DJSTACK_PROOF_MIRROR ?? 'http://deb.debian.org/debian';

/** Every Debian package an environment asks for: the catalog's packages, then the proof's services. */
export const DEBIAN_PACKAGES = [...new Set([...Object.values(packageMap.catalog), ...packageMap.services])].sort();

/** Forks that Conflict with what they replace, as build-chroot.sh reads them ("fork:original …"). */
const PREFER = Object.entries(packageMap.prefer)
  .filter(([fork]) => !fork.startsWith('$'))
  .map(([fork, original]) => `${fork}:${original}`)
  .join(' ');

/** The catalog name of each Debian package (python3-django-filters → django-filter). */
export const CATALOG_OF_DEBIAN = Object.fromEntries(
  Object.entries(packageMap.catalog).map(([name, deb]) => [deb, name]),
);

/**
 * The supported Django lines and where each is proven. `root` null is the host itself.
 * @type {{ id: string, django: string, suite: string, experimental: boolean, chroot: boolean }[]}
 */
export const ENVIRONMENTS = [
  { id: 'bookworm', django: '3.2', suite: 'bookworm', experimental: false, chroot: true },
  { id: 'trixie', django: '4.2', suite: 'trixie', experimental: false, chroot: true },
  { id: 'sid', django: '5.2', suite: 'sid', experimental: false, chroot: true },
  { id: 'experimental', django: '6.1', suite: 'sid', experimental: true, chroot: true },
];

/** The chroot folder of an environment: its name changes whenever its package list does. */
export function environmentRoot(environment) {
  if (!environment.chroot) return '/';
  const hash = createHash('sha256')
    .update(
      JSON.stringify({
        suite: environment.suite,
        experimental: environment.experimental,
        packages: DEBIAN_PACKAGES,
        PREFER,
      }),
    )
    .digest('hex')
    .slice(0, 12);
  return join(CACHE, `${environment.id}-${hash}`);
}

/** Whether the environment's chroot is built and complete. */
export function isBuilt(environment) {
  return !environment.chroot || existsSync(join(environmentRoot(environment), '.complete'));
}

/** Builds the chroot unless a complete one with this package list exists; drops stale ones. */
export function ensureEnvironment(environment) {
  const root = environmentRoot(environment);
  if (isBuilt(environment)) return { root, built: false, seconds: 0 };
  const started = Date.now();
  const result = spawnSync(
    'bash',
    [
      join(here, 'build-chroot.sh'),
      environment.suite,
      root,
      join(CACHE, 'base'),
      MIRROR,
      environment.experimental ? '1' : '0',
      ...DEBIAN_PACKAGES,
    ],
    { stdio: 'inherit', env: { ...process.env, PREFER } },
  );
  if (result.status !== 0) throw new Error(`building the ${environment.id} environment failed (exit ${result.status})`);
  // Chroots of an older package list are a quarter of a gigabyte each: remove them.
  for (const entry of readdirSync(CACHE))
    if (entry.startsWith(`${environment.id}-`) && join(CACHE, entry) !== root)
      rmSync(join(CACHE, entry), { recursive: true, force: true });
  return { root, built: true, seconds: Math.round((Date.now() - started) / 1000) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const environment of ENVIRONMENTS.filter((e) => e.chroot && (wanted.length === 0 || wanted.includes(e.id)))) {
    const { root, built, seconds } = ensureEnvironment(environment);
    process.stdout.write(
      `${environment.id} (Django ${environment.django}): ${built ? `built in ${seconds} s` : 'reused'} at ${root}\n`,
    );
  }
}
