/** The one package-name normaliser of core: the catalog, the requirements parser and exports share it. */

/** PEP 503 normalisation, as pip compares project names: "Django_REST.knox" → "django-rest-knox". */
export function normalizePackageName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
