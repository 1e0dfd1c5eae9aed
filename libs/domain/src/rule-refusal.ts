/**
 * A command the rules refuse (dossier or feedback alike): a stable code clients and tests match on,
 * a readable message, and details for the caller (a dossier's status, a version).
 */
export abstract class RuleRefusal<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: { readonly [key: string]: unknown } = {},
  ) {
    super(message);
  }
}
