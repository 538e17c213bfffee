/**
 * docker-compose.yml with the services on the canvas (Redis, PostgreSQL, RabbitMQ, MySQL),
 * each published on localhost at its usual port, so the local URLs in settings reach them.
 * Credentials come from the service's local URL in the catalog.
 */
import type { StackContext } from './context';
import { yamlDocument } from './escape/yaml';
import { composeServiceName } from './settings/build-plan';

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

/** docker-compose.yml, or null when the canvas has no service. Written by the YAML library, never by hand. */
export function renderCompose(ctx: StackContext): string | null {
  const services = ctx.services;
  if (services.length === 0) return null;
  const document: { services: Record<string, unknown>; volumes?: Record<string, null> } = { services: {} };
  const volumes: Record<string, null> = {};
  const taken = new Set<string>();
  for (const service of services) {
    let name = composeServiceName(service.image);
    for (let n = 2; taken.has(name); n++) name = `${composeServiceName(service.image)}-${n}`;
    taken.add(name);
    const spec = specFor(service.image, service.localUrl);
    const entry: Record<string, unknown> = {
      image: service.image,
      ports: [`127.0.0.1:${service.port}:${service.port}`],
    };
    if (Object.keys(spec.environment).length > 0) entry.environment = spec.environment;
    if (spec.volume) {
      volumes[`${name}-data`] = null;
      entry.volumes = [`${name}-data:${spec.volume}`];
    }
    document.services[name] = entry;
  }
  if (Object.keys(volumes).length > 0) document.volumes = volumes;
  return yamlDocument(document, 'Services of the stack for local development: docker compose up -d');
}
