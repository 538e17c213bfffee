import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

const BEFORE_ADMIN = {
  weight: DJANGO_APP_WEIGHT.contribFirst - 5,
  why: "django-autocomplete-light: before django.contrib.admin, to override the admin's widget templates",
};

/** django-autocomplete-light: its apps go before django.contrib.admin (docs/install.rst). */
export const djangoAutocompleteLight: PackageModule = {
  name: 'django-autocomplete-light',
  appWeights: { dal: BEFORE_ADMIN, dal_alight: BEFORE_ADMIN, dal_select2: BEFORE_ADMIN },
};
