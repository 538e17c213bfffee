import type { PackageModule } from './module';

/** django-celery-beat: periodic tasks stored in the database and edited in the admin. */
export const djangoCeleryBeat: PackageModule = {
  name: 'django-celery-beat',
  settings(_ctx, plan) {
    plan.set('tasks', 'CELERY_BEAT_SCHEDULER', 'django_celery_beat.schedulers:DatabaseScheduler');
  },
};
