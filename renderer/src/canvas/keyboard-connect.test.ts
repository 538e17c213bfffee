import { describe, expect, it } from 'vitest';
import { checkConnection } from '../../../core/diagram/connect';
import { portsOf } from '../../../core/diagram/ports';
import { catalog } from '../store/catalog';
import { stackOf } from '../store/testing';
import { compatiblePortList } from './connecting-store';
import { portAccessibleName } from './port-row';

describe('ports for keyboard wiring', () => {
  it('a JWT plugin’s auth output can go to DRF’s and Django’s Auth inputs, in reading order, as core decides', () => {
    const diagram = stackOf('djangorestframework-simplejwt', 'djangorestframework', 'django');
    const list = compatiblePortList(diagram, catalog, 'djangorestframework-simplejwt', 'source', 'auth');
    expect(list.length).toBeGreaterThan(0);
    // Reading order: DRF sits above Django in stackOf's column.
    const nodes = list.map((port) => port.nodeId);
    expect(nodes.indexOf('djangorestframework')).toBeLessThan(nodes.lastIndexOf('django'));
    for (const port of list) {
      expect(port.kind).toBe('target');
      const request = {
        source: 'djangorestframework-simplejwt',
        sourcePort: 'auth',
        target: port.nodeId,
        targetPort: port.portId,
      };
      expect(checkConnection(diagram, catalog, request).ok).toBe(true);
    }
    expect(list).toContainEqual({ nodeId: 'djangorestframework', kind: 'target', portId: 'auth' });
  });

  it('names a port by label, direction, package, wires and whether it is required', () => {
    const drf = portsOf(catalog.get('djangorestframework')!, catalog);
    const auth = drf.inputs.find((port) => port.id === 'auth')!;
    expect(portAccessibleName(auth, 'Django REST framework', 1)).toBe(
      'Auth input of Django REST framework, 1 connection',
    );
    expect(portAccessibleName(auth, 'Django REST framework', 0, 'compatible')).toBe(
      'Auth input of Django REST framework, not connected, can take this connection',
    );
    const api = drf.outputs.find((port) => port.id === 'api')!;
    expect(portAccessibleName(api, 'Django REST framework', 2)).toBe(
      'API output of Django REST framework, 2 connections',
    );
  });
});
