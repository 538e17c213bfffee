export interface EnvironmentDefinition {
  id: string;
  django: string;
  suite: string;
  experimental: boolean;
  chroot: boolean;
}
export declare const CACHE: string;
export declare const DEBIAN_PACKAGES: string[];
export declare const CATALOG_OF_DEBIAN: Record<string, string>;
export declare const ENVIRONMENTS: EnvironmentDefinition[];
export declare function environmentRoot(environment: EnvironmentDefinition): string;
export declare function isBuilt(environment: EnvironmentDefinition): boolean;
export declare function ensureEnvironment(environment: EnvironmentDefinition): {
  root: string;
  built: boolean;
  seconds: number;
};
