/**
 * The project's urls.py: the admin, then what each package on the canvas routes (knox login,
 * allauth accounts/, the API schema pages, the debug toolbar while DEBUG is on, ...).
 */
import type { StackContext } from './context';
import { packageModule } from './packages';
import type { ProjectInfo, UrlEntry } from './packages/module';
import { pyComment, pyString } from './python/literal';
import { headerLines } from './settings/render-settings';

/** Every URL entry of the stack, in package-name order. */
export function collectUrls(ctx: StackContext, project: ProjectInfo): UrlEntry[] {
  const names = ctx.pythonPackages.map((n) => n.name).sort();
  const entries = names.flatMap((name) => packageModule(name)?.urls?.(ctx, project) ?? []);
  return [...entries.filter((e) => !e.last), ...entries.filter((e) => e.last)];
}

function pathLine(entry: UrlEntry, indent: string): string {
  const name = entry.name ? `, name=${pyString(entry.name)}` : '';
  const comment = entry.comment ? `  # ${pyComment(entry.comment)}` : '';
  return `${indent}path(${pyString(entry.route)}, ${entry.view.code}${name}),${comment}`;
}

/** urls.py for the project. */
export function renderUrls(ctx: StackContext, project: ProjectInfo): string {
  const entries = collectUrls(ctx, project);
  const imports = new Set<string>();
  const preamble: string[] = [];
  for (const entry of entries) {
    for (const line of entry.imports ?? []) imports.add(line);
    for (const code of entry.preamble ?? []) if (!preamble.includes(code.code)) preamble.push(code.code);
  }
  const dev = entries.filter((e) => e.devOnly);
  const always = entries.filter((e) => !e.devOnly);
  const djangoImports = ['from django.contrib import admin', 'from django.urls import include, path'];
  if (dev.length > 0) djangoImports.unshift('from django.conf import settings');
  const lines = [
    ...headerLines(ctx, `URL configuration of the ${project.name} project.`),
    '',
    ...djangoImports,
    ...(imports.size > 0 ? ['', ...[...imports].sort()] : []),
    '',
    ...(preamble.length > 0 ? [...preamble, ''] : []),
    'urlpatterns = [',
    "    path('admin/', admin.site.urls),",
    ...always.map((entry) => pathLine(entry, '    ')),
    ']',
  ];
  if (dev.length > 0) {
    lines.push(
      '',
      'if settings.DEBUG:',
      '    # Development tools, routed only while DEBUG is on.',
      '    urlpatterns += [',
    );
    lines.push(...dev.map((entry) => pathLine(entry, '        ')), '    ]');
  }
  return `${lines.join('\n')}\n`;
}
