import type { PackageModule } from './module';
import { redisUrl } from './redis-url';

/** django-redis: the default cache in the Redis server wired into it. */
export const djangoRedis: PackageModule = {
  name: 'django-redis',
  settings(ctx, plan) {
    if (!ctx.consumersOf('django-redis', 'cache').some((n) => n.name === 'django') && ctx.has('django')) return;
    const service = ctx.serviceInto('django-redis', 'redis');
    const location = redisUrl(plan, service, 'the cache');
    plan.set('cache', 'CACHES', {
      default: {
        BACKEND: 'django_redis.cache.RedisCache',
        LOCATION: location,
        OPTIONS: {
          CLIENT_CLASS: 'django_redis.client.DefaultClient',
          IGNORE_EXCEPTIONS: ctx.flag('django-redis', 'ignoreExceptions', false),
        },
        KEY_PREFIX: ctx.text('django-redis', 'keyPrefix', ''),
        TIMEOUT: ctx.integer('django-redis', 'timeout', 300),
      },
    });
  },
};
