#!/usr/bin/env node
// Reads PDFs the way a person's viewer does (pdfjs-dist, the engine of Firefox's viewer): prints each
// file's text per page as JSON and, with --png <folder>, renders every file's first page to a PNG
// there. Run as a child process by tests: pdfjs is ESM-only and jest runs CommonJS.
// Usage: node scripts/infra/pdf-pages.mjs [--png <folder>] <file.pdf>...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const args = process.argv.slice(2);
const pngAt = args.indexOf('--png');
const pngDir = pngAt >= 0 ? args.splice(pngAt, 2)[1] : undefined;

const results = {};
for (const file of args) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { items } = await page.getTextContent();
    pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
    if (pngDir && n === 1) await renderPng(pdf, page, join(pngDir, basename(file).replace(/\.pdf$/, '.png')));
  }
  results[file] = { pages, info: (await pdf.getMetadata()).info };
  await pdf.destroy();
}
process.stdout.write(JSON.stringify(results));

async function renderPng(pdf, page, target) {
  const viewport = page.getViewport({ scale: 1.5 });
  const { canvas, context } = pdf.canvasFactory.create(viewport.width, viewport.height);
  context.fillStyle = 'white';
  context.fillRect(0, 0, viewport.width, viewport.height);
  await page.render({ canvasContext: context, viewport }).promise;
  mkdirSync(pngDir, { recursive: true });
  writeFileSync(target, canvas.toBuffer('image/png'));
}
