import { py, PyCode } from '../python/literal';
import type { PackageModule } from './module';

/** django-rest-knox: per-client tokens for DRF; its login view takes HTTP Basic credentials. */
export const djangoRestKnox: PackageModule = {
  name: 'django-rest-knox',
  drf: { authentication: () => ['knox.auth.TokenAuthentication'] },
  settings(ctx, plan) {
    plan.imports.add('from datetime import timedelta');
    const name = 'django-rest-knox';
    const limit = ctx.integer(name, 'tokenLimitPerUser', 0);
    plan.set('api', 'REST_KNOX', {
      TOKEN_TTL: py`timedelta(hours=${ctx.integer(name, 'tokenTtlHours', 10)})`,
      AUTO_REFRESH: ctx.flag(name, 'autoRefresh', false),
      TOKEN_LIMIT_PER_USER: limit > 0 ? limit : null,
      AUTH_HEADER_PREFIX: ctx.text(name, 'authHeaderPrefix', 'Token'),
    });
  },
  urls: () => {
    const imports = [
      'from knox import views as knox_views',
      'from rest_framework.authentication import BasicAuthentication',
    ];
    return [
      {
        route: 'api/auth/login/',
        // knox documents that its LoginView needs a credential authentication of its own when
        // knox's TokenAuthentication is the API default.
        view: new PyCode('knox_views.LoginView.as_view(authentication_classes=[BasicAuthentication])'),
        name: 'knox_login',
        imports,
      },
      { route: 'api/auth/logout/', view: py`knox_views.LogoutView.as_view()`, name: 'knox_logout', imports },
      { route: 'api/auth/logoutall/', view: py`knox_views.LogoutAllView.as_view()`, name: 'knox_logoutall', imports },
    ];
  },
};
