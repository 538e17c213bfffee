/**
 * Schema of one catalog file (`catalog/packages/<pypi-name>.json`). The catalog is data that is
 * reviewed like code: every fact in a file must be true of the real package and say where it
 * comes from (`sources`). No logic lives here: behaviour that data cannot express belongs in
 * the per-package rule modules next to the exporters.
 */
import { z } from '../core/zod';

/** A role id: lower-case words joined by dashes ("auth", "cache", "broker"). */
export const RoleId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a role id is lower-case words joined by dashes');

/** A PEP 503 normalised project name ("django-rest-knox", never "Django_Rest_Knox"). */
export const PackageName = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a package name is the PEP 503 normalised PyPI name');

/**
 * A PEP 440 specifier set ("", ">=4.2,<6.0", "==5.2.*"). The empty string means "any".
 * Syntax is checked against a PEP 440 library in the catalog tests, not by this regex.
 */
export const Specifier = z.string().max(200);

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** A release's date: YYYY-MM-DD, or YYYY-MM where only the month is known (PyPI's index snapshot). */
export const ReleaseDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a release date is YYYY-MM-DD or YYYY-MM');

export const Source = z.strictObject({
  /** Where the fact was read: PyPI JSON, a changelog, setup.cfg at a tag, the docs. */
  url: z.url(),
  /** Which facts it supports ("releases 5.0–5.2: classifiers and python_requires"). */
  covers: z.string().min(1),
});

/**
 * One release as its own metadata states it. Three kinds of fact are kept apart:
 * - what the release *declares* (`django`: its Django classifiers, or the maintainers' tested
 *   matrix where it has none): a target outside it is only a warning;
 * - what it *allows* (`python` = Requires-Python, `requiresDist` = Requires-Dist): pip refuses
 *   anything outside, so these can make an error;
 * - what is *known broken* lives in the package's `breakages`, with evidence.
 */
export const Release = z.strictObject({
  version: z.string().min(1),
  /**
   * Upload date (PyPI) or, where that cannot be read, the release tag's date. Absent only in a
   * refreshed cache, when the index gives no upload time (PEP 700 is optional).
   */
  date: ReleaseDate.optional(),
  /** Django versions the release declares (classifiers / tested matrix), as a specifier. */
  django: Specifier,
  /** Its Requires-Python, as a specifier ("" when the release declares none). */
  python: Specifier,
  /**
   * Its Requires-Dist, verbatim PEP 508 strings as in METADATA / install_requires /
   * [project] dependencies (extras and markers included, e.g. `redis>=4.5.2,!=4.5.5,<6.0.0;
   * extra == "redis"`). Absent when the release's metadata could not be read from a primary
   * source: then only `requires` (hand-written, catalog packages only) is known.
   */
  requiresDist: z.array(z.string().min(1).max(500)).optional(),
  /** Where `python` and `requiresDist` were read: the file at the release tag, or the METADATA of a packaged build. */
  metadataSource: z.url().optional(),
  /** Python versions the release declares in its classifiers ("" when it lists none). Used for Django itself. */
  declaresPython: Specifier.optional(),
  /** Present when the release is yanked on PyPI: the reason given ("" when none was given). */
  yanked: z.string().optional(),
  /** The sha256 digests of the release's files, as the index lists them (written by a refresh). */
  sha256: z
    .array(z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 digest is 64 lower-case hex digits'))
    .max(1000)
    .optional(),
  /** Hard requirements on other catalog packages (install_requires), PEP 440 specifiers. Legacy: superseded by requiresDist. */
  requires: z.record(PackageName, Specifier).optional(),
  /** Facts worth knowing about this release (a breaking change, a new required middleware). */
  note: z.string().optional(),
});

/**
 * A breakage recorded with evidence: releases of this package that do not work on some Django
 * or Python although pip would install them (django-rest-swagger's `{% load staticfiles %}` on
 * Django >= 3.0). The only kind of fact besides pip's own rules that makes an error.
 */
export const Breakage = z.strictObject({
  /** Releases of this package that break ("" = all). */
  releases: Specifier.default(''),
  /** The Django versions it breaks on ("" = any). */
  django: Specifier.default(''),
  /** The Python versions it breaks on ("" = any). */
  python: Specifier.default(''),
  /** What breaks, in one sentence a user can act on. */
  what: z.string().min(1),
  /** A link to the evidence: the changelog, release notes, the failing line at a tag, an issue. */
  evidence: z.url(),
});

/**
 * A release line of a package that publishes a support policy (Django): the Python versions
 * the line supports and the day its support ends, from the project's release notes.
 */
export const SupportLine = z.strictObject({
  /** "major.minor" of the line ("4.2"). */
  line: z.string().regex(/^\d+\.\d+$/),
  /** Python versions the line supports, as a specifier (">=3.8,<3.13"). */
  python: Specifier,
  /** The day support (security fixes included) ends, YYYY-MM-DD. */
  endOfSupport: IsoDate,
  /** Long-term support line. */
  lts: z.boolean().default(false),
  source: z.url(),
});

export const ProvidedPort = z.strictObject({
  role: RoleId,
  /** Shown on the port; defaults to the role's label. */
  label: z.string().optional(),
  note: z.string().optional(),
});

export const NeededPort = z.strictObject({
  role: RoleId,
  label: z.string().optional(),
  /** A required input left empty is a problem ("celery without a broker"). */
  required: z.boolean().default(false),
  /** Whether several providers may be wired in (auth classes: yes; the default cache: no). */
  multiple: z.boolean().default(true),
  /** Packages that can fill this port, best first: offered by the one-click fix. */
  suggest: z.array(PackageName).default([]),
  note: z.string().optional(),
});

/** An entry of INSTALLED_APPS, optionally only for some releases of the package. */
export const InstalledApp = z.strictObject({
  label: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'an app label is a dotted Python path'),
  versions: Specifier.optional(),
  note: z.string().optional(),
});

