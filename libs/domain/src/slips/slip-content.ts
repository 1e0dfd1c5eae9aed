/**
 * What a paper says (shared/forms.md), as a pure function of the dossier's events: the state folded up
 * to the event that produced it, that event, and what the issuance fixed (number, issuer, instant,
 * lookup link). Rendering (libs/slips) only lays this out, so every text rule lives here.
 */
import type { DossierEvent } from '../dossier/events';
import type { RuleSet } from '../dossier/rule-sets';
import type { DossierState } from '../dossier/state';
import { slipFormOf, type SlipKind } from './slip-forms';
import { longDate } from './vietnamese-dates';

/** Who issues the paper, as its header prints it. */
export interface SlipIssuer {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH KHÁNH HÒA" (absent: the header has the unit alone). */
  readonly governingBody?: string;
  /** The issuing unit, e.g. "Sở Tư pháp tỉnh Khánh Hòa". */
  readonly unitName: string;
  /** Địa danh of the date line, e.g. "Khánh Hòa". */
  readonly place?: string;
}

/** What the issuance fixed: not derivable from the dossier's own events. */
export interface SlipIssue {
  readonly number?: string;
  readonly issuer: SlipIssuer;
  /** The instant printed on the date line and in the file's metadata. */
  readonly issuedAt: string;
  /** The public lookup with the receipt key (the receipt's QR code). */
  readonly lookupUrl?: string;
}

export type SlipBlock =
  | { readonly kind: 'line'; readonly label: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly italic?: boolean }
  | {
      readonly kind: 'table';
      /** Column titles and their share of the text width (summing to 1). */
      readonly columns: readonly { readonly title: string; readonly width: number }[];
      readonly rows: readonly (readonly string[])[];
    };

export interface SlipSignature {
  /** Bold capitals: "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  readonly role: string;
  readonly name?: string;
}

/** One paper, ready to lay out. Every text is NFC. */
export interface SlipContent {
  readonly kind: SlipKind;
  readonly form?: string;
  readonly title: string;
  /** "Số: 12/TNHS". */
  readonly numberLine?: string;
  readonly issuer: SlipIssuer;
  /** "Khánh Hòa, ngày 02 tháng 03 năm 2026". */
  readonly dateLine: string;
  /** A letter's subject ("V/v …"), under the number. */
  readonly subject?: string;
  readonly addressee?: string;
  readonly blocks: readonly SlipBlock[];
  readonly signatures: readonly SlipSignature[];
  /** Nơi nhận (letters). */
  readonly recipients?: readonly string[];
  readonly qr?: { readonly text: string; readonly caption: string };
  readonly footnote?: string;
  readonly issuedAt: string;
}

/** The inputs of one paper: the state after its event, the event, and the issuance. */
export interface SlipSource<E extends DossierEvent = DossierEvent> {
  readonly state: DossierState;
  readonly event: E;
  readonly issue: SlipIssue;
}

/** The header fields every paper shares, from its form and issuance. */
export function slipFrame(
  ruleSetId: RuleSet['id'],
  kind: SlipKind,
  issue: SlipIssue,
): Pick<SlipContent, 'kind' | 'form' | 'title' | 'numberLine' | 'issuer' | 'dateLine' | 'subject' | 'issuedAt'> {
  const form = slipFormOf(ruleSetId, kind);
  const place = issue.issuer.place ? `${issue.issuer.place}, ` : '';
  return {
    kind,
    form: form.form,
    title: form.title,
    numberLine: issue.number ? `Số: ${issue.number}` : undefined,
    issuer: issue.issuer,
    dateLine: nfc(`${place}${longDate(issue.issuedAt)}`),
    subject: form.letter?.subject,
    issuedAt: issue.issuedAt,
  };
}

/** Unicode NFC, as forms.md asks of every text (input may arrive decomposed). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC throughout a paper: every text field and block. */
export function normalisedContent(content: SlipContent): SlipContent {
  return JSON.parse(nfc(JSON.stringify(content))) as SlipContent;
}
