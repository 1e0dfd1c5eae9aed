import PDFDocument from 'pdfkit';
import type { SlipBlock, SlipContent, SlipSignature } from '@motcua/domain';
import { slipFonts, type FontFace } from './fonts';
import { drawQrCode } from './qr-code';

/**
 * Lays a paper out on A4 as Decree 30/2020 Annex I does (shared/forms.md, "Layout"): margins 20 mm top
 * and bottom, 30 mm left, 15 mm right; the two-column header; the title; the body; the signatures.
 * Deterministic: the file's dates are the paper's instant, its producer fixed, the font subset named
 * from the content, so the same content gives the same bytes and a recorded hash can be re-verified.
 */
export function renderSlip(content: SlipContent): Promise<Buffer> {
  const issued = new Date(content.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MM * 20, bottom: MM * 20, left: MM * 30, right: MM * 15 },
    info: {
      Title: content.title,
      Author: content.issuer.unitName,
      Creator: 'motcua',
      Producer: 'motcua',
      CreationDate: issued,
      ModDate: issued,
    },
    lang: 'vi-VN',
    displayTitle: true,
  });
  const done = collect(doc);
  const fonts = slipFonts();
  // pdfkit takes a parsed fontkit font (it checks for `layout`), which its typings do not list.
  for (const face of Object.keys(fonts) as FontFace[]) doc.registerFont(face, fonts[face] as unknown as ArrayBuffer);
  const page = new SlipPage(doc);
  page.header(content);
  page.title(content);
  for (const block of content.blocks) page.block(block);
  if (content.qr) page.qr(content.qr);
  page.signatures(content.signatures);
  if (content.recipients) page.recipients(content.recipients);
  if (content.footnote) page.note(content.footnote);
  doc.end();
  return done;
}

