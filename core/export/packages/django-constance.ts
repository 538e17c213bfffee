import type { PackageModule } from './module';
import { optionSettings } from './option-settings';
import { redisUrl } from './redis-url';

const DATABASE = 'constance.backends.database.DatabaseBackend';
const REDIS = 'constance.backends.redisd.RedisBackend';

/** django-constance: settings editable in the admin, in Redis or in the database. */
export const djangoConstance: PackageModule = {
  name: 'django-constance',
  // The database backend's app (before 3.0) needs django-picklefield: only with that backend.
  optional: ['constance.backends.database'],
  settings(ctx, plan) {
    const name = 'django-constance';
    const backend = ctx.text(name, 'constanceBackend', REDIS);
    plan.set('packages', 'CONSTANCE_BACKEND', backend);
    if (backend === REDIS) {
      const service = ctx.serviceInto(name, 'redis');
      const url = redisUrl(plan, service, 'constance');
      plan.set('packages', 'CONSTANCE_REDIS_CONNECTION', url);
    }
    if (backend === DATABASE && ctx.is(name, '<3')) {
      plan.addApp({
        value: 'constance.backends.database',
        package: name,
        weight: 501,
        why: 'constance < 3.0: the database backend',
      });
    }
    // Only the database backend reads the cache alias; a set value is written whatever the backend.
    optionSettings(ctx, plan, name, 'packages', ['constanceDatabaseCacheBackend', 'constanceIgnoreAdminVersionCheck']);
    plan.set('packages', 'CONSTANCE_SUPERUSER_ONLY', ctx.flag(name, 'constanceSuperuserOnly', true));
    plan.set('packages', 'CONSTANCE_CONFIG', {}, "{'NAME': (default, 'help text')}");
  },
  extras(ctx) {
    // The database backend stores pickled values through django-picklefield: the `database` extra.
    return ctx.text('django-constance', 'constanceBackend', REDIS) === DATABASE && ctx.is('django-constance', '<4')
      ? ['database']
      : [];
  },
};
