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
    optionSettings(ctx, plan, 'django-otp', 'security', {
      otpTotpIssuer: 'OTP_TOTP_ISSUER',
      otpTotpSync: 'OTP_TOTP_SYNC',
      otpTotpThrottleFactor: 'OTP_TOTP_THROTTLE_FACTOR',
      otpEmailTokenValidity: 'OTP_EMAIL_TOKEN_VALIDITY',
      otpAdminHideSensitiveData: 'OTP_ADMIN_HIDE_SENSITIVE_DATA',
      otpLoginUrl: 'OTP_LOGIN_URL',
    });
  },
};
