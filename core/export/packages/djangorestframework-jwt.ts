import { py } from '../python/literal';
import type { PackageModule } from './module';

/** The unmaintained djangorestframework-jwt (deprecated for Simple JWT): JWT_AUTH and its token views. */
export const djangorestframeworkJwt: PackageModule = {
  name: 'djangorestframework-jwt',
  drf: { authentication: () => ['rest_framework_jwt.authentication.JSONWebTokenAuthentication'] },
  settings(ctx, plan) {
    plan.imports.add('from datetime import timedelta');
    const name = 'djangorestframework-jwt';
    plan.set('api', 'JWT_AUTH', {
      JWT_EXPIRATION_DELTA: py`timedelta(seconds=${ctx.integer(name, 'expirationSeconds', 300)})`,
      JWT_AUTH_HEADER_PREFIX: ctx.text(name, 'authHeaderPrefix', 'JWT'),
      JWT_ALLOW_REFRESH: ctx.flag(name, 'allowRefresh', false),
    });
  },
  urls: () => {
    const imports = ['from rest_framework_jwt.views import obtain_jwt_token, refresh_jwt_token'];
    return [
      { route: 'api-token-auth/', view: py`obtain_jwt_token`, name: 'jwt_obtain', imports },
      { route: 'api-token-refresh/', view: py`refresh_jwt_token`, name: 'jwt_refresh', imports },
    ];
  },
};
