/**
 * Fills a SettingsPlan for a stack: Django's base settings, the catalog's apps and middleware
 * for each package's resolved version, then each package module, then what is assembled from
 * several packages (REST_FRAMEWORK, AUTHENTICATION_BACKENDS, storages, DATABASES).
 */
import type { StackContext } from '../context';
import { modulesOnCanvas, packageModule } from '../packages';
import { DJANGO_APP_WEIGHT, DJANGO_MIDDLEWARE_WEIGHT, type ProjectInfo } from '../packages/module';
import { SettingsPlan } from '../plan';
import { PyCode, py } from '../python/literal';
import { fits as versionFits } from '../../util/pep440';
import { addDatabase } from './database';
import { compareText } from '../../util/collate';

/** The docker-compose service name of a service package ("redis-server" → "redis"). */
export function composeServiceName(image: string): string {
  return image.split(/[:/@]/)[0]!.replace(/[^a-z0-9-]/g, '-') || 'service';
}

/** Whether a service carries a database server (handled by DATABASES, not a URL setting). */
function isDatabaseService(ctx: StackContext, nodeId: string): boolean {
  const pkg = ctx.nodes.find((n) => n.node.id === nodeId)?.pkg;
  return !!pkg?.provides.some((p) => p.role === 'postgresql' || p.role === 'mysql');
}

/** The packages whose settings the project gets: Django first, then the canvas's in name order. */
function packagesInOrder(ctx: StackContext): string[] {
  const names = new Set<string>(['django']);
  for (const n of [...ctx.pythonPackages].sort((a, b) => compareText(a.name, b.name))) names.add(n.name);
  return [...names];
}

function addCatalogEntries(ctx: StackContext, plan: SettingsPlan, name: string): void {
  const pkg = ctx.catalog.get(name);
  if (!pkg) return;
  const version = name === 'django' ? ctx.djangoVersion : ctx.version(name);
  const fits = (spec: string | undefined) => !spec || (version !== undefined && versionFits(version, spec));
  const module = packageModule(name);
  const optional = new Set(module?.optional ?? []);
  for (const app of pkg.apps) {
    if (!fits(app.versions) || optional.has(app.label)) continue;
    const placed = module?.appWeights?.[app.label];
    const contrib = app.label.startsWith('django.contrib.');
    plan.addApp({
      value: app.label,
      package: name,
      weight: placed?.weight ?? (contrib ? DJANGO_APP_WEIGHT.staticfiles - 5 : DJANGO_APP_WEIGHT.thirdParty),
      devOnly: module?.devOnly,
      why: placed?.why,
    });
  }
  for (const middleware of pkg.middleware) {
    if (!fits(middleware.versions) || optional.has(middleware.path)) continue;
    const placed = module?.middlewareWeights?.[middleware.path];
    plan.addMiddleware({
      value: middleware.path,
      package: name,
      weight: placed?.weight ?? DJANGO_MIDDLEWARE_WEIGHT.default,
      devOnly: module?.devOnly,
      why: placed?.why,
    });
  }
}

function addCore(ctx: StackContext, plan: SettingsPlan): void {
  plan.set('core', 'DEBUG', plan.env.bool('DJANGO_DEBUG', true, 'Development mode. Production: False.'));
  plan.set(
    'core',
    'SECRET_KEY',
    plan.env.str(
      'DJANGO_SECRET_KEY',
      '',
      'Signs sessions and tokens: a long random string, different in every deployment.',
      { secret: true },
    ),
  );
  plan.imports.add('from django.core.exceptions import ImproperlyConfigured');
  plan.code(
    'core',
    new PyCode(
      "if not SECRET_KEY:\n    raise ImproperlyConfigured('Set DJANGO_SECRET_KEY (the exported .env has one for development).')",
    ),
  );
  plan.set(
    'core',
    'ALLOWED_HOSTS',
    plan.env.list('DJANGO_ALLOWED_HOSTS', ['localhost', '127.0.0.1', '[::1]'], 'Host names the site answers to.'),
  );
  for (const service of ctx.services) {
    if (isDatabaseService(ctx, service.nodeId)) continue;
    plan.set(
      'core',
      service.urlEnv,
      plan.env.str(service.urlEnv, service.localUrl, `URL of the ${service.name} service.`),
    );
  }
}

const VALIDATORS = [
  'UserAttributeSimilarityValidator',
  'MinimumLengthValidator',
  'CommonPasswordValidator',
  'NumericPasswordValidator',
];

