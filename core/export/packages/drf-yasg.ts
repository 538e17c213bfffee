import { py } from '../python/literal';
import type { PackageModule } from './module';

/** drf-yasg: Swagger 2.0 schema and its Swagger UI / Redoc pages. */
export const drfYasg: PackageModule = {
  name: 'drf-yasg',
  settings(ctx, plan) {
    const session = ctx.explicit('drf-yasg', 'useSessionAuth');
    if (session !== undefined) plan.set('api', 'SWAGGER_SETTINGS', { USE_SESSION_AUTH: session });
  },
  urls: (ctx, project) => {
    const title = ctx.text('drf-yasg', 'title', `${project.name} API`);
    const imports = [
      'from drf_yasg import openapi',
      'from drf_yasg.views import get_schema_view',
      'from rest_framework import permissions',
    ];
    const preamble = [
      py`schema_view = get_schema_view(openapi.Info(title=${title}, default_version='v1'), public=True, permission_classes=[permissions.AllowAny])`,
    ];
    return [
      {
        route: 'swagger.json',
        view: py`schema_view.without_ui(cache_timeout=0)`,
        name: 'schema-json',
        imports,
        preamble,
      },
      {
        route: 'swagger/',
        view: py`schema_view.with_ui('swagger', cache_timeout=0)`,
        name: 'schema-swagger-ui',
        imports,
        preamble,
      },
      {
        route: 'redoc/',
        view: py`schema_view.with_ui('redoc', cache_timeout=0)`,
        name: 'schema-redoc',
        imports,
        preamble,
      },
    ];
  },
};
