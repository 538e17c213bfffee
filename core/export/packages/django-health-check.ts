import { py } from '../python/literal';
import type { PackageModule } from './module';

/** django-health-check: a status page for load balancers. */
export const djangoHealthCheck: PackageModule = {
  name: 'django-health-check',
  urls: () => [{ route: 'ht/', view: py`include('health_check.urls')`, comment: 'health checks for load balancers' }],
};
