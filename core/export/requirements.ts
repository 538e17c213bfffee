/**
 * requirements.txt from a diagram, in the style pip-compile users know: one line per Python
 * package, pinned to the resolved version (or a compatible range), sorted, each followed by
 * comments saying why it is there. Services (Redis, PostgreSQL) never appear in it; unknown
 * packages are kept as the user wrote them.
 */
import type { Catalog } from '../catalog/catalog';
import { normalizePackageName } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import type { Resolution } from '../resolve/types';
import { fits, isSpecifier, isVersion } from '../util/pep440';
import { StackContext } from './context';
import { exportKeptRequirements } from './requirements-kept';
import { installExtras } from './extras';
import { packageModule } from './packages';
import { oneLine } from './python/literal';
import { compareText } from '../util/collate';

export interface RequirementsOptions {
  /** Compatible ranges (`>=3.2.25,<3.3`) instead of `==` pins. */
  ranges?: boolean;
  /** The diagram's file name, for the header. */
  source?: string;
  /** A resolution computed already (the app memoises it). */
  resolution?: Resolution;
  /** For a diagram imported from a file with `-r` includes: write one file, includes inlined. */
  flatten?: boolean;
}

const VALID_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

export interface Line {
  name: string;
  extras: string[];
  /** "==5.2.6", ">=5.2.6,<6", ">=3.7" or "" */
  specifier: string;
  why: string[];
}

/** `>=version,<next` where next is the next release series a careful user would accept. */
export function compatibleRange(name: string, version: string): string {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  const [major = 0, minor = 0] = parts;
  if (parts.some((p) => Number.isNaN(p))) return `==${version}`;
  // Django's feature releases (3.2, 4.2) are its compatibility boundary; 0.x packages break on minors.
  const upper = name === 'django' || major === 0 ? `${major}.${minor + 1}` : `${major + 1}`;
  return `>=${version},<${upper}`;
}

/** `name[extras]specifier` */
export function lineText(line: Line): string {
  const extras = line.extras.length > 0 ? `[${[...new Set(line.extras)].sort().join(',')}]` : '';
  return `${line.name}${extras}${line.specifier}`;
}

/** The lines of the requirements file, before formatting (used by `check --requirements` too). */
export function requirementLines(ctx: StackContext, ranges = false, skipped: string[] = []): Line[] {
  const lines = new Map<string, Line>();
  const pin = (name: string, version: string | undefined) =>
    version && isVersion(version) ? (ranges ? compatibleRange(name, version) : `==${version}`) : '';

  const roleLabel = (role: string) => ctx.catalog.role(role)?.label ?? role;
  for (const stackNode of ctx.nodes) {
    if (stackNode.pkg?.kind === 'service' || lines.has(stackNode.name)) continue;
    if (!stackNode.pkg) {
      // A name that is not a PEP 508 project name could carry a pip option: it is reported, not written.
      if (!VALID_NAME.test(stackNode.node.package)) {
        skipped.push(stackNode.node.package);
        continue;
      }
      const name = normalizePackageName(stackNode.node.package);
      const unknownPin = stackNode.node.pin && isVersion(stackNode.node.pin) ? `==${stackNode.node.pin}` : '';
      lines.set(name, { name, extras: [], specifier: unknownPin, why: ['not in the catalog: kept as written'] });
      continue;
    }
    const why: string[] = [];
    for (const port of stackNode.pkg.provides) {
      const consumers = [...new Set(ctx.consumersOf(stackNode.name, port.role).map((n) => n.name))];
      why.push(consumers.length > 0 ? `${roleLabel(port.role)} for ${consumers.join(', ')}` : roleLabel(port.role));
    }
    if (stackNode.name === 'django') why.push('the web framework');
    // A range the resolver could not judge (it reaches past the catalog) is written as the user
    // wrote it: an export never leaves the user's range.
    const range = stackNode.node.pin ? '' : (stackNode.node.requirement?.specifier ?? '').replace(/\s/g, '');
    if (!ctx.resolution.packages[stackNode.name] && range && isSpecifier(range)) {
      why.push('not checked: your range, as written');
      lines.set(stackNode.name, { name: stackNode.name, extras: [], specifier: range, why });
      continue;
    }
    const version = ctx.version(stackNode.name);
    if (!ctx.resolution.packages[stackNode.name])
      why.push(version ? 'not resolved: newest release for the target' : 'not resolved');
    lines.set(stackNode.name, { name: stackNode.name, extras: [], specifier: pin(stackNode.name, version), why });
  }
  if (!lines.has('django')) {
    lines.set('django', {
      name: 'django',
      extras: [],
      specifier: pin('django', ctx.djangoVersion),
      why: ['the web framework (target of the diagram)'],
    });
  }

  // Packages pip installs because a chosen release requires them, pinned as the resolver chose.
  for (const [dep, via] of Object.entries(ctx.resolution.implicit ?? {}).sort(([a], [b]) => compareText(a, b))) {
    if (lines.has(dep)) continue;
    lines.set(dep, {
      name: dep,
      extras: [],
      specifier: pin(dep, ctx.resolution.packages[dep]),
      why: [`via ${via.join(', ')}`],
    });
  }

  for (const stackNode of ctx.pythonPackages) {
    const version = ctx.version(stackNode.name);
    const release = stackNode.pkg!.releases.find((r) => r.version === version);
    for (const [dep, specifier] of Object.entries(release?.requires ?? {})) {
      const existing = lines.get(dep);
      if (existing) {
        const via = existing.why.some((why) => why.startsWith('via '));
        if (dep !== 'django' && !via) existing.why.push(`required by ${stackNode.name}`);
        continue;
      }
      lines.set(dep, { name: dep, extras: [], specifier, why: [`required by ${stackNode.name} (not on the canvas)`] });
    }
    const module = packageModule(stackNode.name);
    const line = lines.get(stackNode.name)!;
    line.extras.push(...installExtras(ctx, stackNode.name));
    for (const companion of module?.companions?.(ctx) ?? []) {
      const existing = lines.get(companion.name);
      if (existing) existing.why.push(`required by ${stackNode.name}`);
      else
        lines.set(companion.name, {
          name: companion.name,
          extras: [],
          specifier: companionSpecifier(ctx, companion.name, companion.specifier, pin),
          why: [`required by ${stackNode.name}: ${companion.why}`],
        });
    }
  }
  return [...lines.values()].sort((a, b) => compareText(a.name, b.name));
}

