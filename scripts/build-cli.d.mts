/** Writes cli/dist/djstack.mjs (the bundled CLI); resolves with its path. */
export declare function buildCli(): Promise<string>;