function addDjangoDefaults(ctx: StackContext, plan: SettingsPlan): void {
  plan.set('core', 'TEMPLATES', [
    {
      BACKEND: 'django.template.backends.django.DjangoTemplates',
      DIRS: [new PyCode("BASE_DIR / 'templates'")],
      APP_DIRS: true,
      OPTIONS: {
        context_processors: [
          'django.template.context_processors.debug',
          'django.template.context_processors.request',
          'django.contrib.auth.context_processors.auth',
          'django.contrib.messages.context_processors.messages',
        ],
      },
    },
  ]);
  plan.set(
    'core',
    'AUTH_PASSWORD_VALIDATORS',
    VALIDATORS.map((name) => ({ NAME: `django.contrib.auth.password_validation.${name}` })),
  );
  plan.set('core', 'LANGUAGE_CODE', ctx.text('django', 'languageCode', 'en-us'));
  plan.set(
    'core',
    'TIME_ZONE',
    plan.env.str(
      'DJANGO_TIME_ZONE',
      ctx.text('django', 'timeZone', 'UTC'),
      'The project time zone (also used by Celery).',
    ),
  );
  plan.set('core', 'USE_I18N', true);
  // USE_L10N is on by default from Django 4.0 and deprecated there; 3.2 still needs it set.
  if (ctx.django('<4.0')) plan.set('core', 'USE_L10N', true);
  plan.set('core', 'USE_TZ', ctx.flag('django', 'useTz', true));
}

function addStatic(ctx: StackContext, plan: SettingsPlan): void {
  plan.set('static', 'STATIC_URL', ctx.django('>=3.1') ? 'static/' : '/static/');
  plan.set('static', 'STATIC_ROOT', new PyCode("BASE_DIR / 'staticfiles'"), 'collectstatic writes here');
  plan.set('static', 'MEDIA_URL', ctx.django('>=3.1') ? 'media/' : '/media/');
  plan.set('static', 'MEDIA_ROOT', new PyCode("BASE_DIR / 'media'"));
  if (!plan.staticStorage && plan.mediaStorage === undefined) return;
  // Django 4.2 introduced STORAGES and 5.1 removed STATICFILES_STORAGE / DEFAULT_FILE_STORAGE.
  if (ctx.django('>=4.2')) {
    plan.set('static', 'STORAGES', {
      default: { BACKEND: plan.mediaStorage ?? 'django.core.files.storage.FileSystemStorage' },
      staticfiles: { BACKEND: plan.staticStorage?.backend ?? 'django.contrib.staticfiles.storage.StaticFilesStorage' },
    });
  } else {
    if (plan.mediaStorage !== undefined) plan.set('static', 'DEFAULT_FILE_STORAGE', plan.mediaStorage);
    if (plan.staticStorage) plan.set('static', 'STATICFILES_STORAGE', plan.staticStorage.backend);
  }
}

function addSecurity(plan: SettingsPlan): void {
  // Production hardening switches on with DEBUG off; a local run keeps plain HTTP.
  plan.set('security', 'SESSION_COOKIE_SECURE', new PyCode('not DEBUG'));
  plan.set('security', 'CSRF_COOKIE_SECURE', new PyCode('not DEBUG'));
  plan.set(
    'security',
    'SECURE_SSL_REDIRECT',
    py`not DEBUG and ${plan.env.bool('DJANGO_SECURE_SSL_REDIRECT', true, 'Production: redirect HTTP to HTTPS (turn off when a proxy does it).')}`,
  );
  plan.set(
    'security',
    'SECURE_HSTS_SECONDS',
    py`0 if DEBUG else ${plan.env.int('DJANGO_SECURE_HSTS_SECONDS', 3600, 'Production: HSTS max-age in seconds.')}`,
  );
  plan.set(
    'security',
    'SECURE_PROXY_SSL_HEADER',
    new PyCode("('HTTP_X_FORWARDED_PROTO', 'https')"),
    'behind a TLS-terminating proxy',
  );
}

/** The settings plan of a stack. `project.name` must already be a validated identifier. */
export function buildSettingsPlan(ctx: StackContext, project: ProjectInfo): SettingsPlan {
  const modules = modulesOnCanvas(ctx);
  const style = modules.map((module) => module.envStyle?.(ctx)).find((s) => s !== undefined);
  const plan = new SettingsPlan(style ?? 'plain');
  addCore(ctx, plan);
  const names = packagesInOrder(ctx);
  for (const name of names) addCatalogEntries(ctx, plan, name);
  plan.set('core', 'ROOT_URLCONF', `${project.name}.urls`);
  plan.set('core', 'WSGI_APPLICATION', `${project.name}.wsgi.application`);
  addDjangoDefaults(ctx, plan);
  for (const name of names) packageModule(name)?.settings?.(ctx, plan, project);
  if (plan.hasApp('django.contrib.sites')) plan.set('core', 'SITE_ID', 1, 'django.contrib.sites');
  for (const module of modules) module.finish?.(ctx, plan, project);
  addDatabase(ctx, plan);
  addStatic(ctx, plan);
  addSecurity(plan);
  return plan;
}
