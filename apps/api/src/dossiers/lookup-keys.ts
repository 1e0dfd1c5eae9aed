import { Inject, Injectable } from '@nestjs/common';
import type { Config } from '@motcua/config';
import { lookupKeyMatches, lookupKeyOf } from '@motcua/slips';
import { CONFIG } from '../tokens';

/** Lookup keys printed on receipts, with the configured secret (see libs/slips lookup-key). */
@Injectable()
export class LookupKeys {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  keyOf(dossierCode: string): string {
    return lookupKeyOf(this.config.lookupKeySecret, dossierCode);
  }

  matches(dossierCode: string, key: string): boolean {
    return lookupKeyMatches(this.config.lookupKeySecret, dossierCode, key);
  }
}
