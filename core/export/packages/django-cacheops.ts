import { PyCode } from '../python/literal';
import type { PackageModule } from './module';

/** django-cacheops: ORM caching in Redis, configured per model in CACHEOPS. */
export const djangoCacheops: PackageModule = {
  name: 'django-cacheops',
  settings(ctx, plan) {
    const service = ctx.serviceInto('django-cacheops', 'redis');
    const url = service
      ? new PyCode(service.urlEnv)
      : plan.env.str('REDIS_URL', 'redis://localhost:6379/0', 'The Redis server of cacheops.');
    plan.set('cache', 'CACHEOPS_REDIS', url);
    plan.set('cache', 'CACHEOPS_DEFAULTS', { timeout: 60 * 15 });
    if (!ctx.flag('django-cacheops', 'cacheopsEnabled', true)) plan.set('cache', 'CACHEOPS_ENABLED', false);
    if (ctx.flag('django-cacheops', 'cacheopsDegradeOnFailure', false))
      plan.set('cache', 'CACHEOPS_DEGRADE_ON_FAILURE', true);
    plan.set('cache', 'CACHEOPS', {}, "{'app.model': {'ops': 'all'}} caches a model's queries");
  },
};
