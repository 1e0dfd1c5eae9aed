import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type X509Certificate } from 'node:crypto';

/**
 * Checks the digital signature (chữ ký số) embedded in a PDF, as a PDF reader does: the CMS signature
 * (PKCS#7, adbe.pkcs7.detached / ETSI.CAdES.detached) over the signed byte range is intact, the range
 * covers the whole file (nothing added after signing), the signer's certificate chains to one of the
 * trust anchors (the national CA roots in production), and the signing time is within the signer's
 * certificate validity. The last signature of the file is the one checked (the final state).
 */
export type SignatureCheck =
  | { readonly valid: true; readonly verification: SignatureVerification }
  | { readonly valid: false; readonly reason: SignatureFailure; readonly message: string };

/** What is recorded of a verified signature. */
export interface SignatureVerification {
  /** Subject and issuer distinguished names of the signer's certificate, as RFC 4514 strings. */
  readonly signer: string;
  readonly issuer: string;
  /** Serial number of the signer's certificate, upper-case hex. */
  readonly serialNumber: string;
  /** The signing time the signature carries (ISO-8601). */
  readonly signingTime: string;
  readonly result: 'verified';
}

export type SignatureFailure =
  | 'NO_SIGNATURE'
  | 'MALFORMED'
  | 'NOT_WHOLE_FILE'
  | 'TAMPERED'
  | 'BROKEN'
  | 'UNTRUSTED'
  | 'NO_SIGNING_TIME'
  | 'OUTSIDE_VALIDITY';

const SIGNING_TIME_OID = '1.2.840.113549.1.9.5';

export async function verifyPdfSignature(
  pdf: Buffer,
  trustAnchors: readonly X509Certificate[],
): Promise<SignatureCheck> {
  const located = signedRangeOf(pdf);
  if ('reason' in located) return located;
  let signed: pkijs.SignedData;
  try {
    const parsed = asn1js.fromBER(arrayBufferOf(located.contents));
    signed = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: parsed.result }).content });
  } catch (error) {
    return failure('MALFORMED', `the signature is not a CMS SignedData structure (${String(error)})`);
  }
  const signerInfo = signed.signerInfos[0];
  const signingTime = signingTimeOf(signerInfo);
  if (!signingTime) return failure('NO_SIGNING_TIME', 'the signature carries no signing time');
  const data = Buffer.concat(located.ranges.map(([start, length]) => pdf.subarray(start, start + length)));
  const anchors = trustAnchors.map((anchor) => certificateOf(anchor.raw));
  const outcome = await signed
    .verify({
      signer: 0,
      data: arrayBufferOf(data),
      trustedCerts: anchors,
      checkChain: true,
      checkDate: signingTime,
      extendedMode: true,
    })
    .catch((error: { code?: number; message?: string; signerCertificate?: pkijs.Certificate }) => error);
  const certificate = outcome.signerCertificate;
  if (!('signatureVerified' in outcome) || !outcome.signatureVerified || !outcome.signerCertificateVerified) {
    return failureOf(outcome as { code?: number; message?: string }, certificate ?? undefined, signingTime);
  }
  return {
    valid: true,
    verification: {
      signer: nameOf(certificate!.subject),
      issuer: nameOf(certificate!.issuer),
      serialNumber: Buffer.from(certificate!.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase(),
      signingTime: signingTime.toISOString(),
      result: 'verified',
    },
  };
}

/** The last `/ByteRange` of the file and the signature between its two parts. */
function signedRangeOf(
  pdf: Buffer,
): { ranges: [number, number][]; contents: Buffer } | Extract<SignatureCheck, { valid: false }> {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (matches.length === 0) return failure('NO_SIGNATURE', 'the PDF holds no digital signature');
  const [a, b, c, d] = matches[matches.length - 1].slice(1).map(Number);
  if (a !== 0 || b >= c || c + d !== pdf.length) {
    return failure(
      'NOT_WHOLE_FILE',
      'the signature does not cover the whole file: bytes were added or changed after signing',
    );
  }
  const hex = pdf.subarray(b, c).toString('latin1');
  if (!/^<[0-9A-Fa-f]+>$/.test(hex)) return failure('MALFORMED', 'the signature value is not a hex string');
  return {
    ranges: [
      [a, b],
      [c, d],
    ],
    contents: Buffer.from(hex.slice(1, -1), 'hex'),
  };
}

function signingTimeOf(signerInfo: pkijs.SignerInfo | undefined): Date | undefined {
  const attribute = signerInfo?.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME_OID);
  const value = attribute?.values[0] as { toDate?: () => Date } | undefined;
  return value?.toDate?.();
}

/** pkijs's verdict codes, in the words the desk reads (see pkijs SignedData.verify). */
function failureOf(
  outcome: { code?: number; message?: string },
  certificate: pkijs.Certificate | undefined,
  signingTime: Date,
): Extract<SignatureCheck, { valid: false }> {
  if (certificate) {
    const from = certificate.notBefore.value;
    const to = certificate.notAfter.value;
    if (signingTime < from || signingTime > to) {
      return failure(
        'OUTSIDE_VALIDITY',
        `signed at ${signingTime.toISOString()}, outside the certificate's validity (${from.toISOString()} – ${to.toISOString()})`,
      );
    }
  }
  if (outcome.code === 15) return failure('TAMPERED', 'the file was changed after signing: its digest does not match');
  if (outcome.code === 5 || outcome.code === 3 || outcome.code === 4) {
    return failure(
      'UNTRUSTED',
      `the signer's certificate does not chain to a trusted authority (${outcome.message ?? ''})`,
    );
  }
  return failure('BROKEN', `the signature does not verify (${outcome.message ?? `code ${outcome.code}`})`);
}

function failure(reason: SignatureFailure, message: string): Extract<SignatureCheck, { valid: false }> {
  return { valid: false, reason, message };
}

function certificateOf(der: Buffer): pkijs.Certificate {
  return new pkijs.Certificate({ schema: asn1js.fromBER(arrayBufferOf(der)).result });
}

function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.1': 'UID',
};

/** A distinguished name as RFC 4514 writes it (most specific first). */
function nameOf(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .reverse()
    .join(', ');
}
