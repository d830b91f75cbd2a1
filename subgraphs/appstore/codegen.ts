/** This subgraph's codegen settings, read by the root codegen.ts (paths relative to src/generated/). */
export const mappers = {
  AppTemplate: '../sources/templates.ts#AppTemplateRow',
  AppVersion: '../sources/templates.ts#AppVersionRow',
  AppTemplateConnection: '../sources/templates.ts#AppTemplateConnectionRow',
};
