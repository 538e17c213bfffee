/**
 * PEP 508 dependency specifications (`redis>=4.5.2,!=4.5.5,<6.0.0; extra == "redis"`), parsed
 * by pip-requirements-js, and their environment markers evaluated for a target: the target's
 * Python on Linux / CPython, the environment a Django project is deployed to, plus the extras
 * in play. Versions are compared through core/util/pep440.
 */
import { parsePipRequirementsLine, type EnvironmentMarker } from 'pip-requirements-js';
import { fits, isKnownVersionSyntax } from './pep440';
import { parseRequirementFast } from './pep508-fast';

/** One Requires-Dist entry, parsed. */
export interface Dependency {
  /** PEP 503 normalised project name. */
  name: string;
  /** Extras of the required project (`kombu[redis]` → ["redis"]), normalised. */
  extras: string[];
  /** The version specifier set ("" = any). */
  specifier: string;
  /** The marker tree, or null when the entry always applies. */
  marker: EnvironmentMarker | null;
  /** The entry as written. */
  text: string;
}

/** PEP 685 normalisation of an extra's name ("Redis_Cache" → "redis-cache"). */
export function normalizeExtra(extra: string): string {
  return extra
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

const parsed = new Map<string, Dependency | null>();

/**
 * Parses one PEP 508 string (memoised); null when it is not valid PEP 508 or names a URL. Plain
 * strings take the fast path (pep508-fast.ts), which gives what the library gives.
 */
export function parseDependency(text: string): Dependency | null {
  let found = parsed.get(text);
  if (found !== undefined) return found;
  found = null;
  try {
    const requirement = parseRequirementFast(text) ?? parsePipRequirementsLine(text);
    if (requirement?.type === 'ProjectName') {
      found = {
        name: requirement.name.toLowerCase().replace(/[-_.]+/g, '-'),
        extras: (requirement.extras ?? []).map(normalizeExtra),
        specifier: (requirement.versionSpec ?? []).map((spec) => `${spec.operator}${spec.version}`).join(','),
        marker: requirement.environmentMarkerTree ?? null,
        text,
      };
    }
  } catch {
    found = null;
  }
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(text, found);
  return found;
}

/** The marker variables of a deployment (PEP 508 names), without `extra`. */
export type MarkerEnvironment = Record<string, string>;

const environments = new Map<string, MarkerEnvironment>();

/**
 * The environment a target Python ("3.12") is deployed to: CPython on Linux x86_64. The full
 * version is taken as the line's first release ("3.12.0"), the most conservative reading.
 */
export function targetEnvironment(python: string): MarkerEnvironment {
  let env = environments.get(python);
  if (!env) {
    env = {
      python_version: python,
      python_full_version: `${python}.0`,
      implementation_version: `${python}.0`,
      os_name: 'posix',
      sys_platform: 'linux',
      platform_system: 'Linux',
      platform_machine: 'x86_64',
      platform_release: '',
      platform_version: '',
      platform_python_implementation: 'CPython',
      implementation_name: 'cpython',
    };
    environments.set(python, env);
  }
  return env;
}

const VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version']);

function unquote(value: string): string | null {
  return /^(['"]).*\1$/s.test(value) ? value.slice(1, -1) : null;
}

function compareLeaf(left: string, operator: string, right: string, versions: boolean): boolean {
  if (operator === 'in') return right.includes(left);
  if (operator === 'not in') return !right.includes(left);
  if (versions && isKnownVersionSyntax(left) && isKnownVersionSyntax(right)) {
    return fits(left, `${operator === '===' ? '==' : operator}${right}`);
  }
  switch (operator) {
    case '==':
    case '===':
      return left === right;
    case '!=':
      return left !== right;
    default:
      // packaging refuses an ordering of strings that are not versions: the marker is false.
      return false;
  }
}

function evaluate(marker: EnvironmentMarker, env: MarkerEnvironment, extra: string): boolean {
  if ('left' in marker && (marker.operator === 'and' || marker.operator === 'or')) {
    const node = marker as { operator: 'and' | 'or'; left: EnvironmentMarker; right: EnvironmentMarker };
    return node.operator === 'and'
      ? evaluate(node.left, env, extra) && evaluate(node.right, env, extra)
      : evaluate(node.left, env, extra) || evaluate(node.right, env, extra);
  }
  const leaf = marker as { left: string; operator: string; right: string };
  const value = (side: string): { text: string; variable: string | null } => {
    const quoted = unquote(side);
    if (quoted !== null) return { text: quoted, variable: null };
    if (side === 'extra') return { text: extra, variable: side };
    return { text: env[side] ?? '', variable: side };
  };
  const left = value(leaf.left);
  const right = value(leaf.right);
  if (left.variable === 'extra' || right.variable === 'extra') {
    return compareLeaf(normalizeExtra(left.text), leaf.operator, normalizeExtra(right.text), false);
  }
  const versions = VERSION_VARIABLES.has(left.variable ?? '') || VERSION_VARIABLES.has(right.variable ?? '');
  return compareLeaf(left.text, leaf.operator, right.text, versions);
}

/**
 * Whether a dependency applies in `env` when its project is installed with `extras`: as pip
 * does, the marker is evaluated once without an extra and once per extra in play.
 */
export function dependencyApplies(dependency: Dependency, env: MarkerEnvironment, extras: readonly string[]): boolean {
  if (!dependency.marker) return true;
  if (evaluate(dependency.marker, env, '')) return true;
  return extras.some((extra) => evaluate(dependency.marker!, env, normalizeExtra(extra)));
}
