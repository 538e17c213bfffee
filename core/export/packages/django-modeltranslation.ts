import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

/**
 * django-modeltranslation: its app must come before django.contrib.admin, which every export
 * installs, so that its translation fields exist before the admin registers the models (as its
 * installation guide and the catalog's app note say).
 */
export const djangoModeltranslation: PackageModule = {
  name: 'django-modeltranslation',
  appWeights: {
    modeltranslation: {
      weight: DJANGO_APP_WEIGHT.contribFirst - 5,
      why: 'modeltranslation: before django.contrib.admin, so its admin integration sees the translated fields',
    },
  },
};
