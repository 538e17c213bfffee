import { py } from '../python/literal';
import type { PackageModule } from './module';

/** dj-rest-auth: REST endpoints for login, logout, password reset (and sign-up with allauth). */
export const djRestAuth: PackageModule = {
  name: 'dj-rest-auth',
  drf: {
    authentication: (ctx) =>
      ctx.flag('dj-rest-auth', 'useJwt', false)
        ? ['dj_rest_auth.jwt_auth.JWTCookieAuthentication']
        : ['rest_framework.authentication.TokenAuthentication'],
  },
  settings(ctx, plan) {
    const name = 'dj-rest-auth';
    const values = {
      USE_JWT: ctx.flag(name, 'useJwt', false),
      SESSION_LOGIN: ctx.flag(name, 'sessionLogin', true),
      JWT_AUTH_HTTPONLY: ctx.flag(name, 'jwtAuthHttponly', true),
      LOGOUT_ON_PASSWORD_CHANGE: ctx.flag(name, 'logoutOnPasswordChange', false),
    };
    // 3.0 gathered the REST_* settings into one REST_AUTH dict.
    if (ctx.is(name, '>=3.0')) plan.set('auth', 'REST_AUTH', values);
    else for (const [key, value] of Object.entries(values)) plan.set('auth', `REST_${key}`, value);
  },
  urls: (ctx) => [
    { route: 'dj-rest-auth/', view: py`include('dj_rest_auth.urls')`, comment: 'login, logout, user, password reset' },
    ...(ctx.has('django-allauth')
      ? [
          {
            route: 'dj-rest-auth/registration/',
            view: py`include('dj_rest_auth.registration.urls')`,
            comment: 'sign-up through allauth',
          },
        ]
      : []),
  ],
};
