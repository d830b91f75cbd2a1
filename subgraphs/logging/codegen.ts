/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
// The search result carries its query so that `histogram` can aggregate over the same filter.
export const mappers = {
  LogSearchResult: '../models.ts#LogSearchResultModel',
  AuditSearchResult: '../models.ts#AuditSearchResultModel',
};
