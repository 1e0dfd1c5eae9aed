export * from './pdf-signature';
export * from './trust-store';
