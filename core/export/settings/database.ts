/**
 * DATABASES from the database node wired into Django and the server behind it. A local run
 * uses SQLite; production (and docker-compose) names the real database in the environment:
 * as one URL when a package reads DATABASE_URL (a module's `databaseUrl` hook), else as DB_* variables.
 */
import type { StackContext } from '../context';
import { modulesOnCanvas } from '../packages';
import type { SettingsPlan } from '../plan';
import { PyCode, type PyValue } from '../python/literal';

interface Engine {
  engine: string;
  /** The URL scheme that django-environ and dj-database-url understand. */
  scheme: string;
  defaultPort: string;
}

const ENGINES: Record<string, Engine> = {
  postgresql: { engine: 'django.db.backends.postgresql', scheme: 'postgres', defaultPort: '5432' },
  mysql: { engine: 'django.db.backends.mysql', scheme: 'mysql', defaultPort: '3306' },
};

/** The server role ("postgresql", "mysql") of the database driver wired into Django, if any. */
export function databaseServer(ctx: StackContext): { role: string; driver: string; serviceUrl?: string } | null {
  const driver =
    ctx.providersInto('django', 'database')[0] ??
    ctx.pythonPackages.find((n) => n.pkg?.provides.some((p) => p.role === 'database'));
  if (!driver?.pkg) return null;
  const role = driver.pkg.needs.map((n) => n.role).find((r) => r in ENGINES);
  if (!role) return null;
  const service = ctx.serviceInto(driver.name, role);
  return { role, driver: driver.name, serviceUrl: service?.localUrl };
}

/** Adds DATABASES (and its environment variables) to the plan. */
export function addDatabase(ctx: StackContext, plan: SettingsPlan): void {
  const server = databaseServer(ctx);
  const engine = server ? ENGINES[server.role]! : undefined;
  // docker-compose.yml publishes each service on localhost, so its local URL is the compose URL.
  const composeUrl = server?.serviceUrl;
  const description = engine
    ? `The database; unset means SQLite in the project folder. Production: a ${engine.scheme}:// URL.`
    : 'The database; unset means SQLite in the project folder.';
  const sqlite = new PyCode("'sqlite:///' + str(BASE_DIR / 'db.sqlite3')");

  // Packages that read DATABASES from one DATABASE_URL (django-environ, dj-database-url), first first.
  const readers = modulesOnCanvas(ctx)
    .flatMap((module) => (module.databaseUrl ? [module.databaseUrl] : []))
    .sort((a, b) => a.priority - b.priority);
  let fromUrl: PyValue | undefined;
  for (const reader of readers) if (fromUrl === undefined) fromUrl = reader.read(ctx, plan, sqlite);
  if (!engine && readers.length === 0) {
    // No database server on the canvas: SQLite, as startproject writes it.
    plan.set('database', 'DATABASES', {
      default: { ENGINE: 'django.db.backends.sqlite3', NAME: new PyCode("BASE_DIR / 'db.sqlite3'") },
    });
  } else if (fromUrl !== undefined) {
    plan.env.vars.push({ name: 'DATABASE_URL', local: '', description, compose: composeUrl });
    plan.set('database', 'DATABASES', { default: fromUrl });
  } else {
    const url = composeUrl ? new URL(composeUrl) : undefined;
    const compose = (value: string | undefined) => (url ? { compose: value } : {});
    plan.set('database', 'DATABASES', {
      default: {
        ENGINE: plan.env.str(
          'DB_ENGINE',
          'django.db.backends.sqlite3',
          `Database backend${engine ? `; production: ${engine.engine}` : ''}.`,
          compose(engine?.engine),
        ),
        NAME: plan.env.str(
          'DB_NAME',
          '',
          'Database name; empty means db.sqlite3 in the project folder.',
          compose(url?.pathname.slice(1)),
        ),
        USER: plan.env.str(
          'DB_USER',
          '',
          'Database user.',
          compose(url ? decodeURIComponent(url.username) : undefined),
        ),
        PASSWORD: plan.env.str('DB_PASSWORD', '', 'Database password.', {
          secret: true,
          ...compose(url ? decodeURIComponent(url.password) : undefined),
        }),
        HOST: plan.env.str('DB_HOST', '', 'Database host.', compose(url?.hostname)),
        PORT: plan.env.str('DB_PORT', '', 'Database port.', compose(url ? url.port || engine!.defaultPort : undefined)),
      },
    });
    // An empty DB_NAME keeps the local SQLite file next to manage.py.
    plan.code(
      'database',
      new PyCode("DATABASES['default']['NAME'] = DATABASES['default']['NAME'] or BASE_DIR / 'db.sqlite3'"),
    );
  }
  if (server) {
    // The driver node carries the connection options (psycopg: conn_max_age, mysqlclient: connMaxAge).
    const age = ctx.integer(server.driver, 'connMaxAge', 0);
    const health = ctx.flag(server.driver, 'connHealthChecks', false);
    const db = plan.get('DATABASES') as { default: Record<string, PyValue> } | undefined;
    if (db && !(db.default instanceof PyCode) && typeof db.default === 'object' && !('code' in db.default)) {
      if (age > 0) db.default.CONN_MAX_AGE = age;
      // CONN_HEALTH_CHECKS arrived in Django 4.1.
      if (health && ctx.django('>=4.1')) db.default.CONN_HEALTH_CHECKS = true;
    }
  }
  plan.set('database', 'DEFAULT_AUTO_FIELD', ctx.text('django', 'defaultAutoField', 'django.db.models.BigAutoField'));
}
