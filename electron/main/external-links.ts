/**
 * Which links may leave the app for the user's browser: https URLs that the package catalog
 * itself lists. A diagram from a stranger can put any text on screen, but it cannot make the
 * app open a URL that is not in the catalog that ships with it.
 */

/** Every https URL found anywhere in the catalog's package data (links, sources of facts). */
export function catalogUrls(packages: readonly unknown[]): Set<string> {
  const urls = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const normal = normalizeHttpsUrl(value);
      if (normal) urls.add(normal);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(visit);
    }
  };
  packages.forEach(visit);
  return urls;
}

/** The canonical form of an https URL, or null for anything else (other schemes, credentials, junk). */
export function normalizeHttpsUrl(raw: string): string | null {
  if (raw.length > 2048 || !raw.startsWith('https://')) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** True when `raw` may be opened with shell.openExternal. */
export function isAllowedExternalUrl(raw: unknown, allowed: ReadonlySet<string>): boolean {
  if (typeof raw !== 'string') return false;
  const normal = normalizeHttpsUrl(raw);
  return normal !== null && allowed.has(normal);
}
