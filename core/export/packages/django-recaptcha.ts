import type { PackageModule } from './module';

/**
 * django-recaptcha: the site keys come from the environment. Left unset, the package falls back
 * to Google's test keys and its system check reports an error (django_recaptcha/checks.py).
 */
export const djangoRecaptcha: PackageModule = {
  name: 'django-recaptcha',
  settings(ctx, plan) {
    plan.set(
      'security',
      'RECAPTCHA_PUBLIC_KEY',
      plan.env.str('RECAPTCHA_PUBLIC_KEY', '', 'reCAPTCHA site key (from the reCAPTCHA admin console).'),
    );
    plan.set(
      'security',
      'RECAPTCHA_PRIVATE_KEY',
      plan.env.str('RECAPTCHA_PRIVATE_KEY', '', 'reCAPTCHA secret key.', { secret: true }),
    );
  },
};
