import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from './testing';
import { upgradeReport } from './upgrade';

const catalog = testCatalog({
  django: {
    needs: [{ role: 'api', multiple: true }],
    releases: [
      ['4.2.20', '==4.2.*', '>=3.8'],
      ['5.2.3', '==5.2.*', '>=3.10'],
    ],
  },
  djangorestframework: {
    provides: ['api'],
    releases: [
      ['3.16.0', '>=4.2', '>=3.9'],
      ['3.14.0', '>=3.0,<5.1', '>=3.6'],
    ],
  },
  // Its only release requires Django<5.0 (Requires-Dist): pip refuses it beside Django 5.2.
  'django-old-thing': {
    releases: [{ version: '1.0', django: '>=3.2,<5.0', python: '>=3.8', requiresDist: ['Django>=3.2,<5.0'] }],
  },
});

describe('upgradeReport', () => {
  it('DRF on Django 4.2 → 5.2 moves Django and nothing blocks', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', { target: { django: '4.2' } });
    const report = upgradeReport(diagram, catalog, { django: '5.2' });
    expect(report.from).toMatchObject({ django: '4.2', python: '3.12' });
    expect(report.to).toMatchObject({ django: '5.2', python: '3.12' });
    expect(report.moves).toEqual([{ package: 'django', from: '4.2.20', to: '5.2.3', blockedBy: null }]);
    expect(report.blockers).toEqual([]);
  });

  it('a package without a release for the new line blocks it, and its move says why', () => {
    const diagram = stackOf(catalog, 'django', 'django-old-thing', { target: { django: '4.2' } });
    const report = upgradeReport(diagram, catalog, { django: '5.2' });
    const move = report.moves.find((m) => m.package === 'django-old-thing')!;
    expect(move).toMatchObject({ from: '1.0', to: null });
    expect(move.blockedBy?.code).toBe('unsupported-target');
    expect(report.blockers.map((p) => p.code)).toContain('unsupported-target');
  });

  it('the same line is no upgrade: nothing moves', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', { target: { django: '5.2' } });
    expect(upgradeReport(diagram, catalog, { django: '5.2' }).moves).toEqual([]);
  });
});
