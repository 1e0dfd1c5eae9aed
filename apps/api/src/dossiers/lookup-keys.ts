import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Config } from '@motcua/config';
import { CONFIG } from '../tokens';

/**
 * Lookup keys printed on receipts: an HMAC of the dossier code, so nothing is stored and a key
 * cannot be guessed from the code. 10 characters of base32 (50 bits).
 */
@Injectable()
export class LookupKeys {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  keyOf(dossierCode: string): string {
    const digest = createHmac('sha256', this.config.lookupKeySecret).update(dossierCode).digest();
    return base32(digest).slice(0, 10);
  }

  matches(dossierCode: string, key: string): boolean {
    const expected = Buffer.from(this.keyOf(dossierCode));
    const given = Buffer.from(key.trim().toUpperCase());
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
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
