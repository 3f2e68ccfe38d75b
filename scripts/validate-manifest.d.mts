/** Types of `validate-manifest.mjs` for the TypeScript tests. */
export declare const EXPECTED_NAMESPACE: string;
export declare const EXPECTED_PERMISSIONS: string;
export declare const SHORT_STRING_MAX: number;
export declare const LONG_STRING_MAX: number;
export declare const RESID_MAX: number;
export declare const URL_MAX: number;

/** The problems found in the manifest text `xml`; an empty list when there are none. */
export declare function checkManifest(xml: string): string[];
