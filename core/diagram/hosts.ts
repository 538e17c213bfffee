/**
 * Hosts: the package a plugin must be wired into for its settings to be written. A DRF
 * authentication class only reaches REST_FRAMEWORK when the plugin is wired into DRF's Auth
 * input; wired into Django's Auth it is on the canvas and silently unconfigured. Auto-wire,
 * "replace with successor" and the wiring check all ask this one function.
 */
import type { Catalog } from '../catalog/catalog';
import { packageModule } from '../export/packages';
import { portsOf } from './ports';

/** The API framework that package modules contribute REST_FRAMEWORK fragments to. */
const DRF = 'djangorestframework';

/** Names of the catalog packages that some release of `name` hard-requires. */
function requiredPackages(catalog: Catalog, name: string): Set<string> {
  const names = new Set<string>();
  for (const release of catalog.get(name)?.releases ?? []) {
    for (const dep of Object.keys(release.requires ?? {})) names.add(catalog.get(dep)?.name ?? dep);
  }
  return names;
}

function takes(catalog: Catalog, host: string, role: string): boolean {
  const pkg = catalog.get(host);
  return !!pkg && portsOf(pkg, catalog).inputs.some((port) => port.role === role);
}

/**
 * The packages whose `role` input configures `plugin`'s `role` output, most specific first:
 * the API framework when the plugin's export module contributes to REST_FRAMEWORK for that
 * role, then the packages it hard-requires that take the role (knox → DRF, beat → Celery).
 * Empty when any consumer will do (allauth's Auth goes to Django).
 */
export function hostsOf(catalog: Catalog, plugin: string, role: string): string[] {
  const name = catalog.get(plugin)?.name ?? plugin;
  const hosts: string[] = [];
  const drf = packageModule(name)?.drf;
  const contributes =
    (role === 'auth' && !!drf?.authentication) ||
    (role === 'docs' && !!drf?.schemaClass) ||
    (role === 'filters' && !!drf?.filterBackends);
  if (contributes && takes(catalog, DRF, role)) hosts.push(DRF);
  for (const required of requiredPackages(catalog, name)) {
    if (required !== 'django' && !hosts.includes(required) && takes(catalog, required, role)) hosts.push(required);
  }
  return hosts;
}
