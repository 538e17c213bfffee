/**
 * Refresh speed: 150 packages read from the loopback index (each a copy of a recorded package
 * under another name, so every package costs a project page and its metadata files), through
 * the PyPI JSON API and through a PEP 691 simple index, 8 at a time as the CLI does. Goal: < 10 s.
 */
import { refreshReleases, type IndexSource } from '../../core/refresh/refresh';
import { startIndexServer } from '../index-server/server';
import { recordedStore, type Store } from '../index-server/store';

const COUNT = 150;

function storeOf(count: number): Store {
  const recorded = [...recordedStore().values()].filter((p) => !p.name.startsWith('example-'));
  const store: Store = new Map();
  for (let i = 0; i < count; i++) {
    const model = recorded[i % recorded.length]!;
    const name = `bench-${i}-${model.name}`;
    store.set(name, {
      name,
      summary: model.summary,
      releases: model.releases.map((r) => ({ ...r, metadata: r.metadata.replace(/^Name: .*$/m, `Name: ${name}`) })),
    });
  }
  return store;
}

/** Times a 150-package refresh from each kind of index. */
export async function run(): Promise<Record<string, unknown>> {
  const store = storeOf(COUNT);
  const server = await startIndexServer(store);
  const figures: Record<string, unknown> = { packages: COUNT };
  try {
    for (const kind of ['pypi-json', 'simple'] as const) {
      const source: IndexSource = { kind, url: kind === 'simple' ? `${server.url}/simple` : server.url };
      const started = performance.now();
      const result = await refreshReleases({
        source,
        names: [...store.keys()],
        fetch: (url, init) => fetch(url, init),
        concurrency: 8,
        djangoLines: ['3.2', '4.2', '5.2', '6.0', '6.1'],
      });
      const seconds = (performance.now() - started) / 1000;
      if (result.failures.length > 0)
        throw new Error(`${result.failures.length} packages failed: ${result.failures[0]!.message}`);
      figures[kind] = { seconds: Number(seconds.toFixed(2)), requests: server.hits.length };
      console.log(
        `refresh of ${COUNT} packages from a ${kind} index on loopback: ${seconds.toFixed(2)} s (${server.hits.length} requests; goal < 10 s)`,
      );
      server.hits.length = 0;
    }
  } finally {
    await server.close();
  }
  return figures;
}
