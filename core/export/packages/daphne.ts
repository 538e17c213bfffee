import { shellWord } from '../escape/shell';
import { DJANGO_APP_WEIGHT, type PackageModule } from './module';

/** Daphne: its app replaces runserver with an ASGI server, so it must come before staticfiles. */
export const daphne: PackageModule = {
  name: 'daphne',
  appWeights: {
    daphne: {
      weight: DJANGO_APP_WEIGHT.contribFirst - 10,
      why: "daphne: first, so its runserver wins over staticfiles' one",
    },
  },
  serverCommand: (ctx, project) =>
    `daphne ${project.name}.asgi:application --bind ${shellWord(ctx.text('daphne', 'bind', '127.0.0.1'))} --port ${ctx.integer('daphne', 'port', 8000)}`,
};
