// Types for validate.js, so TypeScript tests can import it.
export interface ManifestFacts {
  id: string | null;
  defaultLocale: string | null;
  permissions: string | null;
  requirementSets: Record<string, string>;
  functionNames: string[];
  namespace: string | null;
  sharedRuntime: boolean;
  baseUrl: string | null;
  urls: string[];
}
export interface ManifestResult {
  errors: string[];
  warnings: string[];
  facts: ManifestFacts | null;
}
export function validateManifest(text: string, options?: { dir?: string; checkAllFiles?: boolean }): ManifestResult;
export function validateManifestFile(
  file: string,
  options?: { checkAllFiles?: boolean; xmllint?: boolean },
): ManifestResult & { checkedAllFiles: boolean };
