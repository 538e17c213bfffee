import { py } from '../python/literal';
import type { PackageModule } from './module';

/** django-environ: settings.py reads the environment through `env` and DATABASES from DATABASE_URL. */
export const djangoEnviron: PackageModule = {
  name: 'django-environ',
  // django-configurations' classes read os.environ: `env` does not resolve inside their bodies.
  envStyle: (ctx) => (ctx.has('django-configurations') ? undefined : 'environ'),
  databaseUrl: {
    priority: 10,
    read: (_ctx, plan, sqlite) =>
      plan.env.style === 'environ' ? py`env.db('DATABASE_URL', default=${sqlite})` : undefined,
  },
};
