/**
 * manage.py, wsgi.py, asgi.py, celery.py and the project's __init__.py. A package that must
 * load the settings its own way (django-configurations' importers) says so through its module's
 * `entryPoints` hooks.
 */
import type { StackContext } from './context';
import { modulesOnCanvas } from './packages';
import type { EntryPointHooks, ProjectInfo } from './packages/module';
import { pyString } from './python/literal';

function hooks(ctx: StackContext): EntryPointHooks[] {
  return modulesOnCanvas(ctx).flatMap((module) => (module.entryPoints ? [module.entryPoints] : []));
}

/** The module that loads Django: django.core, or the one a package's importer replaces it with. */
function loaderModule(ctx: StackContext): string {
  return hooks(ctx).find((h) => h.loaderModule)?.loaderModule ?? 'django.core';
}

function settingsEnv(ctx: StackContext, project: ProjectInfo, indent = ''): string[] {
  return [
    `${indent}os.environ.setdefault('DJANGO_SETTINGS_MODULE', ${pyString(`${project.name}.settings`)})`,
    ...hooks(ctx).flatMap((h) => h.settingsEnv?.(ctx, indent) ?? []),
  ];
}

/**
 * The opening of wsgi.py and asgi.py: the docstring, the settings environment, then the import of
 * get_<server>_application (from the loader module).
 */
function serverHead(ctx: StackContext, project: ProjectInfo, server: 'wsgi' | 'asgi', docstring: string): string[] {
  const from = loaderModule(ctx);
  return [
    docstring,
    'import os',
    '',
    ...settingsEnv(ctx, project),
    '',
    `from ${from}.${server} import get_${server}_application`,
    '',
  ];
}

/** manage.py at the top of the project folder. */
export function renderManage(ctx: StackContext, project: ProjectInfo): string {
  const importer = `        from ${loaderModule(ctx)}.management import execute_from_command_line`;
  return [
    '#!/usr/bin/env python',
    '"""Django\'s command-line utility for administrative tasks."""',
    'import os',
    'import sys',
    '',
    '',
    'def main():',
    '    """Run administrative tasks."""',
    ...settingsEnv(ctx, project, '    '),
    '    try:',
    importer,
    '    except ImportError as exc:',
    '        raise ImportError(',
    '            "Couldn\'t import Django. Are you sure it\'s installed and "',
    '            "available on your PYTHONPATH environment variable? Did you "',
    '            "forget to activate a virtual environment?"',
    '        ) from exc',
    '    execute_from_command_line(sys.argv)',
    '',
    '',
    "if __name__ == '__main__':",
    '    main()',
    '',
  ].join('\n');
}

/** wsgi.py of the project package. */
export function renderWsgi(ctx: StackContext, project: ProjectInfo): string {
  return [
    ...serverHead(ctx, project, 'wsgi', `"""WSGI entry point of the project (gunicorn ${project.name}.wsgi)."""`),
    'application = get_wsgi_application()',
    '',
  ].join('\n');
}

/** asgi.py of the project package; with Channels it routes websockets next to HTTP. */
export function renderAsgi(ctx: StackContext, project: ProjectInfo): string {
  const head = serverHead(
    ctx,
    project,
    'asgi',
    `"""ASGI entry point of the project (daphne / uvicorn ${project.name}.asgi:application)."""`,
  );
  if (!ctx.has('channels')) return [...head, 'application = get_asgi_application()', ''].join('\n');
  return [
    ...head,
    '# Django must be set up before Channels imports models (through its auth middleware).',
    'django_asgi_app = get_asgi_application()',
    '',
    'from channels.auth import AuthMiddlewareStack  # noqa: E402',
    'from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402',
    'from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402',
    '',
    '# Add websocket routes here: path("ws/chat/", ChatConsumer.as_asgi())',
    'websocket_urlpatterns = []',
    '',
    'application = ProtocolTypeRouter(',
    '    {',
    "        'http': django_asgi_app,",
    "        'websocket': AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),",
    '    }',
    ')',
    '',
  ].join('\n');
}

/** celery.py: the Celery app reads CELERY_* settings and finds tasks.py in every app. */
export function renderCelery(ctx: StackContext, project: ProjectInfo): string {
  const setup = hooks(ctx).flatMap((h) => (h.celerySetup ? ['', ...h.celerySetup] : []));
  return [
    `"""The Celery app of the project: celery -A ${project.name} worker -l info."""`,
    'import os',
    '',
    ...settingsEnv(ctx, project),
    ...setup,
    '',
    'from celery import Celery  # noqa: E402',
    '',
    `app = Celery(${pyString(project.name)})`,
    '',
    '# Every setting named CELERY_* in settings.py configures Celery (CELERY_BROKER_URL → broker_url).',
    "app.config_from_object('django.conf:settings', namespace='CELERY')",
    'app.autodiscover_tasks()',
    '',
    '',
    '@app.task(bind=True, ignore_result=True)',
    'def debug_task(self):',
    "    print(f'Request: {self.request!r}')",
    '',
  ].join('\n');
}

/** The project package's __init__.py: loads the Celery app with Django, when there is one. */
export function renderProjectInit(ctx: StackContext): string {
  if (!ctx.has('celery')) return '';
  return [
    '# Load the Celery app whenever Django starts, so that @shared_task uses it.',
    'from .celery import app as celery_app',
    '',
    "__all__ = ('celery_app',)",
    '',
  ].join('\n');
}
