import type { ResultDocument } from './commands';

/**
 * An e-result (kết quả điện tử, indicator 4.1): a document declared e-signed whose signature motcua
 * verified when the result was issued. A declaration alone (events recorded before signatures were
 * checked) does not count.
 */
export function isVerifiedEResult(document: ResultDocument): boolean {
  return document.eSigned && document.signature?.result === 'verified';
}

/** What a result's documents say of its certified copies (indicator 4.7): any, and any certified electronically. */
export function certifiedCopiesOf(documents: readonly ResultDocument[]): { issued: boolean; electronic: boolean } {
  const copies = documents.filter((d) => d.certifiedCopy);
  return { issued: copies.length > 0, electronic: copies.some(isVerifiedEResult) };
}
