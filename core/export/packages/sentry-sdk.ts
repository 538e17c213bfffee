import { py } from '../python/literal';
import type { PackageModule } from './module';

/** Sentry: error reports, only when SENTRY_DSN is set (so local runs send nothing). */
export const sentrySdk: PackageModule = {
  name: 'sentry-sdk',
  settings(ctx, plan) {
    plan.imports.add('import sentry_sdk');
    plan.imports.add('from sentry_sdk.integrations.django import DjangoIntegration');
    plan.set('monitoring', 'SENTRY_DSN', plan.env.optional('SENTRY_DSN', 'Sentry project DSN; empty sends nothing.'));
    const rate = ctx.option('sentry-sdk', 'tracesSampleRate');
    const traces = typeof rate === 'number' && rate >= 0 && rate <= 1 ? rate : 0.0;
    plan.code(
      'monitoring',
      py`if SENTRY_DSN:\n    sentry_sdk.init(dsn=SENTRY_DSN, integrations=[DjangoIntegration()], traces_sample_rate=${traces}, send_default_pii=False)`,
    );
  },
};
