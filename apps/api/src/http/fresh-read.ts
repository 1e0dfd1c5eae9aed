/**
 * Whether a request's `Cache-Control` asks for a read past any cache (`no-cache`, `max-age=0`), as a
 * browser's hard refresh does (RFC 9111 §5.2.1).
 */
export function asksForFreshRead(cacheControl: string | undefined): boolean {
  return /(?:^|,)\s*(?:no-cache|no-store|max-age\s*=\s*0)\s*(?:,|$)/i.test(cacheControl ?? '');
}
