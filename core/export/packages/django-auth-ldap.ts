import type { PackageModule } from './module';

/** The directory settings, each read from the environment: name, local value, description, secret. */
const DIRECTORY: readonly (readonly [string, string, string, boolean])[] = [
  ['AUTH_LDAP_SERVER_URI', '', 'LDAP server, e.g. ldaps://ldap.example.com.', false],
  ['AUTH_LDAP_BIND_DN', '', 'DN to bind as; empty binds anonymously.', false],
  ['AUTH_LDAP_BIND_PASSWORD', '', 'Password of AUTH_LDAP_BIND_DN.', true],
  [
    'AUTH_LDAP_USER_DN_TEMPLATE',
    'uid=%(user)s,ou=users,dc=example,dc=com',
    'Where a user is found in the directory (%(user)s is the login name).',
    false,
  ],
];

/**
 * django-auth-ldap: its backend before Django's (docs: authentication, "AUTHENTICATION_BACKENDS"),
 * which stays for local superusers, permissions and groups; the directory is read from the
 * environment, the bind password as a secret. With AUTH_LDAP_SERVER_URI empty, python-ldap's
 * default (ldap.conf) is asked and a failed bind falls through to Django's own logins.
 */
export const djangoAuthLdap: PackageModule = {
  name: 'django-auth-ldap',
  settings(_ctx, plan) {
    plan.addBackend({
      value: 'django_auth_ldap.backend.LDAPBackend',
      package: 'django-auth-ldap',
      weight: 50,
      why: 'django-auth-ldap: users of the directory, tried first',
    });
    plan.addBackend({
      value: 'django.contrib.auth.backends.ModelBackend',
      package: 'django',
      weight: 100,
      why: "Django's own logins, permissions and groups",
    });
    for (const [name, local, description, secret] of DIRECTORY)
      plan.set('auth', name, plan.env.str(name, local, description, secret ? { secret } : {}));
  },
};
