import type { PackageModule } from './module';
import { redisUrl } from './redis-url';

/** Channels: the ASGI application (asgi.py routes websockets) and the channel layer. */
export const channels: PackageModule = {
  name: 'channels',
  settings(ctx, plan, project) {
    const application = ctx.text('channels', 'asgiApplication', '');
    plan.set('realtime', 'ASGI_APPLICATION', application || `${project.name}.asgi.application`);
    const layer = ctx.providersInto('channels', 'channel-layer')[0];
    if (layer?.name === 'channels-redis') {
      const service = ctx.serviceInto('channels-redis', 'redis');
      const url = redisUrl(plan, service, 'the channel layer');
      plan.set('realtime', 'CHANNEL_LAYERS', {
        default: {
          BACKEND: ctx.text('channels-redis', 'backend', 'channels_redis.core.RedisChannelLayer'),
          CONFIG: {
            hosts: [url],
            prefix: ctx.text('channels-redis', 'prefix', 'asgi'),
            expiry: ctx.integer('channels-redis', 'expiry', 60),
            group_expiry: ctx.integer('channels-redis', 'groupExpiry', 86400),
            capacity: ctx.integer('channels-redis', 'capacity', 100),
          },
        },
      });
    } else {
      plan.set(
        'realtime',
        'CHANNEL_LAYERS',
        { default: { BACKEND: 'channels.layers.InMemoryChannelLayer' } },
        'one process only; wire channels-redis for more',
      );
    }
  },
  companions(ctx) {
    // Channels 4 no longer depends on Daphne; `runserver` serves ASGI only with daphne installed.
    if (ctx.is('channels', '>=4') && !ctx.has('daphne') && !ctx.has('uvicorn')) {
      return [{ name: 'daphne', specifier: '>=4.0', why: 'the ASGI server channels 4 uses for runserver' }];
    }
    return [];
  },
};
