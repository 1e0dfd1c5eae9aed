import type { ResultDocument } from './commands';

/**
 * An e-result (kết quả điện tử, indicator 4.1): a document declared e-signed whose signature motcua
 * verified when the result was issued. A declaration alone (events recorded before signatures were
 * checked) does not count.
 */
export function isVerifiedEResult(document: ResultDocument): boolean {
  return document.eSigned && document.signature?.result === 'verified';
}
