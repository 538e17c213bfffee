import type { PackageModule } from './module';

/** psycopg 3: PostgreSQL driver (Django >= 4.2). */
export const psycopg: PackageModule = {
  name: 'psycopg',
  // The binary wheels bundle libpq, so the project installs without PostgreSQL's headers.
  extras: (ctx) => {
    const extra = ctx.text('psycopg', 'installExtra', 'binary');
    return extra === 'binary' || extra === 'c' || extra === 'pool' ? [extra] : [];
  },
};
