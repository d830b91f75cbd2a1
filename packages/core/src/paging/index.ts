/** The paging toolkit: one connection shape, one page-size rule, keyset and offset cursors. */
export * from './page-size.ts';
export * from './cursor.ts';
export * from './connection.ts';
export * from './sorted-keys.ts';
export * from './index-page.ts';
export * from './keyset-rows.ts';
export * from './offset.ts';
export * from './filters.ts';
