import { PyCode } from '../python/literal';
import type { PackageModule } from './module';

const BROKERS: Record<string, { cls: string; extra: string }> = {
  'redis-server': { cls: 'dramatiq.brokers.redis.RedisBroker', extra: 'redis' },
  rabbitmq: { cls: 'dramatiq.brokers.rabbitmq.RabbitmqBroker', extra: 'rabbitmq' },
};

/** django-dramatiq: DRAMATIQ_BROKER from the broker wired into dramatiq. */
export const djangoDramatiq: PackageModule = {
  name: 'django-dramatiq',
  settings(ctx, plan) {
    const service = ctx.serviceInto('dramatiq', 'broker');
    const broker = service ? BROKERS[service.name] : undefined;
    plan.set('tasks', 'DRAMATIQ_BROKER', {
      BROKER: broker?.cls ?? 'dramatiq.brokers.stub.StubBroker',
      OPTIONS: service && broker ? { url: new PyCode(service.urlEnv) } : {},
      MIDDLEWARE: [
        'dramatiq.middleware.AgeLimit',
        'dramatiq.middleware.TimeLimit',
        'dramatiq.middleware.Callbacks',
        'dramatiq.middleware.Retries',
        'django_dramatiq.middleware.DbConnectionsMiddleware',
      ],
    });
    plan.set('tasks', 'DRAMATIQ_TASKS_DATABASE', ctx.text('django-dramatiq', 'dramatiqTasksDatabase', 'default'));
  },
};

/** dramatiq itself: its broker client comes with the matching extra. */
export const dramatiq: PackageModule = {
  name: 'dramatiq',
  extras(ctx) {
    const service = ctx.serviceInto('dramatiq', 'broker');
    const broker = service ? BROKERS[service.name] : undefined;
    return broker ? [broker.extra] : [];
  },
};
