import type { PackageModule } from './module';

/** django-celery-results: task results in the Django database, visible in the admin. */
export const djangoCeleryResults: PackageModule = {
  name: 'django-celery-results',
  settings(ctx, plan) {
    if (!ctx.consumersOf('django-celery-results', 'results').some((n) => n.name === 'celery') && ctx.has('celery'))
      return;
    plan.set('tasks', 'CELERY_RESULT_BACKEND', ctx.text('django-celery-results', 'resultBackend', 'django-db'));
    if (ctx.flag('django-celery-results', 'resultExtended', false)) plan.set('tasks', 'CELERY_RESULT_EXTENDED', true);
  },
};
