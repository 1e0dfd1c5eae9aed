import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';

/** The certificates of a PEM bundle (the national CA roots in production); none when no file is configured. */
export function trustAnchorsFrom(pemBundle: string): X509Certificate[] {
  const blocks = pemBundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((pem) => new X509Certificate(pem));
}

/** The trust anchors of a PEM file; throws naming the file when it cannot be read or holds no certificate. */
export function readTrustStore(path: string): X509Certificate[] {
  const anchors = trustAnchorsFrom(readFileSync(path, 'utf8'));
  if (anchors.length === 0) throw new Error(`${path} holds no PEM certificate`);
  return anchors;
}
