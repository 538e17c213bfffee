import { py, PyTuple } from '../python/literal';
import type { PackageModule } from './module';

/** Simple JWT: access/refresh tokens for DRF, with the obtain/refresh/verify views. */
export const djangorestframeworkSimplejwt: PackageModule = {
  name: 'djangorestframework-simplejwt',
  drf: { authentication: () => ['rest_framework_simplejwt.authentication.JWTAuthentication'] },
  settings(ctx, plan) {
    plan.imports.add('from datetime import timedelta');
    const name = 'djangorestframework-simplejwt';
    const blacklist = ctx.flag(name, 'tokenBlacklist', false);
    plan.set('api', 'SIMPLE_JWT', {
      ACCESS_TOKEN_LIFETIME: py`timedelta(minutes=${ctx.integer(name, 'accessTokenLifetimeMinutes', 5)})`,
      REFRESH_TOKEN_LIFETIME: py`timedelta(days=${ctx.integer(name, 'refreshTokenLifetimeDays', 1)})`,
      ROTATE_REFRESH_TOKENS: ctx.flag(name, 'rotateRefreshTokens', false),
      BLACKLIST_AFTER_ROTATION: blacklist,
      ALGORITHM: ctx.text(name, 'algorithm', 'HS256'),
      AUTH_HEADER_TYPES: new PyTuple([ctx.text(name, 'authHeaderType', 'Bearer')]),
    });
    if (blacklist) {
      plan.addApp({
        value: 'rest_framework_simplejwt.token_blacklist',
        package: name,
        weight: 501,
        why: 'Simple JWT: the blacklist of rotated refresh tokens',
      });
    }
  },
  urls: () => {
    const imports = ['from rest_framework_simplejwt import views as jwt_views'];
    return [
      { route: 'api/token/', view: py`jwt_views.TokenObtainPairView.as_view()`, name: 'token_obtain_pair', imports },
      { route: 'api/token/refresh/', view: py`jwt_views.TokenRefreshView.as_view()`, name: 'token_refresh', imports },
      { route: 'api/token/verify/', view: py`jwt_views.TokenVerifyView.as_view()`, name: 'token_verify', imports },
    ];
  },
};
