import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface ReadPdf {
  readonly pages: string[];
  readonly info: Record<string, unknown>;
}

/**
 * Each PDF as a viewer reads it (pdfjs-dist, in a child process: it is ESM-only and jest runs
 * CommonJS); with `pngDir`, each first page is also saved there as `<name>.png` for a person to see.
 */
export function readPdfs(pdfs: ReadonlyMap<string, Buffer>, pngDir?: string): Record<string, ReadPdf> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'pdfs-'));
  try {
    const files = [...pdfs].map(([name, bytes]) => {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    const args = [join(ROOT, 'scripts/infra/pdf-pages.mjs'), ...(pngDir ? ['--png', pngDir] : []), ...files];
    const parsed = JSON.parse(execFileSync(process.execPath, args).toString()) as Record<string, ReadPdf>;
    return Object.fromEntries([...pdfs.keys()].map((name, i) => [name, parsed[files[i]]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF's text as a reader gets it: lines joined by spaces, runs of spaces collapsed. */
export function flatText(pdf: ReadPdf): string {
  return pdf.pages.join(' ').replace(/\s+/g, ' ');
}

/** Where test runs leave page images a person can look at (kept after the run; ignored by git). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');
