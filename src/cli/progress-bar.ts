import type { SingleBar as Bar } from 'cli-progress';

/**
 * A cli-progress bar on stderr, loaded on first use. cli-progress is CommonJS: the compiled CLI
 * (an ES module bundle) sees its exports under `default`, the sources through tsx at the top
 * level, so both are read.
 */
export async function progressBar(format: string): Promise<Bar> {
  const loaded: unknown = await import('cli-progress');
  const mod = ((loaded as { default?: unknown }).default ?? loaded) as typeof import('cli-progress');
  return new mod.SingleBar({ format, stream: process.stderr, hideCursor: true }, mod.Presets.shades_classic);
}
