/** Only same-origin paths are followed after login, so `?next=` cannot send a user elsewhere. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/login')) return '/';
  return raw;
}
