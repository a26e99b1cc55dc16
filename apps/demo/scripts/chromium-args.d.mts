/** The command-line flags the tests and benchmarks start Chromium with. */
export declare const CHROMIUM_ARGS: string[];
