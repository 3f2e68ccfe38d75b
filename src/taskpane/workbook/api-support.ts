/**
 * Whether the Excel the pane runs in has a version of ExcelApi. The manifest declares the versions
 * every build needs (API_REQUIREMENTS in scripts/validate-manifest.mjs); members of higher versions
 * (OPTIONAL_API_REQUIREMENTS there) are used only after this says yes, with a fallback otherwise.
 */
export function isExcelApiSupported(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
