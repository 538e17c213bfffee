import { py } from '../python/literal';
import type { PackageModule } from './module';
import { declaredSetting, optionSettings } from './option-settings';

/** django-cors-headers: CORS headers for a front end served from another origin. */
export const djangoCorsHeaders: PackageModule = {
  name: 'django-cors-headers',
  middlewareWeights: {
    'corsheaders.middleware.CorsMiddleware': {
      weight: 50,
      why: 'as high as possible: before CommonMiddleware and WhiteNoise, which can answer first',
    },
  },
  // Only for CORS_REPLACE_HTTPS_REFERER, which the export does not set.
  optional: ['corsheaders.middleware.CorsPostCsrfMiddleware'],
  settings(ctx, plan) {
    const name = 'django-cors-headers';
    const configured = ctx.textList(name, 'allowedOrigins', '');
    const origins = plan.env.list(
      'CORS_ALLOWED_ORIGINS',
      configured.length > 0 ? configured : ['http://localhost:3000', 'http://127.0.0.1:3000'],
      'Front-end origins allowed to call the API (comma-separated).',
    );
    if (ctx.flag(name, 'allowAllOrigins', false))
      plan.set('security', 'CORS_ALLOW_ALL_ORIGINS', true, 'any origin: development only');
    if (ctx.flag(name, 'allowCredentials', false)) plan.set('security', 'CORS_ALLOW_CREDENTIALS', true);
    // One regular expression (alternatives joined by |): a regex may hold commas and spaces, so no separator is safe.
    // Written whenever the node sets it; an empty regex would match every origin, so Python drops it.
    const regex = ctx.explicit(name, 'allowedOriginRegexes');
    if (typeof regex === 'string')
      plan.set(
        'security',
        ctx.is(name, '<3.5') ? 'CORS_ORIGIN_REGEX_WHITELIST' : declaredSetting(ctx, name, 'allowedOriginRegexes'),
        py`[${regex}] if ${regex} else []`,
      );
    optionSettings(ctx, plan, name, 'security', ['urlsRegex', 'preflightMaxAge']);
    // CORS_ALLOW_PRIVATE_NETWORK arrived in 4.0.0.
    if (ctx.is(name, '>=4.0')) optionSettings(ctx, plan, name, 'security', ['allowPrivateNetwork']);
    // CORS_ALLOWED_ORIGINS replaced CORS_ORIGIN_WHITELIST in django-cors-headers 3.5.
    plan.set(
      'security',
      ctx.is('django-cors-headers', '<3.5') ? 'CORS_ORIGIN_WHITELIST' : 'CORS_ALLOWED_ORIGINS',
      origins,
    );
  },
};
