import { beforeEach, describe, expect, it } from 'vitest';
import { useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { ACTIONS, dispatch, runAction } from './registry';

const diagram = () => useDiagramStore.getState().diagram;
const past = () => useDiagramStore.temporal.getState().pastStates.length;

describe('diagram actions take arguments', () => {
  beforeEach(() => resetStores(stackOf('django', 'djangorestframework')));

  it('a drop adds the package where it fell, selects it, in one undo step', async () => {
    await dispatch('diagram.addPackage', { package: 'djangorestframework-simplejwt', at: { x: 403, y: 9 } });
    const added = diagram().nodes.at(-1)!;
    expect(added).toMatchObject({ id: 'djangorestframework-simplejwt', position: { x: 400, y: 16 } });
    expect(useUiStore.getState().selection.nodes).toEqual([added.id]);
    expect(past()).toBe(1);
  });

  it('connect says what it connected by package titles, never by node ids', async () => {
    await dispatch('diagram.addPackage', { package: 'djangorestframework-simplejwt', at: { x: 0, y: 400 } });
    await dispatch('diagram.connect', {
      source: 'djangorestframework-simplejwt',
      sourcePort: 'auth',
      target: 'djangorestframework',
      targetPort: 'auth',
    });
    expect(diagram().edges).toHaveLength(1);
    expect(useUiStore.getState().status?.text).toBe('Connected Simple JWT → Django REST framework (Auth).');
  });

  it('setTarget, setPin and setOption each make one undo step', async () => {
    await dispatch('diagram.setTarget', { django: '6.1' });
    await dispatch('diagram.setPin', { node: 'djangorestframework', pin: '3.16.0' });
    await dispatch('diagram.setOption', { node: 'djangorestframework', key: 'pageSize', value: 20 });
    expect(diagram().target.django).toBe('6.1');
    expect(diagram().nodes[1]).toMatchObject({ pin: '3.16.0', options: { pageSize: 20 } });
    expect(past()).toBe(3);
  });

  it('a fix is applied through the registry as one undo step', async () => {
    await dispatch('diagram.applyFix', {
      fix: {
        label: 'Add knox',
        actions: [
          { kind: 'add-package', package: 'django-rest-knox', wireTo: { node: 'djangorestframework', port: 'auth' } },
        ],
      },
    });
    expect(diagram().nodes.map((n) => n.id)).toContain('django-rest-knox');
    expect(diagram().edges).toHaveLength(1);
    expect(past()).toBe(1);
  });

  it('an argument action without arguments does nothing, and menus and the command palette do not list it', async () => {
    expect(await runAction('diagram.addPackage')).toBe(false);
    expect(diagram().nodes).toHaveLength(2);
    expect(ACTIONS.filter((a) => a.takesArguments).map((a) => a.id)).toEqual([
      'diagram.addPackage',
      'diagram.connect',
      'diagram.setTarget',
      'diagram.setPin',
      'diagram.setOption',
      'diagram.applyFix',
      'data.refreshPackageData',
      'data.cancelPackageDataRefresh',
      'diagram.addPackageByName',
    ]);
  });
});
