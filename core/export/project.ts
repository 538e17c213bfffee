/**
 * The exports of a stack as files: the project skeleton for File > Export > New Django project
 * and `djstack export`, and each single file for the preview pane. Pure: the secret key's
 * randomness comes in as a parameter.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import type { ProjectFile } from '../host/contract';
import type { Resolution } from '../resolve/types';
import { renderCompose } from './compose';
import { StackContext } from './context';
import { generateSecretKey, renderDotEnv, renderEnvExample, type RandomBytes } from './dotenv';
import { renderAsgi, renderCelery, renderManage, renderProjectInit, renderWsgi } from './entrypoints';
import { modulesOnCanvas } from './packages';
import type { ProjectInfo } from './packages/module';
import { projectNameProblem } from './python/identifier';
import { renderReadme } from './readme';
import { exportRequirements } from './requirements';
import { buildSettingsPlan } from './settings/build-plan';
import { renderSettingsModule } from './settings/render-settings';
import { collectUrls, renderUrls } from './urls';

export type FileLanguage = 'python' | 'text' | 'yaml' | 'markdown' | 'ini';

/** A generated file with what the preview needs to highlight it. */
export interface ExportedFile extends ProjectFile {
  language: FileLanguage;
}

export interface ProjectOptions {
  /** The project package: a Python identifier that shadows no module (see projectNameProblem). */
  projectName: string;
  /** Random bytes for the development secret key. */
  random: RandomBytes;
  /** The diagram's file name, for headers. */
  source?: string;
  /** Versions resolved already (the app memoises them); resolved here when absent. */
  resolution?: Resolution;
}

/** Raised for an export that cannot be written (an invalid project name); the message says why. */
export class ExportError extends Error {}

function context(
  diagram: Diagram,
  catalog: Catalog,
  options: Pick<ProjectOptions, 'projectName' | 'resolution'>,
): { ctx: StackContext; project: ProjectInfo } {
  const problem = projectNameProblem(options.projectName);
  if (problem) throw new ExportError(problem);
  return { ctx: new StackContext(diagram, catalog, options.resolution), project: { name: options.projectName } };
}

const GITIGNORE = ['.env', '*.sqlite3', '__pycache__/', '*.pyc', '.venv/', 'staticfiles/', 'media/', ''].join('\n');

/** Every file of the project skeleton, with its language; manage.py sits at the top. */
export function exportProjectFiles(diagram: Diagram, catalog: Catalog, options: ProjectOptions): ExportedFile[] {
  const { ctx, project } = context(diagram, catalog, options);
  const plan = buildSettingsPlan(ctx, project);
  const modules = modulesOnCanvas(ctx);
  for (const module of modules) module.environment?.(ctx, plan);
  const name = project.name;
  // A package may write settings.py in its own form (django-configurations' classes).
  const renderer = modules.find((module) => module.renderSettings)?.renderSettings;
  const settings = renderer ? renderer(ctx, plan, name) : renderSettingsModule(ctx, plan, { projectName: name });
  const urls = collectUrls(ctx, project);
  const files: ExportedFile[] = [
    { path: 'manage.py', content: renderManage(ctx, project), language: 'python' },
    { path: `${name}/__init__.py`, content: renderProjectInit(ctx), language: 'python' },
    { path: `${name}/settings.py`, content: settings, language: 'python' },
    { path: `${name}/urls.py`, content: renderUrls(ctx, project), language: 'python' },
    { path: `${name}/wsgi.py`, content: renderWsgi(ctx, project), language: 'python' },
    { path: `${name}/asgi.py`, content: renderAsgi(ctx, project), language: 'python' },
  ];
  if (ctx.has('celery'))
    files.push({ path: `${name}/celery.py`, content: renderCelery(ctx, project), language: 'python' });
  files.push(
    {
      path: 'requirements.txt',
      content: exportRequirements(diagram, catalog, { source: options.source, resolution: ctx.resolution }),
      language: 'text',
    },
    { path: '.env.example', content: renderEnvExample(plan.env.vars), language: 'ini' },
    { path: '.env', content: renderDotEnv(plan.env.vars, generateSecretKey(options.random)), language: 'ini' },
    { path: '.gitignore', content: GITIGNORE, language: 'text' },
  );
  const compose = renderCompose(ctx);
  if (compose) files.push({ path: 'docker-compose.yml', content: compose, language: 'yaml' });
  files.push({ path: 'README.md', content: renderReadme(ctx, name, plan.env.vars, urls), language: 'markdown' });
  return files;
}

/** The project skeleton as the host writes it (`HostApi.exportProject`, `djstack export`). */
export function exportProject(diagram: Diagram, catalog: Catalog, options: ProjectOptions): ProjectFile[] {
  return exportProjectFiles(diagram, catalog, options).map(({ path, content }) => ({ path, content }));
}

/** stack_settings.py: the stack's settings for an existing project (`from .stack_settings import *`). */
export function exportStackSettings(
  diagram: Diagram,
  catalog: Catalog,
  options: Pick<ProjectOptions, 'projectName' | 'resolution'>,
): ExportedFile {
  const { ctx, project } = context(diagram, catalog, options);
  const plan = buildSettingsPlan(ctx, project);
  const content = renderSettingsModule(ctx, plan, { projectName: project.name, fragment: true });
  return { path: `${project.name}/stack_settings.py`, content, language: 'python' };
}

/** One file of the preview by its path ("shop/settings.py"), or undefined when the stack has no such file. */
export function exportPreviewFile(
  diagram: Diagram,
  catalog: Catalog,
  path: string,
  options: ProjectOptions,
): ExportedFile | undefined {
  return exportPreviewFiles(diagram, catalog, options).find((file) => file.path === path);
}

/**
 * Every file the preview pane can show: the skeleton plus the stack_settings.py fragment.
 * Throws ExportError when the project name is invalid.
 */
export function exportPreviewFiles(diagram: Diagram, catalog: Catalog, options: ProjectOptions): ExportedFile[] {
  const files = exportProjectFiles(diagram, catalog, options);
  const settingsIndex = files.findIndex((f) => f.path.endsWith('/settings.py'));
  files.splice(settingsIndex + 1, 0, exportStackSettings(diagram, catalog, options));
  return files;
}
