import { py } from '../python/literal';
import type { PackageModule } from './module';

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
