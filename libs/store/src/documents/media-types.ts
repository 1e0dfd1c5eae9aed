/**
 * The kinds of file a dossier may hold, told from their bytes (the client's claimed type is never
 * trusted): PDF, JPEG, PNG, XML and Word (DOCX). Which of them a unit accepts is configuration.
 */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xml: 'application/xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentFormat = keyof typeof MEDIA_TYPES;
export const DOCUMENT_FORMATS = Object.keys(MEDIA_TYPES) as DocumentFormat[];

/** Bytes of a file's start that {@link sniffFormat} looks at (a DOCX names its parts in its first entries). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The format of a file from its first bytes (up to {@link SNIFF_BYTES}), or undefined. PDF, JPEG and
 * PNG by their signatures; XML by its declaration or a root element after an optional BOM and blanks;
 * DOCX as a ZIP whose first entries include `word/` parts (a Word document's package layout).
 */
export function sniffFormat(head: Uint8Array): DocumentFormat | undefined {
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return isWordPackage(head) ? 'docx' : undefined;
  return looksLikeXml(head) ? 'xml' : undefined;
}

function isWordPackage(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  return text.includes('[Content_Types].xml') && /word\/[\w.]+\.xml/.test(text);
}

function looksLikeXml(head: Uint8Array): boolean {
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (!startsWith(head, ascii('<'), i)) return false;
  const next = head[i + 1];
  // `<?xml`, or an element: `<` then a name start (letter, `_`, `:`, or a non-ASCII byte).
  return (
    startsWith(head, ascii('<?xml'), i) ||
    (next !== undefined && (/[A-Za-z_:]/.test(String.fromCharCode(next)) || next >= 0x80))
  );
}
