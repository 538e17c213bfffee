import type { ServiceRef } from '../context';
import type { SettingsPlan } from '../plan';
import { PyCode } from '../python/literal';

/**
 * The URL of the Redis server a package uses: the wired service's variable, else REDIS_URL with
 * a local default, described in .env.example as "The Redis server of <what>."
 */
export function redisUrl(plan: SettingsPlan, service: ServiceRef | undefined, what: string): PyCode {
  return service
    ? new PyCode(service.urlEnv)
    : plan.env.str('REDIS_URL', 'redis://localhost:6379/0', `The Redis server of ${what}.`);
}
