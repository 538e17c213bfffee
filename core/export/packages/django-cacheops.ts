import type { PackageModule } from './module';
import { optionSettings } from './option-settings';
import { redisUrl } from './redis-url';

/** django-cacheops: ORM caching in Redis, configured per model in CACHEOPS. */
export const djangoCacheops: PackageModule = {
  name: 'django-cacheops',
  settings(ctx, plan) {
    const service = ctx.serviceInto('django-cacheops', 'redis');
    const url = redisUrl(plan, service, 'cacheops');
    plan.set('cache', 'CACHEOPS_REDIS', url);
    plan.set('cache', 'CACHEOPS_DEFAULTS', { timeout: 60 * 15 });
    if (!ctx.flag('django-cacheops', 'cacheopsEnabled', true)) plan.set('cache', 'CACHEOPS_ENABLED', false);
    if (ctx.flag('django-cacheops', 'cacheopsDegradeOnFailure', false))
      plan.set('cache', 'CACHEOPS_DEGRADE_ON_FAILURE', true);
    optionSettings(ctx, plan, 'django-cacheops', 'cache', ['cacheopsInsideout']);
    plan.set('cache', 'CACHEOPS', {}, "{'app.model': {'ops': 'all'}} caches a model's queries");
  },
};
