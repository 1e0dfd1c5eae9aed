import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Lookup keys printed on receipts (mã tra cứu): an HMAC of the dossier code, so nothing is stored and
 * a key cannot be guessed from the code. 10 characters of base32 without look-alikes (50 bits).
 */
export function lookupKeyOf(secret: string, dossierCode: string): string {
  const digest = createHmac('sha256', secret).update(dossierCode).digest();
  return base32(digest).slice(0, 10);
}

/** Whether `key` (as an applicant typed it: any case, stray spaces) is the dossier's key. */
export function lookupKeyMatches(secret: string, dossierCode: string, key: string): boolean {
  const expected = Buffer.from(lookupKeyOf(secret, dossierCode));
  const given = Buffer.from(key.trim().toUpperCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The public lookup page the receipt's QR code opens (the web app's "Tra cứu hồ sơ", code and key filled
 * in): the dossier's status and the applicant's papers, readable on a phone.
 */
export function lookupUrlOf(publicBaseUrl: string, dossierCode: string, key: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/tra-cuu?ma=${encodeURIComponent(dossierCode)}&khoa=${key}`;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
