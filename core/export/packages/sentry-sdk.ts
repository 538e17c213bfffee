import { py } from '../python/literal';
import type { PackageModule } from './module';

/** Sentry: error reports, only when SENTRY_DSN is set (so local runs send nothing). */
export const sentrySdk: PackageModule = {
  name: 'sentry-sdk',
  settings(ctx, plan) {
    plan.imports.add('import sentry_sdk');
    plan.imports.add('from sentry_sdk.integrations.django import DjangoIntegration');
    // A DSN on the node is the local value of SENTRY_DSN (a DSN is public: it only allows sending events).
    const dsn = ctx.explicit('sentry-sdk', 'dsn');
    const description = 'Sentry project DSN; empty sends nothing.';
    plan.set(
      'monitoring',
      'SENTRY_DSN',
      typeof dsn === 'string'
        ? plan.env.str('SENTRY_DSN', dsn, description)
        : plan.env.optional('SENTRY_DSN', description),
    );
    // The catalog keeps the rate as text ("0.2"); anything that is not a number in [0, 1] means 0.
    const rate = Number.parseFloat(ctx.text('sentry-sdk', 'tracesSampleRate', ''));
    const traces = Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : 0;
    const environment = ctx.text('sentry-sdk', 'environment', '');
    plan.set(
      'monitoring',
      'SENTRY_ENVIRONMENT',
      plan.env.str('SENTRY_ENVIRONMENT', environment || 'development', 'Environment name shown in Sentry.'),
    );
    plan.code(
      'monitoring',
      py`if SENTRY_DSN:\n    sentry_sdk.init(dsn=SENTRY_DSN, integrations=[DjangoIntegration()], traces_sample_rate=${traces}, environment=SENTRY_ENVIRONMENT, send_default_pii=${ctx.flag('sentry-sdk', 'sendDefaultPii', false)})`,
    );
  },
};
