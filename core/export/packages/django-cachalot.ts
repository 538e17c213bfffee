import type { PackageModule } from './module';

/** django-cachalot: caches every ORM query in the default cache. */
export const djangoCachalot: PackageModule = {
  name: 'django-cachalot',
  settings(_ctx, plan) {
    plan.set('cache', 'CACHALOT_ENABLED', true);
  },
};
