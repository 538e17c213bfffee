import { catalog } from '../store/catalog';

const FALLBACK = '#64748b';

/** The colour of a role's ports and edges, from catalog/roles.json. */
export function roleColor(role: string): string {
  return catalog.role(role)?.color ?? FALLBACK;
}

export function roleLabel(role: string): string {
  return catalog.role(role)?.label ?? role;
}
