/**
 * Finding 4 of issue 17: every option the catalog declares (and the inspector shows) reaches the
 * export. Each declared option of each package, set alone to a value other than its default on a
 * stack with the package and its usual partners, auto-wired, must show that value in a line the
 * default export does not have. And a key the catalog does not declare is never exported.
 */
import { describe, expect, it } from 'vitest';
import type { PackageOption } from '../../catalog/schema';
import { defaultCatalog } from '../catalog/catalog';
import { autoWire } from '../diagram/auto-wire';
import { emptyDiagram, type Diagram, type JsonValue } from '../diagram/model';
import { addNode } from '../diagram/ops';
import { exportPreviewFiles } from './project';

const catalog = defaultCatalog();
const random = (count: number) => new Uint8Array(count).fill(3);

/** Partners that make a package's settings appear (a plugin needs its host, a layer its server). */
const PARTNERS: Record<string, string[]> = {
  'channels-redis': ['channels', 'daphne'],
  'crispy-bootstrap5': ['django-crispy-forms'],
  'dj-rest-auth': ['djangorestframework'],
  'djangorestframework-simplejwt': ['djangorestframework'],
  'djangorestframework-jwt': ['djangorestframework'],
  'django-rest-knox': ['djangorestframework'],
  'drf-spectacular': ['djangorestframework'],
  'drf-yasg': ['djangorestframework'],
  'django-celery-beat': ['celery', 'redis'],
  'django-celery-results': ['celery', 'redis'],
  celery: ['redis'],
  'dj-database-url': ['postgresql', 'psycopg'],
  psycopg: ['postgresql'],
  psycopg2: ['postgresql'],
  'psycopg2-binary': ['postgresql'],
  mysqlclient: ['mysql'],
};

function stackWith(name: string, key?: string, value?: JsonValue): Diagram {
  let diagram = emptyDiagram();
  for (const pkg of new Set(['django', ...(PARTNERS[name] ?? []), name])) {
    if (!catalog.get(pkg)) continue;
    diagram = addNode(diagram, catalog, pkg).diagram;
  }
  diagram = autoWire(diagram, catalog);
  if (key !== undefined)
    diagram.nodes = diagram.nodes.map((node) =>
      node.package === name ? { ...node, options: { ...node.options, [key]: value! } } : node,
    );
  return diagram;
}

function exportLines(diagram: Diagram): Set<string> {
  const files = exportPreviewFiles(diagram, catalog, { projectName: 'shop', random });
  return new Set(files.flatMap((file) => file.content.split('\n').map((line) => `${file.path}: ${line}`)));
}

/** A value of the option's type that is not its default, and the texts that show it in an export. */
function otherValue(option: PackageOption): { value: JsonValue; shown: string[] } {
  switch (option.type) {
    case 'boolean':
      return { value: !option.default, shown: option.default ? ['False', 'false'] : ['True', 'true'] };
    case 'integer': {
      const value = Number(option.default) + 7;
      return { value, shown: [String(value)] };
    }
    case 'choice': {
      const value = (option.choices ?? []).find((choice) => choice !== option.default) ?? String(option.default);
      return { value, shown: [value, value.split('.').pop()!] };
    }
    default: {
      const value = option.key.toLowerCase().includes('rate') ? '0.37' : `walk${option.key.length}x`;
      return { value, shown: [value] };
    }
  }
}

/**
 * Options whose other value changes the export's shape rather than printing the value: what the
 * changed lines show instead (a renderer list without the browsable API, a requirement line
 * without the extra).
 */
const SHOWN_INSTEAD: Record<string, (line: string) => boolean> = {
  'djangorestframework browsableApi': (line) => line.includes("'rest_framework.renderers.JSONRenderer'"),
  'uvicorn standardExtras': (line) => /^requirements\.txt: uvicorn==/.test(line),
};

const cases = catalog.packages.flatMap((pkg) => pkg.options.map((option) => ({ name: pkg.name, option })));

describe('every declared option reaches the export', () => {
  it.each(cases.map((c) => [`${c.name} ${c.option.key}`, c] as const))('%s', (label, { name, option }) => {
    const before = exportLines(stackWith(name));
    const { value, shown } = otherValue(option);
    const after = [...exportLines(stackWith(name, option.key, value))].filter((line) => !before.has(line));
    const instead = SHOWN_INSTEAD[label];
    expect(
      after.some((line) => (instead ? instead(line) : shown.some((text) => line.includes(text)))),
      `${name}.${option.key} = ${JSON.stringify(value)} changed no line to show it`,
    ).toBe(true);
  });

  it('each option declares the setting it sets, and the changed lines name it', () => {
    for (const { name, option } of cases) {
      expect(option.setting, `${name}.${option.key}`).toBeTruthy();
      // The name a changed line must hold: a settings.py name, the last key inside a dict setting,
      // or a server flag. Environment variables, call arguments and extras are shown by value above.
      const plain =
        /^[A-Z][A-Z0-9_]*$/.exec(option.setting)?.[0] ??
        /^[A-Z][A-Z0-9_]*(?:\['\w+'\])*\['(\w+)'\]$/.exec(option.setting)?.[1] ??
        /^--[a-z-]+$/.exec(option.setting)?.[0];
      if (!plain) continue;
      const before = exportLines(stackWith(name));
      const after = [...exportLines(stackWith(name, option.key, otherValue(option).value))].filter(
        (line) => !before.has(line),
      );
      expect(
        after.some((line) => line.includes(plain)),
        `${name}.${option.key} declares ${plain}, which no changed line names`,
      ).toBe(true);
    }
  });
});

describe('undeclared option keys', () => {
  it('are never exported: CORS, Sentry PII and a storage backend stay as the catalog says', () => {
    const diagram = stackWith('django-cors-headers');
    diagram.nodes = diagram.nodes.map((node) =>
      node.package === 'django-cors-headers'
        ? { ...node, options: { cors_allow_all_origins: true, cors_allow_credentials: true } }
        : node,
    );
    const text = [...exportLines(diagram)].join('\n');
    expect(text).not.toMatch(/CORS_ALLOW_ALL_ORIGINS = True|CORS_ALLOW_CREDENTIALS = True/);
    const sentry = stackWith('sentry-sdk', 'send_default_pii', true);
    expect([...exportLines(sentry)].join('\n')).toMatch(/send_default_pii=False/);
  });
});
