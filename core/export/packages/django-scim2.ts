import { py } from '../python/literal';
import { DJANGO_MIDDLEWARE_WEIGHT, type PackageModule } from './module';

/** django-scim2: its auth check runs after authentication; the URLs need the namespace 'scim'. */
export const djangoScim2: PackageModule = {
  name: 'django-scim2',
  middlewareWeights: {
    'django_scim.middleware.SCIMAuthCheckMiddleware': {
      weight: DJANGO_MIDDLEWARE_WEIGHT.authentication + 10,
      why: 'SCIM auth check: after the middleware that logs the user in',
    },
  },
  urls: () => [
    {
      route: 'scim/v2/',
      view: py`include('django_scim.urls')`,
      comment: "SCIM 2.0 provisioning (django_scim.urls sets the namespace 'scim')",
    },
  ],
};
