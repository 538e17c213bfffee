import type { PackageModule } from './module';

/** django-filter: DRF's query-string filter backend. */
export const djangoFilter: PackageModule = {
  name: 'django-filter',
  drf: { filterBackends: () => ['django_filters.rest_framework.DjangoFilterBackend'] },
};
