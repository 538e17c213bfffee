/**
 * Starter stacks: small diagrams a user starts from (the gallery on the empty canvas and
 * File > New from template). They are data, laid out by hand and wired as a reviewer would;
 * a test proves each one is wired and free of problems for its target.
 */
import type { Diagram, DiagramEdge, Target } from '../diagram/model';

export interface StarterStack {
  id: string;
  title: string;
  description: string;
  target: Target;
  /** [node id (= package name), x, y] */
  nodes: [string, number, number][];
  /** [source node, target node, role]: from the source's output to the target's input of that role. */
  edges: [string, string, string][];
}

const COLUMN = 320;
const ROW = 176;

export const STARTER_STACKS: readonly StarterStack[] = [
  {
    id: 'rest-api',
    title: 'REST API',
    description: 'Django REST framework with JWT auth, an OpenAPI schema, CORS and filtering.',
    target: { django: '5.2', python: '3.12' },
    nodes: [
      ['djangorestframework-simplejwt', 0, 0],
      ['drf-spectacular', 0, ROW],
      ['django-filter', 0, 2 * ROW],
      ['djangorestframework', COLUMN, ROW],
      ['django-cors-headers', COLUMN, 2.5 * ROW],
      ['django', 2 * COLUMN, ROW],
    ],
    edges: [
      ['djangorestframework-simplejwt', 'djangorestframework', 'auth'],
      ['drf-spectacular', 'djangorestframework', 'docs'],
      ['django-filter', 'djangorestframework', 'filters'],
      ['djangorestframework', 'django', 'api'],
      ['django-cors-headers', 'django', 'security'],
    ],
  },
  {
    id: 'async-jobs',
    title: 'Async jobs',
    description: 'Celery workers with a Redis broker, periodic tasks (beat) and results in the database.',
    target: { django: '5.2', python: '3.12' },
    nodes: [
      ['redis-server', 0, 0],
      ['django-celery-beat', 0, ROW],
      ['django-celery-results', 0, 2 * ROW],
      ['celery', COLUMN, ROW / 2],
      ['django', 2 * COLUMN, ROW / 2],
    ],
    edges: [
      ['redis-server', 'celery', 'broker'],
      ['django-celery-beat', 'celery', 'scheduler'],
      ['django-celery-results', 'celery', 'results'],
      ['celery', 'django', 'tasks'],
    ],
  },
  {
    id: 'saas',
    title: 'SaaS',
    description:
      'Accounts (allauth), an API with token auth (knox), Redis cache, Celery, history, state machines, PostgreSQL.',
    // Django 5.2 LTS: 5.0 reached its end of support in April 2025. django-rest-knox's newest
    // readable release declares Django up to 5.0 and installs on 5.2 (an undeclared-target warning).
    target: { django: '5.2', python: '3.12' },
    nodes: [
      ['postgresql', 0, 0],
      ['redis-server', 0, 1.5 * ROW],
      ['psycopg', COLUMN, 0],
      ['django-redis', COLUMN, ROW],
      ['celery', COLUMN, 2 * ROW],
      ['django-rest-knox', COLUMN, 3 * ROW],
      ['djangorestframework', 2 * COLUMN, 3 * ROW],
      ['django-allauth', 2 * COLUMN, 4.2 * ROW],
      ['django-simple-history', 2 * COLUMN, 0],
      ['django-fsm-2', 2 * COLUMN, ROW],
      ['django', 3 * COLUMN, 1.5 * ROW],
    ],
    edges: [
      ['postgresql', 'psycopg', 'postgresql'],
      ['psycopg', 'django', 'database'],
      ['redis-server', 'django-redis', 'redis'],
      ['redis-server', 'celery', 'broker'],
      ['django-redis', 'django', 'cache'],
      ['celery', 'django', 'tasks'],
      ['django-rest-knox', 'djangorestframework', 'auth'],
      ['djangorestframework', 'django', 'api'],
      ['django-allauth', 'django', 'auth'],
      ['django-simple-history', 'django', 'history'],
      ['django-fsm-2', 'django', 'state'],
    ],
  },
];

/** The starter stack as a new diagram (a fresh copy each time). */
export function diagramOfStarter(stack: StarterStack): Diagram {
  const edges: DiagramEdge[] = stack.edges.map(([source, target, role]) => ({
    id: `${source}.${role}-${target}.${role}`,
    source,
    sourcePort: role,
    target,
    targetPort: role,
    role,
  }));
  return {
    format: 'djstack',
    version: 1,
    target: { ...stack.target },
    nodes: stack.nodes.map(([id, x, y]) => ({
      id,
      package: id,
      position: { x: Math.round(x / 16) * 16, y: Math.round(y / 16) * 16 },
    })),
    edges,
  };
}
