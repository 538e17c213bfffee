import type { PackageModule } from './module';

/** The unmaintained djangorestframework-jwt (deprecated for Simple JWT): its DRF class only. */
export const djangorestframeworkJwt: PackageModule = {
  name: 'djangorestframework-jwt',
  drf: { authentication: () => ['rest_framework_jwt.authentication.JSONWebTokenAuthentication'] },
};
