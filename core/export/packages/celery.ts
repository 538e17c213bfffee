import { PyCode } from '../python/literal';
import type { PackageModule } from './module';

/**
 * Celery with Django: CELERY_* settings (read by the project's celery.py through
 * `config_from_object(..., namespace='CELERY')`) from the broker and results wired into it.
 */
export const celery: PackageModule = {
  name: 'celery',
  settings(ctx, plan) {
    const broker = ctx.serviceInto('celery', 'broker');
    plan.set(
      'tasks',
      'CELERY_BROKER_URL',
      broker
        ? new PyCode(broker.urlEnv)
        : plan.env.str('CELERY_BROKER_URL', 'redis://localhost:6379/0', 'The Celery broker.'),
    );
    const results = ctx.providersInto('celery', 'results')[0];
    if (results?.pkg?.kind === 'service') {
      const service = ctx.serviceInto('celery', 'results');
      if (service) plan.set('tasks', 'CELERY_RESULT_BACKEND', new PyCode(service.urlEnv));
    }
    const zone = ctx.text('celery', 'timezone', 'UTC');
    plan.set('tasks', 'CELERY_TIMEZONE', zone === 'UTC' ? new PyCode('TIME_ZONE') : zone);
    plan.set('tasks', 'CELERY_TASK_TRACK_STARTED', true);
    plan.set('tasks', 'CELERY_TASK_SERIALIZER', ctx.text('celery', 'taskSerializer', 'json'));
    plan.set('tasks', 'CELERY_RESULT_EXPIRES', ctx.integer('celery', 'resultExpires', 86400), 'seconds');
    const hard = ctx.integer('celery', 'taskTimeLimit', 0);
    const soft = ctx.integer('celery', 'taskSoftTimeLimit', 0);
    if (hard > 0) plan.set('tasks', 'CELERY_TASK_TIME_LIMIT', hard, 'seconds');
    if (soft > 0) plan.set('tasks', 'CELERY_TASK_SOFT_TIME_LIMIT', soft, 'seconds');
    if (ctx.flag('celery', 'taskAlwaysEager', false))
      plan.set('tasks', 'CELERY_TASK_ALWAYS_EAGER', true, 'tasks run inline: tests only');
  },
  extras(ctx) {
    // Celery talks to Redis through redis-py, which its `redis` extra pins to a compatible range.
    const usesRedis = ['broker', 'results'].some((role) => ctx.serviceInto('celery', role)?.name === 'redis-server');
    return usesRedis ? ['redis'] : [];
  },
};
