/**
 * The one place that imports zod. Zod 4 compiles schemas with `new Function` unless jitless
 * mode is set before any schema is defined; the renderer runs under a CSP without
 * 'unsafe-eval', so every schema in the project must be built from this module.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
