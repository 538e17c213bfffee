import type { PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-guardian: per-object permissions through its backend, next to Django's. */
export const djangoGuardian: PackageModule = {
  name: 'django-guardian',
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-guardian', 'auth', ['anonymousUserName', 'raise403', 'render403']);
    plan.addBackend({
      value: 'django.contrib.auth.backends.ModelBackend',
      package: 'django',
      weight: 100,
      why: "Django's own permissions",
    });
    plan.addBackend({
      value: 'guardian.backends.ObjectPermissionBackend',
      package: 'django-guardian',
      weight: 300,
      why: 'guardian: object permissions',
    });
  },
};
