import { DJANGO_MIDDLEWARE_WEIGHT as W, type PackageModule } from './module';

/** django-otp: two-factor devices; its middleware needs request.user. */
export const djangoOtp: PackageModule = {
  name: 'django-otp',
  middlewareWeights: {
    'django_otp.middleware.OTPMiddleware': {
      weight: W.authentication + 10,
      why: 'django-otp: right after AuthenticationMiddleware, it wraps request.user',
    },
  },
};
