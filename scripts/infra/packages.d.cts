import type { Configuration } from 'webpack';
export const PACKAGES: Readonly<Record<string, string>>;
export const ROOT: string;
export function sourcePathOf(request: string): string | undefined;
export function webpackAliases(): Record<string, string>;
export function withPackageAliases(config: Configuration): Configuration;
