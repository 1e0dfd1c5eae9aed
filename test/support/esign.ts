/**
 * A certificate authority of the tests' own (as the issue asks: no real CA) and PDFs signed by its
 * signers with @signpdf, as a signing tool at the agency would produce them.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';

const DAY_MS = 86_400_000;
const PASSPHRASE = 'motcua-test';

interface KeyPair {
  readonly privateKey: forge.pki.rsa.PrivateKey;
  readonly publicKey: forge.pki.rsa.PublicKey;
}

function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

/** A name, most general first, its common name a UTF8String (forge's default string type breaks on Vietnamese). */
function nameOf(commonName: string): forge.pki.CertificateField[] {
  return [
    { name: 'countryName', value: 'VN' },
    { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as never },
  ];
}

function certificate(
  subject: string,
  keys: KeyPair,
  issuer: { name: forge.pki.CertificateField[]; privateKey: forge.pki.rsa.PrivateKey },
  options: { ca: boolean; notBefore: Date; notAfter: Date },
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  cert.setSubject(nameOf(subject));
  cert.setIssuer(issuer.name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: options.ca },
    { name: 'keyUsage', keyCertSign: options.ca, cRLSign: options.ca, digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(issuer.privateKey, forge.md.sha256.create());
  return cert;
}

export interface TestCertificateAuthority {
  /** The root certificate, PEM: what a trust store holds. */
  readonly rootPem: string;
  /** A PDF with `text`, signed by a signer this CA certified (valid for a year around now unless given). */
  signedPdf(
    text: string,
    options?: { signer?: string; validFrom?: Date; validTo?: Date; signingTime?: Date },
  ): Promise<Buffer>;
}

export function testCertificateAuthority(name = 'motcua Test Root CA'): TestCertificateAuthority {
  const keys = keyPair();
  const now = Date.now();
  const root = certificate(
    name,
    keys,
    { name: nameOf(name), privateKey: keys.privateKey },
    {
      ca: true,
      notBefore: new Date(now - 3650 * DAY_MS),
      notAfter: new Date(now + 3650 * DAY_MS),
    },
  );
  return {
    rootPem: forge.pki.certificateToPem(root),
    async signedPdf(text, options = {}) {
      const signerKeys = keyPair();
      const signer = certificate(
        options.signer ?? 'Sở Tư pháp tỉnh Khánh Hòa',
        signerKeys,
        { name: root.subject.attributes, privateKey: keys.privateKey },
        {
          ca: false,
          notBefore: options.validFrom ?? new Date(now - 30 * DAY_MS),
          notAfter: options.validTo ?? new Date(now + 365 * DAY_MS),
        },
      );
      const p12 = forge.pkcs12.toPkcs12Asn1(signerKeys.privateKey, [signer, root], PASSPHRASE, { algorithm: '3des' });
      const p12Bytes = Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
      const placeholder = plainAddPlaceholder({
        pdfBuffer: await plainPdf(text),
        reason: 'Ký số kết quả giải quyết thủ tục hành chính',
        contactInfo: 'motcua',
        name: options.signer ?? 'Sở Tư pháp tỉnh Khánh Hòa',
        location: 'Khánh Hòa',
      });
      return new SignPdf().sign(placeholder, new P12Signer(p12Bytes, { passphrase: PASSPHRASE }), options.signingTime);
    },
  };
}

/** An unsigned one-page PDF (uncompressed, so a signing tool can add its placeholder). */
export function plainPdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

let shared: TestCertificateAuthority | undefined;

/** The CA every test system trusts (one per test file), so tests can upload e-results that verify. */
export function sharedTestCertificateAuthority(): TestCertificateAuthority {
  shared ??= testCertificateAuthority();
  return shared;
}
