import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

/** Daphne: its app replaces runserver with an ASGI server, so it must come before staticfiles. */
export const daphne: PackageModule = {
  name: 'daphne',
  appWeights: {
    daphne: {
      weight: DJANGO_APP_WEIGHT.contribFirst - 10,
      why: "daphne: first, so its runserver wins over staticfiles' one",
    },
  },
};