/** A middleware class the package documents, optionally only for some releases. */
export const Middleware = z.strictObject({
  path: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'a middleware is a dotted Python path'),
  versions: Specifier.optional(),
  note: z.string().optional(),
});

/** A setting the user can tune on the node (shown in the inspector, used by exporters). */
export const PackageOption = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
  label: z.string(),
  type: z.enum(['string', 'integer', 'boolean', 'choice']),
  default: z.union([z.string(), z.number(), z.boolean()]),
  choices: z.array(z.string()).optional(),
  description: z.string().optional(),
  /**
   * The exact setting the option sets, so that exporters and readers know what a value means:
   * a settings.py name (`AXES_FAILURE_LIMIT`), a key inside a dict setting
   * (`DEBUG_TOOLBAR_CONFIG['RESULTS_CACHE_SIZE']`), an argument of a call in settings.py
   * (`sentry_sdk.init(dsn=)`), a command-line option of a server (`--timeout`), an environment
   * variable (`$DJANGO_CONFIGURATION`) or an extra of the package's requirements line (`[standard]`).
   */
  setting: z
    .string()
    .regex(/^(\$?[A-Z][A-Z0-9_]*(\['[A-Za-z0-9_]+'\])*|[a-z_][a-z0-9_.]*\([a-z_]+=\)|--[a-z][a-z-]*|\[[a-z0-9-]*\])$/),
});

export const Status = z.strictObject({
  state: z.enum(['maintained', 'deprecated', 'unmaintained']),
  /** Packages that replace this one, best first. */
  successors: z.array(PackageName).default([]),
  /** Why, in one sentence a user can act on. */
  note: z.string().optional(),
});

export const Conflict = z.strictObject({
  package: PackageName,
  /** Releases of this package that conflict ("" = all). */
  versions: Specifier.default(''),
  /** Releases of the other package that conflict ("" = all). */
  otherVersions: Specifier.default(''),
  reason: z.string().min(1),
});

/** A service the stack needs that is not a Python package (Redis, PostgreSQL, RabbitMQ). */
export const ServiceInfo = z.strictObject({
  /** The official container image used in the exported docker-compose.yml. */
  image: z.string(),
  port: z.number().int().positive(),
  /** The environment variable that carries its URL in the exported settings. */
  urlEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  /** The URL a local development run uses. */
  localUrl: z.string(),
});

