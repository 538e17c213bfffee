import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

/** Jazzmin: an admin theme whose templates must be found before django.contrib.admin's. */
export const djangoJazzmin: PackageModule = {
  name: 'django-jazzmin',
  appWeights: {
    jazzmin: {
      weight: DJANGO_APP_WEIGHT.contribFirst - 5,
      why: 'jazzmin: before django.contrib.admin, so its admin templates win',
    },
  },
};
