/** Types of `validate-manifest.mjs` for the TypeScript tests. */
export declare const EXPECTED_NAMESPACE: string;
export declare const EXPECTED_PERMISSIONS: string;
export declare const SHORT_STRING_MAX: number;
export declare const LONG_STRING_MAX: number;
export declare const RESID_MAX: number;
export declare const URL_MAX: number;
export declare const REQUIRED_ICON_SIZES: readonly number[];
export declare const SUPPORTED_ICON_SIZES: readonly number[];
export declare const BASE_ICON_SIZES: Readonly<{ IconUrl: number; HighResolutionIconUrl: number }>;
export declare const OFFICE_JS_URL: string;

/** Requirement set ("ExcelApi 1.12") → the office.js members the bundles use from it ("Excel.Worksheet.customProperties"). */
export declare const API_REQUIREMENTS: Readonly<Record<string, readonly string[]>>;
/** Members of sets above the declared ones, used only after a run-time check of the host. */
export declare const OPTIONAL_API_REQUIREMENTS: Readonly<Record<string, readonly string[]>>;
/** Custom functions metadata option → the requirement set it needs. */
export declare const METADATA_OPTION_REQUIREMENTS: Readonly<Record<string, string>>;
export declare const METADATA_FLAGS: readonly string[];

/** -1, 0 or 1 as requirement set version `a` is before, equal to or after `b` ("1.12" is after "1.9"). */
export declare function compareVersions(a: string, b: string): number;
/** Width and height from a PNG's header, or undefined when `bytes` is not a PNG. */
export declare function pngSize(bytes: Buffer): { width: number; height: number } | undefined;

/** The problems found in the manifest text `xml`; an empty list when there are none. */
export declare function checkManifest(xml: string): string[];
/** The problems of the build in the folder `dist` against the manifest text `xml`; an empty list when there are none. */
export declare function checkBuild(xml: string, dist: string): string[];