const MM = 72 / 25.4;
const BODY_PT = 13;
const TABLE_PT = 12;

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** The cursor over one paper: each method writes one part and leaves `doc.y` below it. */
class SlipPage {
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  header(content: SlipContent): void {
    const { doc } = this;
    const top = doc.page.margins.top;
    if (content.form) {
      doc
        .font('italic')
        .fontSize(11)
        .text(content.form, this.left, top - MM * 8, { width: this.width, align: 'right' });
    }
    const leftWidth = this.width * 0.4;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const column = { width: leftWidth, align: 'center' as const };
    doc.font('regular').fontSize(12);
    if (content.issuer.governingBody) doc.text(content.issuer.governingBody.toUpperCase(), this.left, top, column);
    doc
      .font('bold')
      .text(content.issuer.unitName.toUpperCase(), this.left, content.issuer.governingBody ? doc.y : top, column);
    this.rule(this.left + leftWidth * 0.3, leftWidth * 0.4);
    if (content.numberLine)
      doc
        .font('regular')
        .fontSize(12)
        .text(content.numberLine, this.left, doc.y + 4, column);
    if (content.subject)
      doc
        .font('regular')
        .fontSize(11)
        .text(content.subject, this.left, doc.y + 2, column);
    const leftBottom = doc.y;
    const right = { width: rightWidth, align: 'center' as const };
    doc.font('bold').fontSize(12).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, right);
    doc.font('bold').fontSize(13).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, right);
    const motto = doc.widthOfString('Độc lập - Tự do - Hạnh phúc');
    this.rule(rightX + (rightWidth - motto) / 2, motto);
    doc
      .font('italic')
      .fontSize(BODY_PT)
      .text(content.dateLine, rightX, doc.y + 6, right);
    doc.x = this.left;
    doc.y = Math.max(leftBottom, doc.y) + 18;
  }

  title(content: SlipContent): void {
    const { doc } = this;
    doc.font('bold').fontSize(14).text(content.title, this.left, doc.y, { width: this.width, align: 'center' });
    if (content.addressee) {
      doc
        .moveDown(0.5)
        .font('regular')
        .fontSize(BODY_PT)
        .text(content.addressee, { width: this.width, align: 'center' });
    }
    doc.moveDown(0.8);
  }

  block(block: SlipBlock): void {
    const { doc } = this;
    const options = { width: this.width, align: 'justify' as const, paragraphGap: 3 };
    switch (block.kind) {
      case 'line':
        doc
          .font('regular')
          .fontSize(BODY_PT)
          .text(`${block.label}: `, this.left, doc.y, { ...options, continued: true });
        doc.text(block.text || '………………', options);
        return;
      case 'paragraph':
        doc
          .font(block.italic ? 'italic' : 'regular')
          .fontSize(BODY_PT)
          .text(block.text, this.left, doc.y, options);
        return;
      case 'table':
        this.table(block);
    }
  }

  /** A bordered table; a row that would cross the bottom margin starts a new page. */
  private table(block: Extract<SlipBlock, { kind: 'table' }>): void {
    const { doc } = this;
    const widths = block.columns.map((c) => c.width * this.width);
    doc.moveDown(0.2);
    this.row(
      block.columns.map((c) => c.title),
      widths,
      'bold',
    );
    for (const cells of block.rows) this.row(cells, widths, 'regular');
    doc.x = this.left;
    doc.moveDown(0.4);
  }

  private row(cells: readonly string[], widths: number[], face: FontFace): void {
    const { doc } = this;
    const pad = 4;
    doc.font(face).fontSize(TABLE_PT);
    const height =
      Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = this.left;
    cells.forEach((text, i) => {
      doc.rect(x, top, widths[i], height).lineWidth(0.6).stroke();
      doc.text(text, x + pad, top + pad, { width: widths[i] - 2 * pad, align: face === 'bold' ? 'center' : 'left' });
      x += widths[i];
    });
    doc.x = this.left;
    doc.y = top + height;
  }

  qr(qr: NonNullable<SlipContent['qr']>): void {
    const { doc } = this;
    const size = 25 * MM;
    if (doc.y + size > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y + 4;
    drawQrCode(doc, qr.text, this.left, top, size);
    doc
      .font('italic')
      .fontSize(11)
      .text(qr.caption, this.left + size + 10, top + size / 2 - 14, { width: this.width - size - 10 });
    doc
      .font('regular')
      .fontSize(9)
      .text(qr.text, this.left + size + 10, doc.y + 2, { width: this.width - size - 10 });
    doc.x = this.left;
    doc.y = top + size + 6;
  }

  signatures(signatures: readonly SlipSignature[]): void {
    if (signatures.length === 0) return;
    const { doc } = this;
    const height = 110;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y + 10;
    const width = this.width / signatures.length;
    signatures.forEach((signature, i) => {
      // A single signer stands on the right, as the head of a unit signs.
      const x = signatures.length === 1 ? this.left + this.width / 2 : this.left + i * width;
      const w = signatures.length === 1 ? this.width / 2 : width;
      doc.font('bold').fontSize(BODY_PT).text(signature.role, x, top, { width: w, align: 'center' });
      doc.font('italic').fontSize(12).text('(Ký, ghi rõ họ tên)', x, doc.y, { width: w, align: 'center' });
      if (signature.name)
        doc
          .font('bold')
          .fontSize(BODY_PT)
          .text(signature.name, x, top + 85, { width: w, align: 'center' });
    });
    doc.x = this.left;
    doc.y = top + height;
  }

  recipients(recipients: readonly string[]): void {
    const { doc } = this;
    doc
      .font('boldItalic')
      .fontSize(12)
      .text('Nơi nhận:', this.left, doc.y, { width: this.width / 2 });
    doc.font('regular').fontSize(11);
    for (const recipient of recipients) doc.text(`- ${recipient}`, { width: this.width / 2 });
  }

  note(text: string): void {
    this.doc.moveDown(0.5).font('italic').fontSize(11).text(text, this.left, this.doc.y, { width: this.width });
  }

  private rule(x: number, width: number): void {
    const y = this.doc.y + 1;
    this.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.8)
      .stroke();
    this.doc.y = y + 2;
  }
}
