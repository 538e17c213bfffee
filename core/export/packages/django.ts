import { DJANGO_APP_WEIGHT, DJANGO_MIDDLEWARE_WEIGHT as W, type PackageModule } from './module';

const startproject = 'the order of `django-admin startproject`';

/** Django itself: its contrib apps and middleware keep startproject's order. */
export const django: PackageModule = {
  name: 'django',
  appWeights: {
    'django.contrib.admin': { weight: DJANGO_APP_WEIGHT.contribFirst, why: startproject },
    'django.contrib.auth': { weight: 110, why: startproject },
    'django.contrib.contenttypes': { weight: 120, why: startproject },
    'django.contrib.sessions': { weight: 130, why: startproject },
    'django.contrib.messages': { weight: 140, why: startproject },
    'django.contrib.staticfiles': { weight: DJANGO_APP_WEIGHT.staticfiles, why: startproject },
  },
  middlewareWeights: {
    'django.middleware.security.SecurityMiddleware': { weight: W.security, why: startproject },
    'django.contrib.sessions.middleware.SessionMiddleware': { weight: W.session, why: startproject },
    'django.middleware.common.CommonMiddleware': { weight: W.common, why: startproject },
    'django.middleware.csrf.CsrfViewMiddleware': { weight: W.csrf, why: startproject },
    'django.contrib.auth.middleware.AuthenticationMiddleware': { weight: W.authentication, why: startproject },
    'django.contrib.messages.middleware.MessageMiddleware': { weight: W.messages, why: startproject },
    'django.middleware.clickjacking.XFrameOptionsMiddleware': { weight: W.clickjacking, why: startproject },
  },
};
