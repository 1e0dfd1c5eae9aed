import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
/** Small real files of each format the document store recognises, for upload tests. */

/** A minimal valid one-page PDF whose text is `text`. */
export function pdfBytes(text = 'motcua'): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The 8-byte PNG signature and a header chunk: recognised as PNG. */
export const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
/** A file of no allowed format (a shell script). */
export const TEXT_BYTES = Buffer.from('#!/bin/sh\necho hello\n');
export const XML_BYTES = Buffer.from('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<hoSo><maHoSo>1</maHoSo></hoSo>\n');

/** A PDF of about `size` bytes (a real one, padded after its end marker), distinct per `seed`. */
export function pdfOfSize(size: number, seed = 'motcua'): Buffer {
  const pdf = pdfBytes(seed);
  return Buffer.concat([pdf, Buffer.alloc(Math.max(0, size - pdf.length), 0x0a)]);
}

/** A file's content address, as the store and the events write it: `sha256:<hex>`. */
export function sha256Of(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** supertest's parser for a binary body (a PDF, a workbook): the bytes as one Buffer. */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
