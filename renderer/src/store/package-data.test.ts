import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi, PackageDataRefreshOutcome } from '../../../core/host/contract';
import { cacheFromRefresh, catalogCacheText } from '../../../core/refresh/cache';
import type { RefreshedPackage } from '../../../core/refresh/refresh';
import { dispatch, runAction } from '../actions/registry';
import { setHost } from '../host/host';
import { analysisOf } from './analysis';
import { catalog, resetCatalog, useCatalogStore } from './catalog';
import { isDirty, useDiagramStore } from './diagram-store';
import { usePackageDataStore } from './package-data-store';
import { resetStores, stackOf } from './testing';
import { useUiStore } from './ui-store';

const diagram = () => useDiagramStore.getState().diagram;
const past = () => useDiagramStore.temporal.getState().pastStates.length;
const problemsOf = (node: string) => analysisOf(diagram()).byNode.get(node) ?? [];

/** A made-up library that allows only Django before 4 (its own Requires-Dist). */
const OLD_LIBRARY: RefreshedPackage = {
  name: 'example-old-django-lib',
  summary: 'made up for this test',
  releases: [
    {
      version: '1.0.0',
      date: '2026-11-02',
      django: '',
      python: '>=3.8',
      requiresDist: ['Django<4'],
      metadataSource: 'http://127.0.0.1/pypi/example-old-django-lib/json',
    },
  ],
};

/** django-redis with a release newer than the bundled data. */
function newerDjangoRedis(): RefreshedPackage {
  const bundled = catalog.get('django-redis')!;
  const newest = bundled.releases.at(-1)!;
  return { name: 'django-redis', summary: null, releases: [{ ...newest, version: '7.1.0', date: '2026-12-01' }] };
}

function cacheText(packages: RefreshedPackage[]): string {
  return catalogCacheText(
    cacheFromRefresh({ refreshedAt: '2026-12-04T10:00:00.000Z', index: 'http://127.0.0.1:9/', packages, failures: [] }),
  );
}

function fakeHost(
  outcome: (onProgress: (p: { done: number; total: number }) => void) => Promise<PackageDataRefreshOutcome>,
) {
  const host = {
    kind: 'web',
    readPackageData: vi.fn(async () => null),
    refreshPackageData: vi.fn((_request: { indexUrl: string; names: string[] }, onProgress) => outcome(onProgress)),
    cancelPackageDataRefresh: vi.fn(),
  } as unknown as HostApi;
  setHost(host);
  return host;
}

describe('Update package data…', () => {
  beforeEach(() => {
    resetCatalog();
    resetStores(stackOf('django', 'django-redis'));
    usePackageDataStore.setState({ dialog: 'none', running: false, progress: null, error: null });
  });
  afterEach(() => resetCatalog());

  it('a refresh replaces the catalog, shows progress, and neither dirties the document nor makes an undo step', async () => {
    const seen: number[] = [];
    const unsubscribe = usePackageDataStore.subscribe(
      (s, previous) => s.progress !== previous.progress && s.progress && seen.push(s.progress.done),
    );
    const host = fakeHost(async (onProgress) => {
      onProgress({ done: 1, total: 2 });
      onProgress({ done: 2, total: 2 });
      return { ok: true, cacheText: cacheText([newerDjangoRedis()]), refreshed: 1, failures: [] };
    });
    const before = catalog;
    expect(await dispatch('data.refreshPackageData', { indexUrl: 'http://127.0.0.1:9/' })).toBe(true);
    unsubscribe();
    expect(seen).toEqual([1, 2]);
    const [request] = vi.mocked(host.refreshPackageData).mock.calls[0]!;
    expect(request.names).toContain('django-redis');
    expect(request.names).toContain('kombu'); // dependency records are refreshed too
    expect(catalog).not.toBe(before);
    expect(catalog.get('django-redis')!.releases.map((r) => r.version)).toContain('7.1.0');
    expect(useCatalogStore.getState().data).toEqual({ date: '2026-12-04', source: 'http://127.0.0.1:9/' });
    expect(isDirty(useDiagramStore.getState())).toBe(false);
    expect(past()).toBe(0);
    expect(usePackageDataStore.getState()).toMatchObject({ running: false, dialog: 'none', error: null });
  });

  it('every verdict is computed again with the new data', async () => {
    resetStores(stackOf('django', 'example-old-django-lib'));
    expect(problemsOf('example-old-django-lib').map((p) => p.code)).toEqual(['unknown-package']);
    fakeHost(async () => ({ ok: true, cacheText: cacheText([OLD_LIBRARY]), refreshed: 1, failures: [] }));
    await dispatch('data.refreshPackageData', { indexUrl: 'http://127.0.0.1:9/' });
    const codes = problemsOf('example-old-django-lib').map((p) => p.code);
    expect(codes).not.toContain('unknown-package');
    expect(problemsOf('example-old-django-lib').some((p) => p.severity === 'error')).toBe(true);
  });

  it('a failed refresh gives one message and changes nothing', async () => {
    fakeHost(async () => ({
      ok: false,
      error: 'Nothing could be read from http://127.0.0.1:9/ (refused).',
      cancelled: false,
    }));
    const before = catalog;
    const diagramBefore = diagram();
    await dispatch('data.refreshPackageData', { indexUrl: 'http://127.0.0.1:9/' });
    expect(catalog).toBe(before);
    expect(diagram()).toBe(diagramBefore);
    expect(usePackageDataStore.getState().error).toMatch(/Nothing could be read/);
    expect(useUiStore.getState().status).toMatchObject({ tone: 'error' });
  });

  it('Cancel reaches the host while a refresh runs, and a cancelled refresh changes nothing', async () => {
    let finish: (outcome: PackageDataRefreshOutcome) => void = () => undefined;
    const host = fakeHost(() => new Promise((resolve) => (finish = resolve)));
    const before = catalog;
    const running = dispatch('data.refreshPackageData', { indexUrl: 'http://127.0.0.1:9/' });
    expect(usePackageDataStore.getState().running).toBe(true);
    expect(await dispatch('data.cancelPackageDataRefresh', {})).toBe(true);
    expect(host.cancelPackageDataRefresh).toHaveBeenCalledTimes(1);
    finish({ ok: false, error: 'The update was cancelled. The package data is unchanged.', cancelled: true });
    await running;
    expect(catalog).toBe(before);
    expect(usePackageDataStore.getState()).toMatchObject({ running: false, error: null });
    expect(await dispatch('data.cancelPackageDataRefresh', {})).toBe(false);
  });

  it('the menu item and the command palette open the dialog', async () => {
    await runAction('data.updatePackageData');
    expect(usePackageDataStore.getState().dialog).toBe('update');
  });
});

