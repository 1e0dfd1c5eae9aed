import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * Tinos (Google Fonts, from the npm package `@expo-google-fonts/tinos`): metric-compatible with
 * Times New Roman, as Decree 30/2020 asks, with every Vietnamese glyph. Whole TTF files, not per-script
 * slices, because pdfkit has no font fallback. Parsed once per process (a fresh parse per paper made
 * a receipt cost ~90 ms instead of ~15 ms).
 *
 * Sharing a parsed font has one trap: fontkit caches each glyph with the characters it was first asked
 * for, and a subset asks for the components of composite glyphs ("O" inside "Ô") with none. A later
 * paper that writes "O" then got a glyph without its character, and pdfkit wrote an empty text mapping:
 * the letter printed but read back as garbage (and the bytes depended on what was rendered before).
 * So every glyph the character map reaches is created first from its character.
 */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

let faces: Record<FontFace, fontkit.Font> | undefined;

/** The four faces, parsed on first use. */
export function slipFonts(): Record<FontFace, fontkit.Font> {
  if (!faces) {
    const root = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
    const load = (face: FontFace) =>
      withPlainLayout(withCharactersCached(fontkit.create(readFileSync(join(root, FILES[face]))) as fontkit.Font));
    faces = { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') };
  }
  return faces;
}

function withCharactersCached(font: fontkit.Font): fontkit.Font {
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  return font;
}

/**
 * OpenType shaping switched off: slips are NFC text, every Vietnamese letter a precomposed glyph, so
 * there are no marks to position; official documents are set without kerning or ligatures (as Word
 * sets Times New Roman by default). Shaping cost a third of a receipt's rendering (bench/documents).
 * A delegating view of the font: pdfkit calls `layout`, everything else is the font's own.
 */
const PLAIN: Record<string, boolean> = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map((f) => [f, false]),
);

function withPlainLayout(font: fontkit.Font): fontkit.Font {
  return Object.create(font, {
    layout: { value: (text: string) => font.layout(text, PLAIN as unknown as string[]) },
  }) as fontkit.Font;
}
