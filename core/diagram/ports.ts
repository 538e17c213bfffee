/**
 * Ports are derived from the catalog, never stored: a package's `provides` become output ports
 * and its `needs` become input ports, each named by its role.
 */
import type { Catalog, CatalogPackage } from '../catalog/catalog';

export interface Port {
  /** The role id; unique per direction on one node. */
  id: string;
  role: string;
  direction: 'in' | 'out';
  label: string;
  required: boolean;
  multiple: boolean;
  suggest: string[];
}

/** The input and output ports of a catalog package. */
export function portsOf(pkg: CatalogPackage, catalog: Catalog): { inputs: Port[]; outputs: Port[] } {
  const label = (role: string, own?: string) => own ?? catalog.role(role)?.label ?? role;
  return {
    inputs: pkg.needs.map((port) => ({
      id: port.role,
      role: port.role,
      direction: 'in' as const,
      label: label(port.role, port.label),
      required: port.required,
      multiple: port.multiple,
      suggest: port.suggest,
    })),
    outputs: pkg.provides.map((port) => ({
      id: port.role,
      role: port.role,
      direction: 'out' as const,
      label: label(port.role, port.label),
      required: false,
      multiple: true,
      suggest: [],
    })),
  };
}
