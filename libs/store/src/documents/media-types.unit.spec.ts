import { PNG_BYTES, TEXT_BYTES, XML_BYTES, pdfBytes } from '../../../../test/support/files';
import { sniffFormat } from './media-types';

/** The start of a ZIP whose first local entries are named `names` (what the sniffer reads of a package). */
const zipNamed = (...names: string[]) =>
  Buffer.concat(
    names.map((name) =>
      Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(20), Buffer.from(name)]),
    ),
  );

describe('sniffFormat: a file’s format from its bytes', () => {
  it.each([
    ['a PDF', pdfBytes(), 'pdf'],
    ['a JPEG', Buffer.from('ffd8ffe000104a464946', 'hex'), 'jpeg'],
    ['a PNG', PNG_BYTES, 'png'],
    ['XML with a BOM and a declaration', XML_BYTES, 'xml'],
    ['XML with a root element only', Buffer.from('  \n<hoSo/>'), 'xml'],
    ['a Word document (DOCX)', zipNamed('[Content_Types].xml', '_rels/.rels', 'word/document.xml'), 'docx'],
  ])('recognises %s', (_name, bytes, format) => {
    expect(sniffFormat(bytes)).toBe(format);
  });

  it.each([
    ['a shell script', TEXT_BYTES],
    ['a ZIP that is not a Word package', zipNamed('readme.txt', 'data.csv')],
    ['an HTML-looking text with a leading "<!"', Buffer.from('<!DOCTYPE html><html></html>')],
    ['nothing', Buffer.alloc(0)],
    ['a PDF signature too short', Buffer.from('%PD')],
  ])('does not recognise %s', (_name, bytes) => {
    expect(sniffFormat(bytes)).toBeUndefined();
  });
});
