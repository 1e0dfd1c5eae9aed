export function resolveChromium(): Promise<{
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}>;
