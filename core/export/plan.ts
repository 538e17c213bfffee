/**
 * The settings a stack needs, before they are written out: apps, middleware, backends, and
 * named settings grouped in sections. Package modules fill a plan; the settings renderers
 * (plain module, stack_settings fragment, django-configurations classes) write it.
 */
import { EnvReader, type EnvStyle } from './env';
import type { PyCode, PyValue } from './python/literal';

/** Where an entry sits in an ordered list: lower weights come first (stable for equal weights). */
export interface OrderedEntry {
  value: string;
  /** The package that needs it (for the comment and for tests). */
  package: string;
  weight: number;
  /** Only present while DEBUG is on (development tools). */
  devOnly?: boolean;
  /** Why it sits where it does; written as a comment. */
  why?: string;
}

export interface Setting {
  name: string;
  value: PyValue;
  comment?: string;
}

/** A statement after the settings of a section (sentry_sdk.init(...)): exporter-written code only. */
export interface SectionCode {
  code: PyCode;
  comment?: string;
}

export interface Section {
  title: string;
  settings: Setting[];
  code: SectionCode[];
}

export type SectionId =
  | 'core'
  | 'apps'
  | 'database'
  | 'auth'
  | 'api'
  | 'cache'
  | 'tasks'
  | 'realtime'
  | 'static'
  | 'security'
  | 'packages'
  | 'monitoring'
  | 'development';

const SECTION_TITLES: Record<SectionId, string> = {
  core: 'Core',
  apps: 'Applications',
  database: 'Database',
  auth: 'Authentication',
  api: 'API',
  cache: 'Cache',
  tasks: 'Background tasks',
  realtime: 'Realtime (ASGI)',
  static: 'Static and media files',
  security: 'Security',
  packages: 'Package settings',
  monitoring: 'Monitoring',
  development: 'Development tools',
};

export const SECTION_ORDER = Object.keys(SECTION_TITLES) as SectionId[];

export class SettingsPlan {
  readonly apps: OrderedEntry[] = [];
  readonly middleware: OrderedEntry[] = [];
  readonly backends: OrderedEntry[] = [];
  /** Import lines the settings need ("from datetime import timedelta"). */
  readonly imports = new Set<string>();
  /** Keys of REST_FRAMEWORK, merged from DRF and the packages wired into it. */
  readonly restFramework: Record<string, PyValue> = {};
  readonly env: EnvReader;
  /** The static files storage class (WhiteNoise's), written as STORAGES or STATICFILES_STORAGE. */
  staticStorage: { backend: string; package: string } | undefined;
  /** The default file storage class expression (django-storages), written the same way. */
  mediaStorage: PyValue | undefined;
  private readonly sections = new Map<SectionId, Section>();

  constructor(envStyle: EnvStyle) {
    this.env = new EnvReader(envStyle);
  }

  addApp(entry: OrderedEntry): void {
    if (!this.apps.some((a) => a.value === entry.value)) this.apps.push(entry);
  }

  addMiddleware(entry: OrderedEntry): void {
    if (!this.middleware.some((m) => m.value === entry.value)) this.middleware.push(entry);
  }

  addBackend(entry: OrderedEntry): void {
    if (!this.backends.some((b) => b.value === entry.value)) this.backends.push(entry);
  }

  hasApp(label: string): boolean {
    return this.apps.some((a) => a.value === label);
  }

  /** Sets a named setting in a section; a later call for the same name replaces the value. */
  set(section: SectionId, name: string, value: PyValue, comment?: string): void {
    for (const s of this.sections.values()) {
      const i = s.settings.findIndex((setting) => setting.name === name);
      if (i >= 0) s.settings.splice(i, 1);
    }
    this.section(section).settings.push({ name, value, comment });
  }

  get(name: string): PyValue | undefined {
    for (const s of this.sections.values()) {
      const found = s.settings.find((setting) => setting.name === name);
      if (found) return found.value;
    }
    return undefined;
  }

  code(section: SectionId, code: PyCode, comment?: string): void {
    this.section(section).code.push({ code, comment });
  }

  private section(id: SectionId): Section {
    let s = this.sections.get(id);
    if (!s) {
      s = { title: SECTION_TITLES[id], settings: [], code: [] };
      this.sections.set(id, s);
    }
    return s;
  }

  /** Non-empty sections in a fixed order. */
  orderedSections(): Section[] {
    return SECTION_ORDER.map((id) => this.sections.get(id)).filter(
      (s): s is Section => !!s && (s.settings.length > 0 || s.code.length > 0),
    );
  }
}

/** Entries sorted by weight; equal weights keep the order they were added in. */
export function ordered(entries: readonly OrderedEntry[]): OrderedEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.weight - b.entry.weight || a.index - b.index)
    .map(({ entry }) => entry);
}
