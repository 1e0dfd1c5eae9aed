import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, registerLineOf, type DossierState, type SlipForm, type SlipIssuer } from '@motcua/domain';

export interface RegisterSheet {
  readonly form: SlipForm;
  readonly issuer: SlipIssuer;
  /** "Từ ngày 01/12/2026 đến ngày 31/12/2026". */
  readonly period: string;
  readonly dossiers: readonly DossierState[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const BORDER = { style: 'thin' as const };

/**
 * The register (Sổ theo dõi hồ sơ) as an XLSX workbook, the usual form of a register kept per unit and
 * period: the form number, the unit, the title and period above one bordered table. Written in memory
 * (exceljs's streaming writer would spool through the system temp folder).
 */
export async function registerWorkbook(sheet: RegisterSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  const ws = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 6 }],
  });
  ws.columns = REGISTER_COLUMNS.map((c) => ({ width: c.width }));
  const span = REGISTER_COLUMNS.length;
  const banner = (row: number, text: string, bold: boolean, size = 12) => {
    ws.mergeCells(row, 1, row, span);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...FONT, bold, size };
    cell.alignment = { horizontal: 'center' };
  };
  banner(1, sheet.form.form ?? '', false, 11);
  banner(2, sheet.issuer.unitName.toUpperCase(), true);
  banner(3, sheet.form.title, true, 14);
  banner(4, sheet.period, false);
  const header = ws.getRow(6);
  header.values = REGISTER_COLUMNS.map((c) => c.title);
  header.font = { ...FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.dossiers.forEach((state, i) => {
    const row = ws.getRow(7 + i);
    row.values = registerLineOf(i + 1, state);
    row.font = FONT;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  for (let r = 6; r < 7 + sheet.dossiers.length; r++) {
    for (let c = 1; c <= span; c++)
      ws.getCell(r, c).border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