export const CatalogPackage = z
  .strictObject({
    $schema: z.string().optional(),
    name: PackageName,
    kind: z.enum(['python', 'service']),
    title: z.string().min(1),
    summary: z.string().min(1).max(160),
    links: z.strictObject({
      docs: z.url().optional(),
      repository: z.url().optional(),
      pypi: z.url().optional(),
      homepage: z.url().optional(),
    }),
    /** The name to import in Python, when it differs from the distribution ("rest_framework"). */
    module: z.string().optional(),
    /** Other spellings seen in requirements files ("djangorestframework_simplejwt"). */
    aliases: z.array(z.string()).default([]),
    status: Status,
    provides: z.array(ProvidedPort).default([]),
    needs: z.array(NeededPort).default([]),
    apps: z.array(InstalledApp).default([]),
    middleware: z.array(Middleware).default([]),
    options: z.array(PackageOption).default([]),
    releases: z.array(Release).default([]),
    conflicts: z.array(Conflict).default([]),
    /** Known breakages with evidence (see Breakage). */
    breakages: z.array(Breakage).default([]),
    /** Release lines with their supported Python versions and end of support (Django). */
    lines: z.array(SupportLine).default([]),
    service: ServiceInfo.optional(),
    sources: z.array(Source).min(1, 'every catalog file says where its facts come from'),
  })
  .superRefine((pkg, ctx) => {
    if (pkg.kind === 'python' && pkg.releases.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['releases'], message: 'a Python package needs at least one release' });
    }
    if (pkg.kind === 'service' && !pkg.service) {
      ctx.addIssue({ code: 'custom', path: ['service'], message: 'a service needs its service block' });
    }
    const seen = new Set<string>();
    pkg.releases.forEach((release, i) => {
      if (seen.has(release.version)) {
        ctx.addIssue({
          code: 'custom',
          path: ['releases', i, 'version'],
          message: `release ${release.version} is listed twice`,
        });
      }
      seen.add(release.version);
    });
  });

export type CatalogPackage = z.infer<typeof CatalogPackage>;
export type Release = z.infer<typeof Release>;
export type NeededPort = z.infer<typeof NeededPort>;
export type ProvidedPort = z.infer<typeof ProvidedPort>;
export type PackageOption = z.infer<typeof PackageOption>;
export type Breakage = z.infer<typeof Breakage>;
export type SupportLine = z.infer<typeof SupportLine>;

/**
 * A Python distribution that catalog packages require but that is not itself a catalog
 * package (kombu, redis-py's hiredis, PyJWT, asgiref, sqlparse, cryptography, …): a lightweight
 * record, enough for the resolver, never shown in the palette. `catalog/deps/<name>.json`.
 */
export const DependencyRecord = z
  .strictObject({
    $schema: z.string().optional(),
    name: PackageName,
    summary: z.string().max(200).optional(),
    releases: z.array(Release).min(1),
    sources: z.array(Source).min(1, 'every dependency record says where its facts come from'),
  })
  .superRefine((dep, ctx) => {
    const seen = new Set<string>();
    dep.releases.forEach((release, i) => {
      if (seen.has(release.version)) {
        ctx.addIssue({
          code: 'custom',
          path: ['releases', i, 'version'],
          message: `release ${release.version} is listed twice`,
        });
      }
      seen.add(release.version);
    });
  });
export type DependencyRecord = z.infer<typeof DependencyRecord>;

export const RoleDefinition = z.strictObject({
  id: RoleId,
  label: z.string(),
  description: z.string(),
  /** A CSS colour for the role's ports and edges; must pass AA contrast on both themes' node bodies. */
  color: z.string().regex(/^#[0-9a-f]{6}$/),
  /** Layer in the auto-layout: services at 0, Django at the far end. */
  layer: z.number().int().min(0),
});

export const RolesFile = z.strictObject({
  $schema: z.string().optional(),
  roles: z.array(RoleDefinition),
});
export type RoleDefinition = z.infer<typeof RoleDefinition>;
export type RolesFile = z.infer<typeof RolesFile>;