/** A companion in the catalog is pinned like the rest (newest release for the target that fits the rule). */
function companionSpecifier(
  ctx: StackContext,
  name: string,
  specifier: string,
  pin: (name: string, version: string | undefined) => string,
): string {
  const version = ctx.version(name);
  return version && fits(version, specifier) ? pin(name, version) : specifier;
}

/** The first two lines of every exported requirements file: fixed text, never diagram text. */
export const REQUIREMENTS_FIXED_LINES = [
  '# This file was generated by Django Stack Builder.',
  '# Edit the diagram and export again rather than editing this file.',
] as const;

/**
 * requirements.txt for a diagram. A diagram imported from a requirements file writes that file
 * back (see requirements-kept.ts): its top file, `-r` lines kept unless `flatten`.
 */
export function exportRequirements(diagram: Diagram, catalog: Catalog, options: RequirementsOptions = {}): string {
  if (diagram.requirementsFile) return exportKeptRequirements(diagram, catalog, options)[0]!.content;
  const ctx = new StackContext(diagram, catalog, options.resolution);
  const target = diagram.target;
  // pip reads a `coding:` comment in the first two lines and decodes the whole file with it (in
  // UTF-7, `+AAo-` is a newline, so a diagram named for it could add `--extra-index-url`): those
  // two lines are fixed text, and nothing from the diagram comes before line 3.
  const header = [
    ...REQUIREMENTS_FIXED_LINES,
    `# For Django ${oneLine(target.django)} / Python ${oneLine(target.python)}${
      options.source ? `, from the diagram ${oneLine(options.source)}` : ''
    }.`,
    ...(ctx.resolution.ok
      ? []
      : [`# WARNING: the stack does not resolve: ${oneLine(ctx.resolution.explanation ?? 'see the problems list')}`]),
    '#',
  ];
  const skipped: string[] = [];
  const lines = requirementLines(ctx, options.ranges, skipped);
  for (const name of skipped)
    header.splice(-1, 0, `# Skipped a node whose package name is not valid: ${JSON.stringify(oneLine(name))}`);
  const body = lines.flatMap((line) => [
    lineText(line),
    ...[...new Set(line.why)].map((why) => `    # ${oneLine(why)}`),
  ]);
  return `${[...header, ...body].join('\n')}\n`;
}
