import { py } from '../python/literal';
import type { PackageModule } from './module';

/** Django OAuth Toolkit: an OAuth2 provider; its token class authenticates DRF requests. */
export const djangoOauthToolkit: PackageModule = {
  name: 'django-oauth-toolkit',
  // Only to authenticate plain Django views by token, with OAuth2Backend: not part of the default setup.
  optional: ['oauth2_provider.middleware.OAuth2TokenMiddleware'],
  drf: { authentication: () => ['oauth2_provider.contrib.rest_framework.OAuth2Authentication'] },
  settings(ctx, plan) {
    plan.set('auth', 'OAUTH2_PROVIDER', {
      ACCESS_TOKEN_EXPIRE_SECONDS: ctx.integer('django-oauth-toolkit', 'accessTokenExpireSeconds', 36000),
      ROTATE_REFRESH_TOKEN: ctx.flag('django-oauth-toolkit', 'rotateRefreshToken', true),
      PKCE_REQUIRED: ctx.flag('django-oauth-toolkit', 'pkceRequired', true),
    });
  },
  urls: () => [{ route: 'o/', view: py`include('oauth2_provider.urls', namespace='oauth2_provider')` }],
};
