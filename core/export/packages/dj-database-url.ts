import { py } from '../python/literal';
import type { PackageModule } from './module';

/** dj-database-url: DATABASES from DATABASE_URL, with the node's connection options. */
export const djDatabaseUrl: PackageModule = {
  name: 'dj-database-url',
  databaseUrl: {
    priority: 20,
    read(ctx, plan, sqlite) {
      plan.imports.add('import dj_database_url');
      const age = ctx.integer('dj-database-url', 'connMaxAge', 0);
      const ssl = ctx.flag('dj-database-url', 'sslRequire', false);
      return py`dj_database_url.config(default=${sqlite}, conn_max_age=${age}, ssl_require=${ssl})`;
    },
  },
};
