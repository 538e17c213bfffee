/**
 * The matrix reports a broken export precisely: with allauth's AccountMiddleware removed from
 * settings.py, or with redis required past celery's cap in requirements.txt, the stack fails with
 * a message naming the environment, the stack and the step. The failure is caught and asserted,
 * so a working matrix keeps this test green.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountProc, remove } from './environment';
import { proofEnvironment } from './matrix';
import { PROOF_STACKS } from './stacks';
import { hostPath, proveStack, readInventory, type Inventory } from './steps';

const REQUIRE = process.env.DJSTACK_REQUIRE_DJANGO === '1';
const { environment, missing } = proofEnvironment('trixie');
const stack = (name: string) => PROOF_STACKS.find((s) => s.name.startsWith(name))!;

describe.skipIf(missing !== null && !REQUIRE)(`a broken export fails the matrix precisely (${environment.id})`, () => {
  let inventory: Inventory;
  let unmount = () => undefined as void;
  beforeAll(async () => {
    if (missing) return;
    unmount = mountProc(environment);
    inventory = await readInventory(environment);
  }, 120_000);
  afterAll(() => {
    unmount();
    if (inventory) remove(hostPath(environment, inventory.wheels));
  });

  it('without AccountMiddleware, the accounts stack fails and says where', { timeout: 300_000 }, async () => {
    expect(missing, missing ?? '').toBeNull();
    const failure = await proveStack(environment, inventory, stack('accounts'), {
      steps: ['check', 'http'],
      mutate: (files) =>
        files.map((f) =>
          f.path.endsWith('settings.py')
            ? { ...f, content: f.content.replace(/^.*allauth\.account\.middleware\.AccountMiddleware.*\n/m, '') }
            : f,
        ),
    }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^\[trixie, Django 4\.2\] accounts with allauth[^—]* — step "(check|http)": /);
    expect(failure).toMatch(/AccountMiddleware/);
  });

  it(
    "with redis required past celery's cap, pip's resolver refuses and the message names the clash",
    {
      timeout: 300_000,
    },
    async () => {
      expect(missing, missing ?? '').toBeNull();
      const failure = await proveStack(environment, inventory, stack('Celery'), {
        steps: ['pip resolve'],
        mutate: (files) =>
          files.map((f) =>
            f.path === 'requirements.txt'
              ? {
                  ...f,
                  // The imported file's own celery line comes back as written: ask for its redis extra here.
                  content: f.content.replace(/^celery==/m, 'celery[redis]==').replace(/^redis==\S+/m, 'redis>=6.0.0'),
                }
              : f,
          ),
      }).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(
        /^\[trixie, Django 4\.2\] Celery with a Redis broker[^—]* — step "pip resolve": pip refuses/,
      );
      // trixie has redis 6.1.0; celery 5.5.2's redis extra says <6.0.0: pip names both sides.
      expect(failure).toMatch(/celery\[redis\] 5\.5\.2 depends on redis/);
    },
  );
});
