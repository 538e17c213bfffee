import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

/** Unfold: an admin theme whose templates must be found before django.contrib.admin's. */
export const djangoUnfold: PackageModule = {
  name: 'django-unfold',
  appWeights: {
    unfold: {
      weight: DJANGO_APP_WEIGHT.contribFirst - 5,
      why: 'unfold: before django.contrib.admin, so its admin templates win',
    },
  },
};
