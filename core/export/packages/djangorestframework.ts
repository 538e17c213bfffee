import type { StackContext } from '../context';
import type { SettingsPlan } from '../plan';
import { py, type PyValue } from '../python/literal';
import { packageModule } from './index';
import type { PackageModule } from './module';

/**
 * REST_FRAMEWORK, once every module has run: DRF's own keys and what the packages wired into its
 * auth, docs and filters inputs contribute, in the order DRF's docs list them.
 */
function assembleRestFramework(ctx: StackContext, plan: SettingsPlan): void {
  const contributions = (role: string) =>
    ctx.providersInto('djangorestframework', role).map((n) => packageModule(n.name)?.drf);
  const authentication = contributions('auth').flatMap((drf) => drf?.authentication?.(ctx) ?? []);
  // Session authentication keeps the browsable API and the admin login working next to tokens.
  authentication.push('rest_framework.authentication.SessionAuthentication');
  const rest = plan.restFramework;
  const ordered: Record<string, PyValue> = {};
  ordered.DEFAULT_AUTHENTICATION_CLASSES = [...new Set(authentication)];
  if (rest.DEFAULT_PERMISSION_CLASSES) ordered.DEFAULT_PERMISSION_CLASSES = rest.DEFAULT_PERMISSION_CLASSES;
  const schema = contributions('docs')
    .map((drf) => drf?.schemaClass?.(ctx))
    .find((s) => s);
  if (schema) ordered.DEFAULT_SCHEMA_CLASS = schema;
  const filters = contributions('filters').flatMap((drf) => drf?.filterBackends?.(ctx) ?? []);
  if (filters.length > 0) ordered.DEFAULT_FILTER_BACKENDS = filters;
  for (const [key, value] of Object.entries(rest)) if (!(key in ordered)) ordered[key] = value;
  plan.set('api', 'REST_FRAMEWORK', ordered);
}

/**
 * Django REST framework. REST_FRAMEWORK is assembled from DRF's own defaults here and from the
 * packages wired into its auth / docs / filters inputs (see the `drf` field of their modules).
 */
export const djangorestframework: PackageModule = {
  name: 'djangorestframework',
  settings(ctx, plan) {
    const permission = ctx.text('djangorestframework', 'defaultPermission', 'AllowAny');
    plan.restFramework.DEFAULT_PERMISSION_CLASSES = [`rest_framework.permissions.${permission}`];
    const pageSize = ctx.integer('djangorestframework', 'pageSize', 0);
    if (pageSize > 0) {
      plan.restFramework.DEFAULT_PAGINATION_CLASS = 'rest_framework.pagination.PageNumberPagination';
      plan.restFramework.PAGE_SIZE = pageSize;
    }
    if (!ctx.flag('djangorestframework', 'browsableApi', true)) {
      plan.restFramework.DEFAULT_RENDERER_CLASSES = ['rest_framework.renderers.JSONRenderer'];
    }
  },
  finish: (ctx, plan) => assembleRestFramework(ctx, plan),
  urls: () => [
    {
      route: 'api/',
      view: py`include(router.urls)`,
      imports: ['from rest_framework import routers'],
      preamble: [
        py`# Register the project's viewsets here: router.register('things', ThingViewSet)\nrouter = routers.DefaultRouter()`,
      ],
      comment: 'the browsable API root lists what the router holds',
    },
    { route: 'api-auth/', view: py`include('rest_framework.urls')`, comment: 'login/logout for the browsable API' },
  ],
};
