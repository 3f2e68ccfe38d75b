/** Types of `function-help.mjs` for the TypeScript tests. */
import type { FunctionHelpPage, HelpLabels, HelpLocale } from "../src/functions/function-help.generated";
import type { FunctionsMetadata } from "./localize-functions-metadata.mjs";

export interface FunctionHelp {
  pages: readonly FunctionHelpPage[];
  labels: Readonly<Record<HelpLocale, HelpLabels>>;
}

export declare const METADATA_LOCALES: readonly { asset: string; locale: HelpLocale }[];
export declare const HELP_PAGE_POLICY: string;
export declare function functionPageHtml(page: FunctionHelpPage, labels: HelpLabels): string;
export declare function indexPageHtml(pages: readonly FunctionHelpPage[], labels: HelpLabels): string;
export declare function loadFunctionHelp(file: string): FunctionHelp;
export declare function helpPageFiles(help: FunctionHelp): { file: string; html: string }[];
export declare function withHelpUrls(metadata: FunctionsMetadata, pages: readonly FunctionHelpPage[], locale: HelpLocale, baseUrl: string): FunctionsMetadata;

export declare class FunctionHelpPlugin {
  constructor(options: { help: string; baseUrl: string });
  apply(compiler: unknown): void;
}
