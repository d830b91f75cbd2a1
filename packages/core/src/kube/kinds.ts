/** The kind registry lives in ./kinds/ (one module per kind); this path stays for its importers. */
export * from './kinds/index.ts';
