/** Types of production-host.js, which webpack.config.js requires as plain JavaScript. */
export const devUrl: string;
export const messages: { noManifest: string; deployNeedsUrl: string };
export function productionUrl(
  env?: { productionUrl?: string },
  environment?: Record<string, string | undefined>,
): string | undefined;
export function deployedManifest(source: string, url: string): string;
