import { shellWord } from '../escape/shell';
import type { PackageModule } from './module';

/** Gunicorn: serves wsgi.py; the README's command carries the node's options as its flags. */
export const gunicorn: PackageModule = {
  name: 'gunicorn',
  serverCommand(ctx, project) {
    const name = 'gunicorn';
    const words = [
      'gunicorn',
      `${project.name}.wsgi`,
      '--bind',
      shellWord(ctx.text(name, 'bind', '127.0.0.1:8000')),
      '--workers',
      String(ctx.integer(name, 'workers', 1)),
    ];
    // The other flags only when the node sets them: gunicorn's own defaults stay implicit.
    for (const key of ['workerClass', 'threads', 'timeout']) {
      const value = ctx.explicit(name, key);
      const flag = ctx.setting(name, key);
      if (value !== undefined && flag) words.push(flag, shellWord(String(value)));
    }
    return words.join(' ');
  },
};
