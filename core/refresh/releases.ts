/**
 * From an index's file listing to releases: which version each file belongs to, when the
 * release was uploaded (its first file), whether it is yanked (all its files are, PEP 592) and
 * why, its Requires-Python and its files' sha256 digests.
 */
import { normalizePackageName } from '../catalog/catalog';
import { compareVersions, isVersion } from '../util/pep440';
import type { PypiProject, SimpleProject } from './index-shapes';

export interface ReleaseFiles {
  version: string;
  /** YYYY-MM-DD of the earliest upload, or null when the index gives no time. */
  date: string | null;
  /** The reason when every file is yanked ("" when none was given); null when not yanked. */
  yanked: string | null;
  requiresPython: string;
  sha256: string[];
  /** Files that offer a core-metadata file (PEP 658), wheels first: their URLs. */
  metadataUrls: string[];
}

const ARCHIVE = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz|whl|egg)$/i;

/** The version a distribution file belongs to, or null when its name is not of `project`. */
export function versionOfFile(filename: string, project: string): string | null {
  const wanted = normalizePackageName(project);
  const match = ARCHIVE.exec(filename);
  if (!match) return null;
  const stem = filename.slice(0, -match[0].length);
  const parts = stem.split('-');
  // The name may itself contain dashes in old sdists ("django-redis-5.2.0.tar.gz"): take the
  // shortest prefix whose normalised form is the project's name.
  for (let i = 1; i < parts.length; i++) {
    if (normalizePackageName(parts.slice(0, i).join('-')) !== wanted) continue;
    const version =
      match[1]!.toLowerCase() === 'whl' || match[1]!.toLowerCase() === 'egg' ? parts[i]! : parts.slice(i).join('-');
    return isVersion(version) ? version : null;
  }
  return null;
}

interface FileFact {
  version: string;
  uploaded: string | null;
  yanked: boolean;
  yankedReason: string;
  requiresPython: string;
  sha256: string | null;
  wheel: boolean;
  metadataUrl: string | null;
}

function day(time: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(time ?? '');
  return match ? match[1]! : null;
}

function group(files: FileFact[]): ReleaseFiles[] {
  const byVersion = new Map<string, FileFact[]>();
  for (const file of files) {
    const list = byVersion.get(file.version) ?? [];
    list.push(file);
    byVersion.set(file.version, list);
  }
  const releases: ReleaseFiles[] = [];
  for (const [version, list] of byVersion) {
    const dates = list
      .map((f) => f.uploaded)
      .filter((d): d is string => d !== null)
      .sort();
    const yanked = list.every((f) => f.yanked);
    const wheelsFirst = [...list].sort((a, b) => Number(b.wheel) - Number(a.wheel));
    releases.push({
      version,
      date: dates[0] ?? null,
      yanked: yanked ? (list.find((f) => f.yankedReason)?.yankedReason ?? '') : null,
      requiresPython: wheelsFirst.find((f) => f.requiresPython)?.requiresPython ?? '',
      sha256: list.map((f) => f.sha256).filter((d): d is string => d !== null),
      metadataUrls: wheelsFirst.map((f) => f.metadataUrl).filter((u): u is string => u !== null),
    });
  }
  return releases.sort((a, b) => compareVersions(b.version, a.version));
}

/** Releases, newest first, from PyPI's `/pypi/<project>/json` (versions without files are skipped). */
export function releasesFromPypi(project: PypiProject): ReleaseFiles[] {
  const files: FileFact[] = [];
  for (const [version, list] of Object.entries(project.releases ?? {})) {
    if (!isVersion(version)) continue;
    for (const file of list) {
      files.push({
        version,
        uploaded: day(file.upload_time_iso_8601 ?? (file.upload_time ? `${file.upload_time}Z` : null)),
        yanked: file.yanked === true,
        yankedReason: file.yanked_reason ?? '',
        requiresPython: file.requires_python ?? '',
        sha256: file.digests?.sha256 ?? null,
        wheel: file.filename.endsWith('.whl'),
        metadataUrl: null,
      });
    }
  }
  return group(files);
}

/** Releases, newest first, from a PEP 691 project page whose URL is `pageUrl`. */
export function releasesFromSimple(page: SimpleProject, pageUrl: string): ReleaseFiles[] {
  const files: FileFact[] = [];
  for (const file of page.files) {
    const version = versionOfFile(file.filename, page.name);
    if (!version) continue;
    let url: URL;
    try {
      url = new URL(file.url, pageUrl);
    } catch {
      continue;
    }
    // Only a file served over HTTP(S) can be read; `A:` or `javascript:` names nothing to fetch.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    const metadata = file['core-metadata'] ?? file['dist-info-metadata'];
    const sha256 = file.hashes?.sha256;
    files.push({
      version,
      uploaded: day(file['upload-time']),
      yanked: file.yanked !== undefined && file.yanked !== false,
      yankedReason: typeof file.yanked === 'string' ? file.yanked : '',
      requiresPython: file['requires-python'] ?? '',
      sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : null,
      wheel: file.filename.endsWith('.whl'),
      metadataUrl: metadata ? `${url.origin}${url.pathname}.metadata` : null,
    });
  }
  return group(files);
}

/**
 * The releases whose own metadata is worth reading: every release the bundled catalog already
 * describes, every yanked release (a pin on one must be flagged), and the newest final release
 * of each of the `lines` newest "major.minor" lines.
 */
export function releasesToDescribe(
  releases: readonly ReleaseFiles[],
  known: ReadonlySet<string>,
  lines = 6,
): ReleaseFiles[] {
  const chosen = new Set<string>();
  const seenLines: string[] = [];
  for (const release of releases) {
    if (known.has(release.version) || release.yanked !== null) chosen.add(release.version);
    if (/[a-z]/i.test(release.version) || release.yanked !== null) continue; // pre-releases, yanked
    const line = release.version.split('.').slice(0, 2).join('.');
    if (seenLines.includes(line)) continue;
    if (seenLines.length >= lines) continue;
    seenLines.push(line);
    chosen.add(release.version);
  }
  return releases.filter((r) => chosen.has(r.version));
}
