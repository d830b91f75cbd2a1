import type { RequestHandler } from 'express';

/** The console's origins, from MERIDIAN_CONSOLE_ORIGINS (comma-separated). */
export function consoleOrigins(): string[] {
  const raw = process.env.MERIDIAN_CONSOLE_ORIGINS ?? 'http://localhost:3000,http://127.0.0.1:3000';
  return raw.split(',').map((o) => o.trim()).filter(Boolean);
}

/**
 * CORS for the console only: an allowed origin is echoed back, any other origin gets no CORS
 * headers (so the browser refuses it). Credentials are the bearer token, not cookies, but the
 * console may still send credentials mode "include".
 */
export function cors(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.header('origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
    }
    res.vary('origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id');
      res.setHeader('access-control-max-age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
