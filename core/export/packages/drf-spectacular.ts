import { py } from '../python/literal';
import type { PackageModule } from './module';

/** drf-spectacular: the OpenAPI 3 schema class for DRF, the schema view and Swagger/Redoc pages. */
export const drfSpectacular: PackageModule = {
  name: 'drf-spectacular',
  drf: { schemaClass: () => 'drf_spectacular.openapi.AutoSchema' },
  settings(ctx, plan, project) {
    plan.set('api', 'SPECTACULAR_SETTINGS', {
      TITLE: ctx.text('drf-spectacular', 'title', `${project.name} API`),
      DESCRIPTION: ctx.text('drf-spectacular', 'description', ''),
      VERSION: ctx.text('drf-spectacular', 'version', '1.0.0'),
      // The schema endpoint is routed on its own; do not list it inside the schema.
      SERVE_INCLUDE_SCHEMA: false,
    });
  },
  urls: () => {
    const imports = ['from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView'];
    return [
      { route: 'api/schema/', view: py`SpectacularAPIView.as_view()`, name: 'schema', imports },
      { route: 'api/schema/swagger-ui/', view: py`SpectacularSwaggerView.as_view(url_name='schema')`, name: 'swagger-ui', imports },
      { route: 'api/schema/redoc/', view: py`SpectacularRedocView.as_view(url_name='schema')`, name: 'redoc', imports },
    ];
  },
};
