import type { PackageModule } from './module';

/** django-q2: task queue whose default broker is the Django database itself (no service needed). */
export const djangoQ2: PackageModule = {
  name: 'django-q2',
  settings(_ctx, plan, project) {
    plan.set(
      'tasks',
      'Q_CLUSTER',
      { name: project.name, workers: 2, timeout: 60, retry: 120, orm: 'default' },
      'run with: python manage.py qcluster',
    );
  },
};
