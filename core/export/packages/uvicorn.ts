import type { PackageModule } from './module';

/** Uvicorn: the `standard` extra brings uvloop, httptools and websockets support. */
export const uvicorn: PackageModule = {
  name: 'uvicorn',
  extras: (ctx) => (ctx.flag('uvicorn', 'standardExtras', true) ? ['standard'] : []),
};
