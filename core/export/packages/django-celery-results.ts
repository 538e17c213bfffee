import type { PackageModule } from './module';

/** django-celery-results: task results in the Django database, visible in the admin. */
export const djangoCeleryResults: PackageModule = {
  name: 'django-celery-results',
  settings(ctx, plan) {
    if (!ctx.consumersOf('django-celery-results', 'results').some((n) => n.name === 'celery') && ctx.has('celery')) return;
    plan.set('tasks', 'CELERY_RESULT_BACKEND', 'django-db');
    // The extended result (task name, args) appeared in django-celery-results 2.0.
    if (ctx.is('django-celery-results', '>=2.0')) plan.set('tasks', 'CELERY_RESULT_EXTENDED', true);
  },
};
