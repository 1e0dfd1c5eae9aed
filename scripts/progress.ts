/** A one-line progress bar with a rate, for long-running scripts (rebuild, generate). */
export function progressBar(done: number, total: number, unit: string, startedAt: number): string {
  const width = 30;
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const rate = done / Math.max(0.001, (performance.now() - startedAt) / 1000);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${done}/${total} ${unit}  ${Math.round(rate)} ${unit}/s`;
}
