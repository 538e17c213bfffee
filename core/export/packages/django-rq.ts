import { py } from '../python/literal';
import type { PackageModule } from './module';
import { redisUrl } from './redis-url';
import { optionSettings } from './option-settings';

/** django-rq: RQ queues in Redis, with an admin dashboard. */
export const djangoRq: PackageModule = {
  name: 'django-rq',
  settings(ctx, plan) {
    const service = ctx.serviceInto('django-rq', 'redis') ?? ctx.serviceInto('django-rq', 'broker');
    const url = redisUrl(plan, service, 'the RQ queues');
    optionSettings(ctx, plan, 'django-rq', 'tasks', ['rqShowAdminLink']);
    plan.set('tasks', 'RQ_QUEUES', {
      default: { URL: url, DEFAULT_TIMEOUT: ctx.integer('django-rq', 'defaultTimeout', 360) },
    });
  },
  urls: () => [{ route: 'django-rq/', view: py`include('django_rq.urls')`, comment: 'queue dashboard (staff only)' }],
};
