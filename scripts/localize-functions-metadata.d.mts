/** Types of `localize-functions-metadata.mjs` for the TypeScript tests. */
import type { FunctionTexts } from "../src/functions/function-texts.generated";

/** The parts of Excel's custom-functions JSON metadata this module reads and writes. */
export interface FunctionsMetadata {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{ name: string; description?: string; [key: string]: unknown }>;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
}

export declare function translationProblems(metadata: FunctionsMetadata, texts: readonly FunctionTexts[]): string[];
export declare function localizeFunctionsMetadata(metadata: FunctionsMetadata, texts: readonly FunctionTexts[]): FunctionsMetadata;
export declare function loadTranslations(file: string, exportName: string): unknown;

export declare class LocalizedFunctionsMetadataPlugin {
  constructor(options: { source?: string; output: string; translations: string; exportName: string; strict?: boolean });
  apply(compiler: unknown): void;
}
