import { defaultCatalog, type Catalog } from '../../../core/catalog/catalog';

/** The catalog shipped with the app, validated once at start-up. */
export const catalog: Catalog = defaultCatalog();
