import { py } from '../python/literal';
import type { PackageModule } from './module';

/** drf-spectacular: the OpenAPI 3 schema class for DRF, the schema view and Swagger/Redoc pages. */
export const drfSpectacular: PackageModule = {
  name: 'drf-spectacular',
  drf: { schemaClass: () => 'drf_spectacular.openapi.AutoSchema' },
  settings(ctx, plan, project) {
    const name = 'drf-spectacular';
    plan.set('api', 'SPECTACULAR_SETTINGS', {
      TITLE: ctx.text(name, 'title', '') || `${project.name} API`,
      VERSION: ctx.text(name, 'version', '1.0.0') || '1.0.0',
      SERVE_INCLUDE_SCHEMA: ctx.flag(name, 'serveIncludeSchema', true),
      COMPONENT_SPLIT_REQUEST: ctx.flag(name, 'componentSplitRequest', false),
    });
  },
  urls: () => {
    const imports = [
      'from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView',
    ];
    return [
      { route: 'api/schema/', view: py`SpectacularAPIView.as_view()`, name: 'schema', imports },
      {
        route: 'api/schema/swagger-ui/',
        view: py`SpectacularSwaggerView.as_view(url_name='schema')`,
        name: 'swagger-ui',
        imports,
      },
      { route: 'api/schema/redoc/', view: py`SpectacularRedocView.as_view(url_name='schema')`, name: 'redoc', imports },
    ];
  },
};
