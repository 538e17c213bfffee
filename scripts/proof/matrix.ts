/**
 * The proof matrix of one environment, as vitest tests: the environment has its Django line, every
 * catalog package it packages is in a stack, and every stack passes every step (see steps.ts).
 * Outside CI a chroot that is not built skips with the command that builds it; with
 * DJSTACK_REQUIRE_DJANGO=1 (CI) it fails instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import { emptyDiagram } from '../../core/diagram/model';
import { addNode } from '../../core/diagram/ops';
import { remove, mountProc, type ProofEnvironment } from './environment';
import { CATALOG_OF_DEBIAN, ENVIRONMENTS, environmentRoot, isBuilt } from './environments.mjs';
import { verifyMetadata } from './metadata';
import { PROOF_STACKS } from './stacks';
import { INCOMPATIBLE, hostPath, proveStack, readInventory, type Inventory } from './steps';

const REQUIRE = process.env.DJSTACK_REQUIRE_DJANGO === '1';

/** The environment `id` as the steps see it, or why it cannot run. */
export function proofEnvironment(id: string): { environment: ProofEnvironment; missing: string | null } {
  const definition = ENVIRONMENTS.find((e) => e.id === id)!;
  const environment = { id, django: definition.django, root: environmentRoot(definition), python: 'python3' };
  const missing = isBuilt(definition)
    ? null
    : `the ${id} chroot is not built: run \`node scripts/proof/environments.mjs ${id}\` as root`;
  return { environment, missing };
}

/** Registers the matrix tests of one environment. */
export function defineMatrix(id: string): void {
  const { environment, missing } = proofEnvironment(id);
  describe.skipIf(missing !== null && !REQUIRE)(`proof matrix on ${id} (Django ${environment.django})`, () => {
    let inventory: Inventory & { metadata: Record<string, string> };
    let unmount = () => undefined as void;
    const timings: string[] = [];
    beforeAll(async () => {
      if (missing) return;
      unmount = mountProc(environment);
      inventory = await readInventory(environment);
    }, 120_000);
    afterAll(() => {
      unmount();
      if (inventory) remove(hostPath(environment, inventory.wheels));
      if (timings.length > 0) process.stdout.write(`proof matrix ${id}: ${timings.join(', ')}\n`);
    });

    it(`has Django ${environment.django}`, () => {
      expect(missing, missing ?? '').toBeNull();
      expect(inventory.versions.django, `Django in ${id}`).toMatch(
        new RegExp(`^${environment.django.replace('.', '\\.')}(\\.|$)`),
      );
    });

    it('puts every catalog package this suite packages into a stack', () => {
      expect(missing, missing ?? '').toBeNull();
      const inStacks = new Set(PROOF_STACKS.flatMap((s) => s.packages));
      const packaged = defaultCatalog()
        .packages.filter((p) => p.kind === 'python' && p.name !== 'django')
        .filter((p) => Object.values(CATALOG_OF_DEBIAN).includes(p.name) && inventory.versions[p.name]);
      expect(packaged.map((p) => p.name).filter((name) => !inStacks.has(name))).toEqual([]);
    });

    it('calls each package installed beside a Django its Requires-Dist excludes an error, as pip does', () => {
      expect(missing, missing ?? '').toBeNull();
      const catalog = defaultCatalog();
      for (const name of Object.keys(INCOMPATIBLE[id] ?? {})) {
        const version = inventory.versions[name];
        expect(version, `${name} in ${id}`).toBeDefined();
        let diagram = emptyDiagram({ django: environment.django, python: inventory.python });
        diagram = addNode(diagram, catalog, 'django').diagram;
        const added = addNode(diagram, catalog, name);
        diagram = {
          ...added.diagram,
          nodes: added.diagram.nodes.map((n) => (n.id === added.id ? { ...n, pin: version } : n)),
        };
        const errors = analyze(diagram, catalog).problems.filter((p) => p.severity === 'error');
        expect(
          errors.some((p) => p.packages.includes(name)),
          `${name} ${version} on Django ${environment.django}`,
        ).toBe(true);
      }
    });

    it("the catalog's Requires-Python and Requires-Dist agree with the METADATA of every release this suite packages", async () => {
      expect(missing, missing ?? '').toBeNull();
      const catalog = defaultCatalog();
      const report = await verifyMetadata(environment, catalog, inventory, Object.values(CATALOG_OF_DEBIAN));
      process.stdout.write(
        [
          `metadata on ${id}: ${report.verified.length} verified, ${report.patched.length} Debian patches, ${report.unverified.length} unverified`,
          ...report.unverified.map((line) => `  unverified: ${line}`),
          ...report.patched.map((line) => `  patched: ${line}`),
        ].join('\n') + '\n',
      );
      expect(report.disagreements, `catalog vs METADATA on ${id}`).toEqual([]);
    });

    for (const stack of PROOF_STACKS) {
      it(stack.name, { timeout: 900_000 }, async () => {
        expect(missing, missing ?? '').toBeNull();
        const started = Date.now();
        const { steps } = await proveStack(environment, inventory, stack);
        timings.push(`${stack.name.split(' ')[0]} ${Math.round((Date.now() - started) / 1000)} s`);
        expect(steps).toContain('http');
      });
    }
  });
}
