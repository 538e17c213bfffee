import { DJANGO_MIDDLEWARE_WEIGHT as W, type PackageModule } from './module';
import { optionSettings } from './option-settings';

/** django-otp: two-factor devices; its middleware needs request.user. */
export const djangoOtp: PackageModule = {
  name: 'django-otp',
  middlewareWeights: {
    'django_otp.middleware.OTPMiddleware': {
      weight: W.authentication + 10,
      why: 'django-otp: right after AuthenticationMiddleware, it wraps request.user',
    },
  },
  settings(ctx, plan) {
    optionSettings(ctx, plan, 'django-otp', 'security', [
      'otpTotpIssuer',
      'otpTotpSync',
      'otpTotpThrottleFactor',
      'otpEmailTokenValidity',
      'otpAdminHideSensitiveData',
      'otpLoginUrl',
    ]);
  },
};
