/**
 * The stacks the proof matrix exports in every environment. Together they name every Python
 * package of the catalog; in an environment, a stack keeps the packages that environment has
 * installed (a suite without a package proves the rest of the stack). Packages that Conflict in
 * Debian (django-fsm / django-fsm-2, django-q / django-q2) are in different stacks.
 */
export interface ProofStack {
  name: string;
  packages: string[];
  /** Services to place besides those a required input needs. */
  services?: string[];
}

export const PROOF_STACKS: ProofStack[] = [
  { name: 'django alone', packages: [] },
  {
    name: 'REST API with JWT, OpenAPI docs, filters and CORS on gunicorn',
    packages: [
      'djangorestframework',
      'djangorestframework-simplejwt',
      'drf-spectacular',
      'django-filter',
      'django-cors-headers',
      'gunicorn',
    ],
  },
  {
    name: 'accounts with allauth, object permissions, lockout and two-factor',
    packages: ['django-allauth', 'django-guardian', 'django-axes', 'django-otp'],
  },
  {
    name: 'Celery with a Redis broker, database results and beat',
    packages: ['celery', 'django-celery-results', 'django-celery-beat', 'redis'],
  },
  { name: 'Redis cache with ORM caching', packages: ['django-redis', 'django-cachalot', 'redis'] },
  {
    name: 'static files, websockets and object storage on uvicorn',
    packages: ['whitenoise', 'channels', 'channels-redis', 'daphne', 'django-storages', 'uvicorn'],
  },
  {
    name: 'models, history, state machines and admin tools',
    packages: [
      'django-simple-history',
      'django-fsm-2',
      'django-reversion',
      'django-taggit',
      'django-mptt',
      'django-treebeard',
      'django-polymorphic',
      'django-import-export',
      'django-model-utils',
      'django-auditlog',
    ],
  },
  {
    name: 'forms, live settings and configuration from the environment',
    packages: ['django-crispy-forms', 'crispy-bootstrap5', 'django-constance', 'django-environ', 'dj-database-url'],
    services: ['redis-server'],
  },
  {
    name: 'monitoring, security headers and development tools',
    packages: [
      'sentry-sdk',
      'django-prometheus',
      'django-health-check',
      'django-debug-toolbar',
      'django-extensions',
      'django-csp',
    ],
  },
  {
    name: 'API with OAuth2, Swagger, job queues and Postgres drivers',
    packages: [
      'djangorestframework',
      'django-oauth-toolkit',
      'drf-yasg',
      'django-rq',
      'django-cacheops',
      'redis',
      'psycopg2',
      'psycopg',
      'mysqlclient',
    ],
  },
  {
    name: 'task queues: django-q2 and Dramatiq',
    packages: ['django-q2', 'dramatiq', 'django-dramatiq', 'gunicorn'],
  },
  {
    name: 'older packages: django-fsm, django-q, knox, REST auth, class-based settings',
    packages: [
      'djangorestframework',
      'django-fsm',
      'django-q',
      'django-rest-knox',
      'dj-rest-auth',
      'django-configurations',
      'djangorestframework-jwt',
      'django-rest-swagger',
      'django-celery',
      'psycopg2-binary',
    ],
  },
  { name: 'Wagtail CMS', packages: ['wagtail'] },
];
