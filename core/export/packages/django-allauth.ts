import { py, PyCode } from '../python/literal';
import { DJANGO_MIDDLEWARE_WEIGHT as W, type PackageModule } from './module';

/**
 * django-allauth. Its apps and its AccountMiddleware (from 0.56 on) come from the catalog;
 * this module adds the authentication backend, login redirects and the accounts/ URLs.
 */
export const djangoAllauth: PackageModule = {
  name: 'django-allauth',
  middlewareWeights: {
    'allauth.account.middleware.AccountMiddleware': {
      weight: W.default + 10,
      why: 'allauth: after AuthenticationMiddleware, it reads request.user',
    },
  },
  settings(ctx, plan) {
    const method = ctx.text('django-allauth', 'loginMethod', 'username');
    const by = { username: 'username', email: 'e-mail', username_email: 'username or e-mail' }[method] ?? method;
    plan.addBackend({
      value: 'django.contrib.auth.backends.ModelBackend',
      package: 'django',
      weight: 100,
      why: 'log in by username in the admin',
    });
    plan.addBackend({
      value: 'allauth.account.auth_backends.AuthenticationBackend',
      package: 'django-allauth',
      weight: 200,
      why: `allauth: log in by ${by} (ACCOUNT_LOGIN_METHODS)`,
    });
    plan.set('auth', 'LOGIN_REDIRECT_URL', '/');
    plan.set('auth', 'ACCOUNT_EMAIL_VERIFICATION', ctx.text('django-allauth', 'emailVerification', 'optional'));
    // allauth 65.4 replaced ACCOUNT_AUTHENTICATION_METHOD with the set ACCOUNT_LOGIN_METHODS.
    if (ctx.is('django-allauth', '>=65.4')) {
      plan.set(
        'auth',
        'ACCOUNT_LOGIN_METHODS',
        py`{${method === 'username_email' ? new PyCode("'username', 'email'") : method}}`,
      );
    } else {
      plan.set('auth', 'ACCOUNT_AUTHENTICATION_METHOD', method);
    }
    if (method !== 'username') plan.set('auth', 'ACCOUNT_EMAIL_REQUIRED', true);
    plan.set(
      'auth',
      'EMAIL_BACKEND',
      plan.env.str(
        'DJANGO_EMAIL_BACKEND',
        'django.core.mail.backends.console.EmailBackend',
        'How e-mail is sent (allauth sends confirmation mails); the console backend prints them.',
      ),
    );
  },
  urls: () => [
    { route: 'accounts/', view: py`include('allauth.urls')`, comment: 'sign-up, login, e-mail confirmation' },
  ],
};