describe('Add package by name…', () => {
  beforeEach(() => {
    resetCatalog();
    resetStores(stackOf('django'));
  });
  afterEach(() => resetCatalog());

  it('a dependency record name becomes a library node checked on its metadata, in one undo step', async () => {
    await dispatch('diagram.addPackageByName', { name: '  Kombu ' });
    const node = diagram().nodes.at(-1)!;
    expect(node.package).toBe('kombu');
    expect(catalog.get('kombu')?.sources.length).toBeGreaterThan(0);
    expect(problemsOf(node.id).map((p) => p.code)).not.toContain('unknown-package');
    expect(past()).toBe(1);
    expect(useUiStore.getState().selection.nodes).toEqual([node.id]);
  });

  it('a name without known metadata is added, and the check says it is not checked', async () => {
    await dispatch('diagram.addPackageByName', { name: 'Some_Unknown.Package' });
    const node = diagram().nodes.at(-1)!;
    expect(node.package).toBe('some-unknown-package');
    expect(problemsOf(node.id).map((p) => p.code)).toEqual(['unknown-package']);
    expect(useUiStore.getState().status?.text).toMatch(/No metadata is known/);
  });

  it('a refreshed library is checked on its Requires-Dist: Django<4 at Django 5.2 is an error', async () => {
    fakeHost(async () => ({ ok: true, cacheText: cacheText([OLD_LIBRARY]), refreshed: 1, failures: [] }));
    await dispatch('data.refreshPackageData', { indexUrl: 'http://127.0.0.1:9/' });
    await dispatch('diagram.addPackageByName', { name: 'Example_Old_Django_Lib' });
    const node = diagram().nodes.at(-1)!;
    expect(node.package).toBe('example-old-django-lib');
    expect(problemsOf(node.id).some((p) => p.severity === 'error')).toBe(true);
  });

  it('a malformed name gives one message and changes nothing', async () => {
    const before = diagram();
    await dispatch('diagram.addPackageByName', { name: 'django redis; rm -rf' });
    expect(diagram()).toBe(before);
    expect(useUiStore.getState().status).toMatchObject({ tone: 'error' });
    expect(past()).toBe(0);
  });
});

describe('a package added by name round-trips through requirements.txt', () => {
  beforeEach(() => {
    resetCatalog();
    resetStores(stackOf('django'));
  });
  afterEach(() => resetCatalog());

  it('its line is written, read back to the same package, and written again unchanged', async () => {
    const { exportRequirements } = await import('../../../core/export/requirements');
    const { importRequirements } = await import('../../../core/import/requirements');
    await dispatch('diagram.addPackageByName', { name: 'Kombu' });
    await dispatch('diagram.addPackageByName', { name: 'Some_Unknown.Package' });
    const first = exportRequirements(diagram(), catalog);
    const kombuLine = first.split('\n').find((line) => /^kombu\b/.test(line));
    expect(kombuLine).toMatch(/^kombu==\d/);
    const imported = importRequirements(first, catalog, { file: 'requirements.txt' });
    expect(imported.diagram.nodes.map((n) => n.package)).toEqual(
      expect.arrayContaining(['django', 'kombu', 'some-unknown-package']),
    );
    expect(exportRequirements(imported.diagram, catalog)).toBe(first);
  });
});
