import { py } from '../python/literal';
import type { PackageModule } from './module';

/** django-prometheus: request metrics; its two middleware wrap all others. */
export const djangoPrometheus: PackageModule = {
  name: 'django-prometheus',
  middlewareWeights: {
    'django_prometheus.middleware.PrometheusBeforeMiddleware': { weight: 0, why: 'prometheus: first' },
    'django_prometheus.middleware.PrometheusAfterMiddleware': { weight: 1000, why: 'prometheus: last' },
  },
  urls: () => [{ route: '', view: py`include('django_prometheus.urls')`, comment: '/metrics for Prometheus' }],
};
