/**
 * docker-compose.yml with the services on the canvas (Redis, PostgreSQL, RabbitMQ, MySQL),
 * each published on localhost at its usual port, so the local URLs in settings reach them.
 * Credentials come from the service's local URL in the catalog.
 */
import type { StackContext } from './context';
import { oneLine } from './python/literal';
import { composeServiceName } from './settings/build-plan';

/** A YAML single-quoted scalar (the catalog's values; line breaks cannot occur in them, but are dropped anyway). */
const q = (text: string) => `'${oneLine(text).replace(/'/g, "''")}'`;

interface ServiceSpec {
  environment: Record<string, string>;
  volume?: string;
}

function credentials(localUrl: string): { user: string; password: string; db: string } {
  try {
    const url = new URL(localUrl);
    return {
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      db: url.pathname.replace(/^\//, ''),
    };
  } catch {
    return { user: '', password: '', db: '' };
  }
}

function specFor(image: string, localUrl: string): ServiceSpec {
  const name = composeServiceName(image);
  const { user, password, db } = credentials(localUrl);
  if (name === 'postgres') {
    return {
      environment: {
        POSTGRES_USER: user || 'postgres',
        POSTGRES_PASSWORD: password || 'postgres',
        POSTGRES_DB: db || 'app',
      },
      volume: '/var/lib/postgresql/data',
    };
  }
  if (name === 'mysql' || name === 'mariadb') {
    const prefix = name === 'mariadb' ? 'MARIADB' : 'MYSQL';
    return {
      environment: {
        [`${prefix}_DATABASE`]: db || 'app',
        [`${prefix}_USER`]: user || 'app',
        [`${prefix}_PASSWORD`]: password || 'app',
        [`${prefix}_ROOT_PASSWORD`]: password || 'app',
      },
      volume: '/var/lib/mysql',
    };
  }
  if (name === 'rabbitmq')
    return { environment: { RABBITMQ_DEFAULT_USER: user || 'guest', RABBITMQ_DEFAULT_PASS: password || 'guest' } };
  return { environment: {} };
}

/** docker-compose.yml, or null when the canvas has no service. */
export function renderCompose(ctx: StackContext): string | null {
  const services = ctx.services;
  if (services.length === 0) return null;
  const lines = ['# Services of the stack for local development: docker compose up -d', 'services:'];
  const volumes: string[] = [];
  const taken = new Set<string>();
  for (const service of services) {
    let name = composeServiceName(service.image);
    for (let n = 2; taken.has(name); n++) name = `${composeServiceName(service.image)}-${n}`;
    taken.add(name);
    const spec = specFor(service.image, service.localUrl);
    lines.push(
      `  ${name}:`,
      `    image: ${q(service.image)}`,
      '    ports:',
      `      - ${q(`127.0.0.1:${service.port}:${service.port}`)}`,
    );
    const env = Object.entries(spec.environment);
    if (env.length > 0) lines.push('    environment:', ...env.map(([k, v]) => `      ${k}: ${q(v)}`));
    if (spec.volume) {
      volumes.push(`${name}-data`);
      lines.push('    volumes:', `      - ${q(`${name}-data:${spec.volume}`)}`);
    }
  }
  if (volumes.length > 0) lines.push('', 'volumes:', ...volumes.map((v) => `  ${v}:`));
  return `${lines.join('\n')}\n`;
}
