/**
 * Wiring means configuration: a walk over every catalog package. Dropped on the canvas with its
 * partners and auto-wired, its settings reach the export; wired anywhere else, the panel names a
 * problem whose fix gets it configured. No package is ever silently unconfigured.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog, type CatalogPackage } from '../catalog/catalog';
import { autoWire } from '../diagram/auto-wire';
import { hostsOf } from '../diagram/hosts';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { portsOf } from '../diagram/ports';
import { exportStackSettings } from '../export/project';
import { packageModule } from '../export/packages';
import { StackContext } from '../export/context';
import { resolveDiagram } from '../resolve/resolve';
import { analyze } from './analyze';
import { applyFix } from './fixes';

const catalog = defaultCatalog();
const pythonPackages = catalog.packages.filter((pkg) => pkg.kind === 'python' && pkg.name !== 'django');

/** The package, what it hard-requires (transitively), its hosts and one provider per required input. */
function partnersOf(pkg: CatalogPackage): string[] {
  const names = new Set<string>(['django']);
  const visit = (name: string) => {
    const found = catalog.get(name);
    if (!found || names.has(found.name)) return;
    names.add(found.name);
    for (const release of found.releases) for (const dep of Object.keys(release.requires ?? {})) visit(dep);
    for (const output of portsOf(found, catalog).outputs)
      for (const host of hostsOf(catalog, found.name, output.role)) visit(host);
    for (const input of portsOf(found, catalog).inputs.filter((port) => port.required)) {
      const provider =
        input.suggest.map((s) => catalog.get(s)).find((p) => p) ??
        catalog.packages.find((p) => p.provides.some((port) => port.role === input.role));
      if (provider) visit(provider.name);
    }
  };
  visit(pkg.name);
  return [...names];
}

function stack(names: string[]): Diagram {
  const diagram = emptyDiagram({ django: '5.2', python: '3.12' });
  diagram.nodes = names.map((name, i) => ({ id: `${name}-1`, package: name, position: { x: i * 300, y: 0 } }));
  return diagram;
}

/** What the export must say when `name` is configured: its DRF fragments and its INSTALLED_APPS. */
function expectedFragments(diagram: Diagram, name: string): string[] {
  const ctx = new StackContext(diagram, catalog, resolveDiagram(diagram, catalog));
  const drf = packageModule(name)?.drf;
  return [
    ...(drf?.authentication?.(ctx) ?? []),
    ...(drf?.schemaClass ? [drf.schemaClass(ctx)] : []),
    ...(drf?.filterBackends?.(ctx) ?? []),
  ];
}

function settingsOf(diagram: Diagram): string {
  return exportStackSettings(diagram, catalog, { projectName: 'shop' }).content;
}

describe('every catalog package is configured by its wiring', () => {
  it.each(pythonPackages.map((pkg) => [pkg.name, pkg] as const))(
    '%s with its partners, auto-wired: no wrong-host problem and its settings are in the export',
    (_name, pkg) => {
      const diagram = autoWire(stack(partnersOf(pkg)), catalog);
      const problems = analyze(diagram, catalog).problems.filter((p) => p.code === 'wrong-host');
      expect(problems.map((p) => p.message)).toEqual([]);
      const settings = settingsOf(diagram);
      for (const fragment of expectedFragments(diagram, pkg.name)) expect(settings).toContain(fragment);
    },
  );

  const plugins = pythonPackages.flatMap((pkg) =>
    portsOf(pkg, catalog)
      .outputs.filter((output) => hostsOf(catalog, pkg.name, output.role).length > 0)
      .map((output) => [pkg.name, output.role] as const),
  );

  it('finds the plugins of the issue among the hosted ones', () => {
    const names = plugins.map(([name]) => name);
    for (const name of ['djangorestframework-jwt', 'djangorestframework-simplejwt', 'django-filter', 'drf-spectacular'])
      expect(names).toContain(name);
  });

  it.each(plugins)(
    '%s wired into Django (or nowhere) instead of its host: a problem, and its fix configures it',
    (name, role) => {
      const wired = autoWire(stack(partnersOf(catalog.get(name)!)), catalog);
      const misplaced: Diagram = {
        ...wired,
        edges: wired.edges
          .filter((edge) => !(edge.source === `${name}-1` && edge.sourcePort === role))
          .concat(
            portsOf(catalog.get('django')!, catalog).inputs.some((input) => input.role === role)
              ? [{ id: 'wrong', source: `${name}-1`, sourcePort: role, target: 'django-1', targetPort: role, role }]
              : [],
          ),
      };
      const problem = analyze(misplaced, catalog).problems.find(
        (p) => p.code === 'wrong-host' && p.nodes[0] === `${name}-1`,
      );
      expect(problem?.fix).toBeTruthy();
      const fixed = applyFix(misplaced, catalog, problem!.fix!);
      expect(analyze(fixed, catalog).problems.filter((p) => p.code === 'wrong-host')).toEqual([]);
      const settings = settingsOf(fixed);
      for (const fragment of expectedFragments(fixed, name)) expect(settings).toContain(fragment);
    },
  );
});
