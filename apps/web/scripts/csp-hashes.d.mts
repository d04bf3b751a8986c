export function isNextDataScript(content: string): boolean;
export function inlineScriptHashes(html: string, label?: string): string[];
export function routeOf(file: string): string;
export function writeCspHashes(distDir: string): number;
export function writeCspHashesInParallel(
  distDir: string,
  threads?: number,
  pagesPerThread?: number,
): Promise<number>;
