/**
 * What a package module may say about its package, beyond the catalog's data. The catalog gives
 * apps, middleware and options; a module gives what data cannot: where an app or middleware
 * must sit, settings that depend on the wiring or on the resolved version, URLs, extras and
 * companions in requirements.txt. One small module per package, registered in ./index.ts.
 */
import type { StackContext } from '../context';
import type { EnvStyle } from '../env';
import type { SettingsPlan } from '../plan';
import type { PyCode, PyValue } from '../python/literal';

/** The project being exported (its package name is a validated identifier). */
export interface ProjectInfo {
  name: string;
}

export interface UrlEntry {
  /** The route string ("api/schema/"). */
  route: string;
  /** The view expression, written by the module. */
  view: PyCode;
  name?: string;
  /** Import lines the view needs. */
  imports?: string[];
  /** Statements before `urlpatterns` (a DRF router). */
  preamble?: PyCode[];
  /** Only routed while DEBUG is on. */
  devOnly?: boolean;
  /** A catch-all that must come after every other route (Wagtail's page tree). */
  last?: boolean;
  comment?: string;
}

/** A Python package that requirements.txt needs although it is not a node. */
export interface Companion {
  name: string;
  /** A PEP 440 specifier ("" = any). */
  specifier: string;
  why: string;
}

/** Settings fragments a package contributes to the API framework it is wired into. */
export interface DrfContribution {
  /** REST_FRAMEWORK['DEFAULT_AUTHENTICATION_CLASSES'] entries, when wired into DRF's auth input. */
  authentication?: (ctx: StackContext) => string[];
  /** REST_FRAMEWORK['DEFAULT_SCHEMA_CLASS'], when wired into DRF's docs input. */
  schemaClass?: (ctx: StackContext) => string;
  /** REST_FRAMEWORK['DEFAULT_FILTER_BACKENDS'] entries, when wired into DRF's filters input. */
  filterBackends?: (ctx: StackContext) => string[];
}

/**
 * How a package changes the entry points (manage.py, wsgi.py, asgi.py, celery.py): a settings
 * loader that must run before Django reads the settings (django-configurations' importers).
 */
export interface EntryPointHooks {
  /** Python lines after DJANGO_SETTINGS_MODULE's setdefault, at the given indent. */
  settingsEnv?(ctx: StackContext, indent: string): string[];
  /** The module whose management/wsgi/asgi submodules replace django.core's ("configurations"). */
  loaderModule?: string;
  /** Statements celery.py runs before it imports Celery. */
  celerySetup?: string[];
}

/** A settings.py written another way than the plain module (django-configurations' classes). */
export type SettingsRenderer = (ctx: StackContext, plan: SettingsPlan, projectName: string) => string;

/** DATABASES read from one DATABASE_URL variable (django-environ, dj-database-url). */
export interface DatabaseUrlReader {
  /** Lower runs first: the first reader that answers writes DATABASES. */
  priority: number;
  /** The DATABASES['default'] expression, or undefined when this reader does not apply to the stack. */
  read(ctx: StackContext, plan: SettingsPlan, sqlite: PyCode): PyValue | undefined;
}

export interface PackageModule {
  /** The PEP 503 package name. */
  name: string;
  /** Weights of its INSTALLED_APPS labels (default 500: after Django's apps). */
  appWeights?: Record<string, { weight: number; why: string }>;
  /** Weights of its middleware (default 850: after Django's own). */
  middlewareWeights?: Record<string, { weight: number; why: string }>;
  /** Catalog apps or middleware that the package documents as optional: not added by default. */
  optional?: string[];
  /** A development tool: its apps and middleware are only active while DEBUG is on. */
  devOnly?: boolean;
  /** Adds settings, apps, middleware and backends to the plan. */
  settings?(ctx: StackContext, plan: SettingsPlan, project: ProjectInfo): void;
  urls?(ctx: StackContext, project: ProjectInfo): UrlEntry[];
  /** Extras of its own requirements line ("celery[redis]"). */
  extras?(ctx: StackContext): string[];
  companions?(ctx: StackContext): Companion[];
  drf?: DrfContribution;
  /** Runs after every module's `settings`: assembles what other packages contributed (REST_FRAMEWORK). */
  finish?(ctx: StackContext, plan: SettingsPlan, project: ProjectInfo): void;
  /** How settings.py reads the environment, when the package decides it (django-environ's `env`). */
  envStyle?(ctx: StackContext): EnvStyle | undefined;
  /** Changes to the environment variables once the plan is complete (DJANGO_DEBUG → DJANGO_CONFIGURATION). */
  environment?(ctx: StackContext, plan: SettingsPlan): void;
  databaseUrl?: DatabaseUrlReader;
  entryPoints?: EntryPointHooks;
  /** Writes settings.py in the package's own form. */
  renderSettings?: SettingsRenderer;
  /** The command that serves the project in production, for the README (a server package). */
  serverCommand?(ctx: StackContext, project: ProjectInfo): string;
}

/** The weight of Django's own middleware, so that modules can place theirs relative to it. */
export const DJANGO_MIDDLEWARE_WEIGHT = {
  security: 100,
  session: 200,
  common: 300,
  csrf: 400,
  authentication: 500,
  messages: 600,
  clickjacking: 700,
  /** Package middleware without a documented place goes after Django's own. */
  default: 850,
} as const;

/** The weight of Django's contrib apps (Django's own apps come first in INSTALLED_APPS). */
export const DJANGO_APP_WEIGHT = { contribFirst: 100, staticfiles: 150, thirdParty: 500, local: 900 } as const;
