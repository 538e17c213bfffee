import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../core/diagram/model';
import { diagramOfStarter, STARTER_STACKS } from '../../../core/templates/templates';
import { changesInContext, diffLines, settingsOfEdge } from './edge-settings';

const saas: Diagram = diagramOfStarter(STARTER_STACKS.find((stack) => stack.id === 'saas')!);
const edgeOf = (source: string, role: string) => saas.edges.find((e) => e.source === source && e.role === role)!.id;
const shown = (diagram: Diagram, edgeId: string) =>
  settingsOfEdge(diagram, edgeId)!.map((line) => `${line.kind}: ${line.text.trim()}`);

describe('what a connection generates in settings', () => {
  it('knox → DRF auth puts knox first in REST_FRAMEWORK authentication classes', () => {
    const lines = shown(saas, edgeOf('django-rest-knox', 'auth'));
    expect(lines[0]).toBe('context: REST_FRAMEWORK = {');
    expect(lines.find((line) => line.startsWith('added:'))).toMatch(
      /^added: 'DEFAULT_AUTHENTICATION_CLASSES': \['knox\.auth\.TokenAuthentication'/,
    );
    expect(lines.find((line) => line.startsWith('removed:'))).not.toContain('knox');
  });

  it('redis-server → celery broker points CELERY_BROKER_URL at the Redis URL', () => {
    expect(shown(saas, edgeOf('redis-server', 'broker'))).toContain('added: CELERY_BROKER_URL = REDIS_URL');
  });

  it('django-redis → django cache adds the CACHES setting', () => {
    const lines = shown(saas, edgeOf('django-redis', 'cache'));
    expect(lines).toContain('added: CACHES = {');
    expect(lines).toContain("added: 'BACKEND': 'django_redis.cache.RedisCache',");
  });

  it('a wire that changes no setting shows nothing', () => {
    expect(settingsOfEdge(saas, edgeOf('django-simple-history', 'history'))).toEqual([]);
  });

  it('an edge that is not in the diagram gives null, and answers are memoised', () => {
    expect(settingsOfEdge(saas, 'no-such-edge')).toBeNull();
    const id = edgeOf('redis-server', 'broker');
    expect(settingsOfEdge(saas, id)).toBe(settingsOfEdge(saas, id));
  });
});

describe('line diff in context', () => {
  it('keeps the enclosing lines of a nested change and marks skipped lines', () => {
    const before = ['A = 1', 'X = {', "    'j': 1,", "    'k': [", "        'a',", '    ],', '}', 'B = 2'];
    const after = [
      'A = 2',
      'X = {',
      "    'j': 1,",
      "    'k': [",
      "        'z',",
      "        'a',",
      '    ],',
      '}',
      'B = 2',
    ];
    expect(changesInContext(diffLines(before, after))).toEqual([
      { kind: 'removed', text: 'A = 1' },
      { kind: 'added', text: 'A = 2' },
      { kind: 'context', text: 'X = {' },
      { kind: 'gap', text: '…' },
      { kind: 'context', text: "    'k': [" },
      { kind: 'added', text: "        'z'," },
    ]);
  });
});
