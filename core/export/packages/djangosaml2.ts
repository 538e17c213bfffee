import type { PackageModule } from './module';

/** djangosaml2: SAML2 login through its backend, next to Django's (docs/source/contents/setup.rst). */
export const djangosaml2: PackageModule = {
  name: 'djangosaml2',
  settings(ctx, plan) {
    plan.addBackend({
      value: 'django.contrib.auth.backends.ModelBackend',
      package: 'django',
      weight: 100,
      why: "Django's own logins",
    });
    plan.addBackend({
      value: 'djangosaml2.backends.Saml2Backend',
      package: 'djangosaml2',
      weight: 300,
      why: 'djangosaml2: users signed in by the identity provider',
    });
  },
};
