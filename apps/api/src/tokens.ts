/** Injection tokens of the API's adapters. */
export const CONFIG = Symbol('CONFIG');
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const TEMPORAL_PROBE = Symbol('TEMPORAL_PROBE');
export const CLOCK = Symbol('CLOCK');

/** The API's clock (the store's `Clock`); injected so services can be tested at a chosen instant. */
export type { Clock } from '@motcua/store';
