import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-celery-beat: periodic tasks stored in the database and edited in the admin. */
export const djangoCeleryBeat: PackageModule = {
  name: 'django-celery-beat',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-celery-beat', 'tasks', ['tzAware']);
    plan.set('tasks', 'CELERY_BEAT_SCHEDULER', 'django_celery_beat.schedulers:DatabaseScheduler');
  },
};
