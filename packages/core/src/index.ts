export * from './errors.ts';
export * from './identity.ts';
export * from './authz.ts';
export * from './config.ts';
export * from './log.ts';
export * from './metrics.ts';
export * from './server.ts';
export * from './secrets-file.ts';
