import { py } from '../python/literal';
import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-prometheus: request metrics; its two middleware wrap all others. */
export const djangoPrometheus: PackageModule = {
  name: 'django-prometheus',
  middlewareWeights: {
    'django_prometheus.middleware.PrometheusBeforeMiddleware': { weight: 0, why: 'prometheus: first' },
    'django_prometheus.middleware.PrometheusAfterMiddleware': { weight: 1000, why: 'prometheus: last' },
  },
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-prometheus', 'monitoring', [
      'prometheusMetricNamespace',
      'prometheusExportMigrations',
    ]);
  },
  urls: () => [{ route: '', view: py`include('django_prometheus.urls')`, comment: '/metrics for Prometheus' }],
};
