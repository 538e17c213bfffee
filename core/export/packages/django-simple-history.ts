import { DJANGO_MIDDLEWARE_WEIGHT as W, type PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-simple-history: records who changed a model, through its request middleware. */
export const djangoSimpleHistory: PackageModule = {
  name: 'django-simple-history',
  middlewareWeights: {
    'simple_history.middleware.HistoryRequestMiddleware': {
      weight: W.default + 20,
      why: 'simple-history: after AuthenticationMiddleware, it records request.user',
    },
  },
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-simple-history', 'packages', ['enabled', 'revertDisabled', 'historyIdUseUuid']);
  },
};
