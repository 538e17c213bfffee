/**
 * Class-based settings for django-configurations: a Base class with everything the stack
 * needs for production, Dev (DEBUG on, development tools, plain HTTP) and Prod. manage.py,
 * wsgi.py, asgi.py and celery.py pick the class from DJANGO_CONFIGURATION (see entrypoints.ts).
 */
import type { StackContext } from '../context';
import type { SettingsPlan } from '../plan';
import { pyLiteral } from '../python/literal';
import {
  appsBlock,
  headerLines,
  importLines,
  READ_ENV_FILE,
  renderOrderedList,
  settingLine,
} from '../settings/render-settings';

const INDENT = '    ';

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line ? `${INDENT}${line}` : line))
    .join('\n');
}

/** A class statement, its docstring (fixed text, never from the diagram) and its indented body. */
function classBlock(header: string, docstring: string, body: string[]): string[] {
  return [header, `${INDENT}"""${docstring}"""`, '', indent(body.join('\n'))];
}

/** Settings handled by the classes themselves rather than copied from the plan. */
const CLASS_OWNED = new Set(['DEBUG', 'SECRET_KEY']);

function baseBody(plan: SettingsPlan): string[] {
  const out: string[] = [
    'DEBUG = False',
    '# Read from DJANGO_SECRET_KEY; the exported .env has one for development.',
    'SECRET_KEY = values.SecretValue()',
  ];
  for (const section of plan.orderedSections()) {
    if (section.title === 'Development tools') continue;
    const settings = section.settings.filter((s) => !CLASS_OWNED.has(s.name));
    const code = section.title === 'Core' ? [] : section.code;
    if (settings.length === 0 && code.length === 0) continue;
    out.push('', `# ${section.title}`);
    for (const setting of settings) out.push(settingLine(setting));
    for (const statement of code) out.push(statement.code.code);
    if (section.title === 'Core') {
      const always = <T extends { devOnly?: boolean }>(entries: T[]) => entries.filter((e) => !e.devOnly);
      out.push(...appsBlock(always(plan.apps), always(plan.middleware), plan.backends));
    }
  }
  return out;
}

function devBody(plan: SettingsPlan): string[] {
  const out = [
    'DEBUG = True',
    'SESSION_COOKIE_SECURE = False',
    'CSRF_COOKIE_SECURE = False',
    'SECURE_SSL_REDIRECT = False',
    'SECURE_HSTS_SECONDS = 0',
  ];
  const devApps = plan.apps.some((a) => a.devOnly) || plan.middleware.some((m) => m.devOnly);
  if (devApps) {
    const asAlways = <T extends { devOnly?: boolean }>(entries: T[]) => entries.map((e) => ({ ...e, devOnly: false }));
    out.push('', '# Development tools');
    out.push(renderOrderedList('INSTALLED_APPS', asAlways(plan.apps)));
    out.push(renderOrderedList('MIDDLEWARE', asAlways(plan.middleware)));
  }
  const dev = plan.orderedSections().find((s) => s.title === 'Development tools');
  for (const setting of dev?.settings ?? []) out.push(`${setting.name} = ${pyLiteral(setting.value)}`);
  return out;
}

/** settings.py with Configuration classes, for a stack with django-configurations. */
export function renderConfigurationsSettings(ctx: StackContext, plan: SettingsPlan, projectName: string): string {
  const classes = [
    ...classBlock(
      'class Base(Configuration):',
      'What every environment shares: the production-safe settings of the stack.',
      baseBody(plan),
    ),
    ...devBody(plan),
  ].join('\n');
  const imports = importLines(plan, `BASE_DIR = Path(__file__)\nos.environ\n${READ_ENV_FILE.join('\n')}\n${classes}`);
  imports.push(...(imports.includes('') ? [] : ['']), 'from configurations import Configuration, values');
  const lines = [
    ...headerLines(ctx, `Django settings for the ${projectName} project, as django-configurations classes.`),
    '# DJANGO_CONFIGURATION picks the class: Dev (the default of manage.py) or Prod. Values that differ',
    '# per deployment come from the environment (see .env.example); a local run reads .env.',
    '',
    ...imports,
    '',
    'BASE_DIR = Path(__file__).resolve().parent.parent',
    '',
    '',
    ...READ_ENV_FILE,
    '',
    '',
    ...classBlock(
      'class Base(Configuration):',
      'What every environment shares: the production-safe settings of the stack.',
      baseBody(plan),
    ),
    '',
    '',
    ...classBlock('class Dev(Base):', 'Local development: DEBUG on, development tools, plain HTTP.', devBody(plan)),
    '',
    '',
    ...classBlock('class Prod(Base):', 'Production: every deployment value comes from the environment.', [
      'DEBUG = False',
    ]),
    '',
  ];
  return lines.join('\n');
}
