import type { PackageModule } from './module';

/** django-cachalot: caches every ORM query in the default cache. */
export const djangoCachalot: PackageModule = {
  name: 'django-cachalot',
  settings(ctx, plan) {
    plan.set('cache', 'CACHALOT_ENABLED', ctx.flag('django-cachalot', 'cachalotEnabled', true));
    const cache = ctx.text('django-cachalot', 'cachalotCache', 'default');
    if (cache && cache !== 'default') plan.set('cache', 'CACHALOT_CACHE', cache);
  },
};
