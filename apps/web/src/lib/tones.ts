/**
 * The colours that say good, bad and in-between on tags, dark enough that their white text meets WCAG
 * AA contrast (4.5:1); the component library's light presets do not (green and orange fail).
 */
export const TONES = {
  good: '#237804',
  info: '#0050b3',
  warning: '#ad4e00',
  bad: '#a8071a',
  neutral: '#595959',
} as const;
export type Tone = keyof typeof TONES;
