/**
 * A score as the national dashboard shows it: rounded half-up to two decimals (national-sync.md,
 * "Rounding"), on the decimal value rather than the binary one. 1.005 → 1.01 and 6 × 0.0375 → 0.23,
 * where `Math.round(x * 100) / 100` gives 1 and 0.22 (the products are 100.49999… and 0.22499999…):
 * ten decimals first absorb the arithmetic's noise, then the hundredths are rounded half-up.
 */
export function roundScore(points: number): number {
  const hundredths = Math.round(Number(`${points.toFixed(10)}e2`));
  return Number(`${hundredths}e-2`) + 0;
}
