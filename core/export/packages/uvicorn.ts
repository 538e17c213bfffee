import { shellWord } from '../escape/shell';
import type { PackageModule } from './module';

/** Uvicorn: serves asgi.py; the `standard` extra brings uvloop, httptools and websockets support. */
export const uvicorn: PackageModule = {
  name: 'uvicorn',
  extras: (ctx) => (ctx.flag('uvicorn', 'standardExtras', true) ? ['standard'] : []),
  serverCommand(ctx, project) {
    const words = [`uvicorn ${project.name}.asgi:application`];
    // Host and port only when the node sets them: uvicorn's defaults (127.0.0.1:8000) stay implicit.
    for (const key of ['host', 'port']) {
      const value = ctx.explicit('uvicorn', key);
      const flag = ctx.setting('uvicorn', key);
      if (value !== undefined && flag) words.push(flag, shellWord(String(value)));
    }
    words.push('--workers', String(ctx.integer('uvicorn', 'workers', 1)));
    return words.join(' ');
  },
};
