/**
 * Conditional and partial GETs of stored files (RFC 9110 §13–14): a strong ETag from the content
 * hash, `If-None-Match` (304), `Range` of one byte range (206, or 416 when none of it exists) and
 * `If-Range`. Several ranges in one request are answered with the whole file, as the RFC allows.
 */

/** What to send of a file of `size` bytes. */
export type RangeAnswer =
  | { readonly kind: 'whole' }
  | { readonly kind: 'part'; readonly start: number; readonly end: number }
  | { readonly kind: 'unsatisfiable' };

const ONE_RANGE = /^bytes=(\d*)-(\d*)$/;

/** The part of a `size`-byte file a `Range` header asks for; a header we cannot read is ignored (whole file). */
export function rangeOf(header: string | undefined, size: number): RangeAnswer {
  const match = ONE_RANGE.exec((header ?? '').trim());
  if (!match) return { kind: 'whole' };
  const [, first, last] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  // `a-b` with b < a is not a valid range: ignored.
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/** The strong entity tag of content with this hash. */
export function entityTagOf(contentHash: string): string {
  return `"${contentHash}"`;
}

/** Whether an `If-None-Match` header names this tag (or `*`): the client's copy is current. */
export function matchesNoneOf(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Whether a `Range` applies under `If-Range`: absent, or the same strong tag (a date never matches a hash). */
export function rangeStillApplies(ifRange: string | undefined, etag: string): boolean {
  return ifRange === undefined || ifRange.trim() === etag;
}

/**
 * `Content-Disposition` for a download named `fileName`: an ASCII fallback and the UTF-8 name
 * (RFC 6266 / 8187), so a Vietnamese name survives and no header can be injected.
 */
export function contentDispositionOf(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
