import { py } from '../python/literal';
import type { PackageModule } from './module';

/**
 * django-health-check: a status page for load balancers. 4.x has no `health_check.urls`: the
 * page is its `HealthCheckView` (health_check/views.py at 4.5.1, Debian sid's build).
 */
export const djangoHealthCheck: PackageModule = {
  name: 'django-health-check',
  urls: (ctx) =>
    ctx.is('django-health-check', '>=4')
      ? [
          {
            route: 'ht/',
            view: py`HealthCheckView.as_view()`,
            imports: ['from health_check.views import HealthCheckView'],
            comment: 'health checks for load balancers',
          },
        ]
      : [{ route: 'ht/', view: py`include('health_check.urls')`, comment: 'health checks for load balancers' }],
};
