import type { PackageModule } from './module';

/** django-constance: settings editable in the admin, stored in the database. */
export const djangoConstance: PackageModule = {
  name: 'django-constance',
  settings(ctx, plan) {
    plan.set('packages', 'CONSTANCE_BACKEND', 'constance.backends.database.DatabaseBackend');
    plan.set('packages', 'CONSTANCE_CONFIG', {}, "{'NAME': (default, 'help text')}");
    // Before 3.0 the database backend was a separate app; 3.0 merged it into `constance`.
    if (ctx.is('django-constance', '<3.0')) {
      plan.addApp({ value: 'constance.backends.database', package: 'django-constance', weight: 501, why: 'constance < 3.0: the database backend' });
    }
  },
};
