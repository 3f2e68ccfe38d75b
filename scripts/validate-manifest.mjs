/**
 * Offline check of the add-in only (XML) manifest and of the build it describes:
 *
 *   node scripts/validate-manifest.mjs [manifest.xml] [--dist DIR]
 *
 * Microsoft's validator (`office-addin-manifest validate`) calls an online service; this one needs
 * no network and checks what breaks sideloading most often, with the limits of the manifest schema
 * (https://learn.microsoft.com/javascript/api/manifest/ and the XSDs it links).
 *
 * The manifest alone (`checkManifest(xml)`):
 * - the XML is well-formed;
 * - child elements appear in schema order (the schema is order-sensitive) and required ones exist;
 * - every `resid` names a resource of the right kind (image, URL, short or long string), is at
 *   most 32 characters, and every resource id is defined once;
 * - every string a `resid` names, the DisplayName and the Description have a text in each locale
 *   the manifest declares (its DefaultLocale and every Override Locale), the namespace excepted;
 * - every URL is https and at most 2048 characters; SupportUrl is not a page of the add-in itself;
 * - DisplayName and ShortStrings are 1–125 characters, Description and LongStrings 1–250;
 * - Override `Locale` values are culture names;
 * - the Id is a GUID, Permissions is ReadWriteDocument, the custom functions namespace is EC;
 * - every ribbon icon has the three required sizes (16, 32, 80) and only supported ones, and every
 *   ShowTaskpane action a TaskpaneId;
 * - the shared runtime is wired: one long-lived Runtime whose resid the functions page, the task
 *   pane button and the function file all use;
 * - the requirement sets declared are exactly those needed: SharedRuntime 1.1 for the shared
 *   runtime, and for each set in API_REQUIREMENTS (the office.js members the bundles use, held to
 *   the code by scripts/api-requirements.test.ts) its highest version there;
 * - the custom functions metadata has a zh-CN override.
 *
 * The build (`checkBuild(xml, dist)`), in the dist/ folder `npm run build` writes:
 * - every file a manifest URL on the add-in's own origin names exists (icons, pages, functions.js,
 *   both metadata files, the support page), and each icon is a PNG of the size it is declared at
 *   (IconUrl 32, HighResolutionIconUrl 64, a ribbon image its `size`);
 * - dist/manifest.xml is this manifest (but for the production URL): the build is not stale;
 * - the custom functions page loads office.js and the functions script (a shared runtime has no
 *   other way to load it); the support page is an HTML page with a title;
 * - functions.json and each localized twin (functions.zh-CN.json): ids and names Excel accepts,
 *   no id or name twice, no name carrying the namespace; the twins list the same functions in the
 *   same order with the same names, options and result, and the same parameters in the same order
 *   (type, dimensionality, optional, repeating); every option's requirement set is declared
 *   (METADATA_OPTION_REQUIREMENTS); a helpUrl on the add-in's origin names a file in dist/.
 *
 * Both return the problems as sentences. The command line prints them and exits 1; when the dist
 * folder does not exist (a fresh clone, before `npm run build`) it checks the manifest alone and
 * says that the files were not checked.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const EXPECTED_NAMESPACE = "EC";
export const EXPECTED_PERMISSIONS = "ReadWriteDocument";
export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;
export const RESID_MAX = 32;
export const URL_MAX = 2048;

/** Ribbon image sizes (https://learn.microsoft.com/javascript/api/manifest/image): three required, five more allowed. */
export const REQUIRED_ICON_SIZES = [16, 32, 80];
export const SUPPORTED_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
/** IconUrl and HighResolutionIconUrl sizes for a task pane add-in (https://learn.microsoft.com/javascript/api/manifest/iconurl, …/highresolutioniconurl). */
export const BASE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The office.js members the bundles use, by the requirement set that brings each, as the
 * `[Api set: …]` remark of its declaration in @types/office-js and @types/custom-functions-runtime
 * says (the sets' pages: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets,
 * …/custom-functions-requirement-sets). ExcelApi 1.1 is left out: every Excel that runs add-ins has
 * it. scripts/api-requirements.test.ts reads the code of both bundles with the TypeScript checker
 * and fails when a member is used but missing here, or listed here but no longer used; the
 * manifest must declare the highest version of each set.
 */
export const API_REQUIREMENTS = {
  // Custom functions: the error object with a message, and the address of each argument's range.
  "CustomFunctionsRuntime 1.2": ["CustomFunctions.Error"],
  "CustomFunctionsRuntime 1.3": ["CustomFunctions.Invocation.parameterAddresses"],
  // Merged cells, column widths and row heights, a table's sheet.
  "ExcelApi 1.2": ["Excel.Range.merge", "Excel.Range.unmerge", "Excel.RangeFormat.columnWidth", "Excel.RangeFormat.rowHeight", "Excel.Table.worksheet"],
  // Reading a source sheet: its used range.
  "ExcelApi 1.4": ["Excel.Worksheet.getUsedRangeOrNullObject"],
  // The pane's settings, saved in the workbook as a custom XML part.
  "ExcelApi 1.5": [
    "Excel.CustomXmlPart.delete", "Excel.CustomXmlPart.getXml", "Excel.CustomXmlPart.setXml", "Excel.CustomXmlPartCollection.add",
    "Excel.CustomXmlPartCollection.getByNamespace", "Excel.Workbook.customXmlParts",
  ],
  // Conditional formats (the attainment colours, the colour scales), and pausing calculation while writing.
  "ExcelApi 1.6": [
    "Excel.Application.suspendApiCalculationUntilNextSync", "Excel.CellValueConditionalFormat.format", "Excel.CellValueConditionalFormat.rule",
    "Excel.ColorScaleConditionalFormat.criteria", "Excel.ConditionalCellValueRule.formula1", "Excel.ConditionalCellValueRule.operator",
    "Excel.ConditionalColorScaleCriteria.maximum", "Excel.ConditionalColorScaleCriteria.midpoint", "Excel.ConditionalColorScaleCriteria.minimum",
    "Excel.ConditionalColorScaleCriterion.color", "Excel.ConditionalColorScaleCriterion.type", "Excel.ConditionalFormat.cellValue",
    "Excel.ConditionalFormat.colorScale", "Excel.ConditionalFormatCollection.add", "Excel.ConditionalFormatCollection.clearAll",
    "Excel.ConditionalRangeFill.color", "Excel.ConditionalRangeFont.color", "Excel.ConditionalRangeFormat.fill", "Excel.ConditionalRangeFormat.font",
    "Excel.Range.conditionalFormats",
  ],
  // Chart series set from ranges (combo charts), freeze panes, reading a sheet in chunks by index.
  "ExcelApi 1.7": [
    "Excel.ChartAxes.getItem", "Excel.ChartAxis.reversePlotOrder", "Excel.ChartSeries.chartType", "Excel.ChartSeries.setValues",
    "Excel.ChartSeries.setXAxisValues", "Excel.ChartSeriesCollection.add", "Excel.RangeFormat.useStandardHeight", "Excel.RangeFormat.useStandardWidth",
    "Excel.Worksheet.freezePanes", "Excel.Worksheet.getRangeByIndexes", "Excel.WorksheetFreezePanes.freezeRows", "Excel.WorksheetFreezePanes.unfreeze",
  ],
  // Secondary chart axes and their number formats, hiding gridlines.
  "ExcelApi 1.8": ["Excel.ChartAxis.numberFormat", "Excel.ChartAxis.position", "Excel.ChartSeries.axisGroup", "Excel.Worksheet.showGridlines"],
  // The printed page (layout, footers, print titles, fit to width), page breaks, many areas at once (the
  // formula cells a share check reads), indents.
  "ExcelApi 1.9": [
    "Excel.Range.getSpecialCellsOrNullObject", "Excel.RangeAreas.areaCount", "Excel.RangeAreas.areas",
    "Excel.Application.suspendScreenUpdatingUntilNextSync", "Excel.HeaderFooter.leftFooter", "Excel.HeaderFooter.rightFooter",
    "Excel.HeaderFooterGroup.defaultForAllPages", "Excel.PageBreakCollection.add", "Excel.PageBreakCollection.removePageBreaks",
    "Excel.PageLayout.bottomMargin", "Excel.PageLayout.centerHorizontally", "Excel.PageLayout.footerMargin", "Excel.PageLayout.headerMargin",
    "Excel.PageLayout.headersFooters", "Excel.PageLayout.leftMargin", "Excel.PageLayout.orientation", "Excel.PageLayout.paperSize",
    "Excel.PageLayout.rightMargin", "Excel.PageLayout.setPrintTitleRows", "Excel.PageLayout.topMargin", "Excel.PageLayout.zoom",
    "Excel.PageLayoutZoomOptions.horizontalFitToPages", "Excel.PageLayoutZoomOptions.verticalFitToPages", "Excel.RangeAreas.conditionalFormats",
    "Excel.RangeAreas.format", "Excel.RangeFormat.indentLevel", "Excel.Worksheet.getRanges", "Excel.Worksheet.horizontalPageBreaks",
    "Excel.Worksheet.pageLayout",
  ],
  // Share: a formula turned into its value is kept in a comment on its cell (a note where the host has notes).
  "ExcelApi 1.10": [
    "Excel.Comment.content", "Excel.Comment.delete", "Excel.Comment.getLocation", "Excel.CommentCollection.add", "Excel.Worksheet.comments",
  ],
  // Worksheet custom properties: the marks on the sheets EC Review owns; the cells an EC. formula spills into.
  "ExcelApi 1.12": [
    "Excel.Range.getSpillingToRangeOrNullObject",
    "Excel.Worksheet.customProperties", "Excel.WorksheetCustomProperty.value", "Excel.WorksheetCustomPropertyCollection.add",
    "Excel.WorksheetCustomPropertyCollection.getItemOrNullObject",
  ],
};

/**
 * Members of sets above what the manifest declares, used only after `isExcelApiSupported(version)`
 * (src/taskpane/workbook/api-support.ts) says the host has them, each with a fallback: they widen
 * what the add-in does on newer hosts and keep out none. Not declared in <Requirements>;
 * scripts/api-requirements.test.ts holds this table to the code like API_REQUIREMENTS and checks
 * that each version here is asked for at run time.
 */
export const OPTIONAL_API_REQUIREMENTS = {
  // Share: a formula turned into its value is kept in a note on its cell where the host has notes
  // (else in a comment, ExcelApi 1.10, which every host the manifest lets in has).
  "ExcelApi 1.18": ["Excel.Note.content", "Excel.Note.delete", "Excel.Note.getLocation", "Excel.NoteCollection.add", "Excel.Worksheet.notes"],
};

/**
 * Options of the custom functions metadata and the requirement set each needs: the
 * CustomFunctions.Invocation member the option fills in, by its `[Api set: …]` remark in
 * @types/custom-functions-runtime (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.invocation).
 * An option not listed here is reported, so that its set is looked up before it ships.
 */
export const METADATA_OPTION_REQUIREMENTS = {
  requiresAddress: "CustomFunctionsRuntime 1.1",
  requiresParameterAddresses: "CustomFunctionsRuntime 1.3",
  stream: "CustomFunctionsRuntime 1.1",
  cancelable: "CustomFunctionsRuntime 1.1",
};

/**
 * Top-level keys of the metadata besides `functions` that need no requirement set:
 * custom-functions-metadata always writes allowCustomDataForDataTypeAny, which lets data types
 * into `any` parameters where the host has them (CustomFunctionsRuntime 1.4) and is ignored
 * elsewhere (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
 */
export const METADATA_FLAGS = ["allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny", "enums"];

// Patterns from OfficeAppManifestV1_1.xsd (UUID, CultureName).
const GUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const CULTURE_NAME = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

/** Child order of the schema's sequences (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd). */
const ORDER = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "Dictionary", "VersionOverrides", "ExtendedOverrides", "Signature",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint", "SupportsSharedFolders"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
const REQUIRED = {
  OfficeApp: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
  CustomFunctions: ["Script", "Page"],
};

/** Resource collections and the kind of resource a `resid` on each element must name. */
const RESOURCE_KINDS = { Images: "bt:Images", Urls: "bt:Urls", ShortStrings: "bt:ShortStrings", LongStrings: "bt:LongStrings" };
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Override: "Urls", // a RuntimeOverride inside <Runtime>
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** `bt:Image` → `Image`. */
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** fast-xml-parser's ordered output → `{ name, local, attrs, children, text }` elements. */
function toElements(nodes) {
  const elements = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const children = toElements(node[name]);
    const text = node[name].filter((child) => "#text" in child).map((child) => String(child["#text"])).join("");
    elements.push({ name, local: localName(name), attrs: node[":@"] ?? {}, children, text });
  }
  return elements;
}

function childrenNamed(element, local) {
  return element ? element.children.filter((child) => child.local === local) : [];
}

function child(element, local) {
  return childrenNamed(element, local)[0];
}

function* descendants(element) {
  for (const c of element.children) {
    yield c;
    yield* descendants(c);
  }
}

function length(text) {
  return [...text].length;
}

/** Checks `element`'s children against the schema sequence `order` (and `required`). */
function checkOrder(element, label, order, required, problems) {
  let last = -1;
  let lastName = "";
  for (const c of element.children) {
    const index = order.indexOf(c.local);
    if (index < 0) {
      problems.push(`element order: <${c.name}> is not a valid child of <${label}>`);
      continue;
    }
    if (index < last) problems.push(`element order: <${c.name}> must come before <${lastName}> in <${label}>`);
    if (index >= last) {
      last = index;
      lastName = c.name;
    }
  }
  for (const name of required ?? []) {
    if (child(element, name) === undefined) problems.push(`missing <${name}> in <${label}>`);
  }
}

/** A value and its locale overrides, labelled for messages: `[label, value]` pairs. */
function localeValues(element, label) {
  const values = [[label, element.attrs.DefaultValue ?? ""]];
  for (const override of childrenNamed(element, "Override")) {
    values.push([`${label} (${override.attrs.Locale ?? "no locale"})`, override.attrs.Value ?? ""]);
  }
  return values;
}

function checkLocales(root, problems) {
  for (const element of descendants(root)) {
    if (element.local !== "Override" || element.attrs.Locale === undefined) continue;
    if (!CULTURE_NAME.test(element.attrs.Locale)) problems.push(`Override Locale "${element.attrs.Locale}" is not a culture name such as zh-CN`);
  }
}

function checkUrl(label, url, problems) {
  if (!/^https:\/\//i.test(url)) problems.push(`${label} is not https: "${url}"`);
  if (length(url) > URL_MAX) problems.push(`${label} is too long (${length(url)} > ${URL_MAX} characters)`);
}

function checkText(label, text, max, problems) {
  if (text.trim() === "") problems.push(`${label} is empty`);
  else if (length(text) > max) problems.push(`${label} is too long (${length(text)} > ${max} characters)`);
}

/** Resource id → { kind, element }; reports ids defined more than once. */
function readResources(resources, problems) {
  const byId = new Map();
  for (const [collection, kindLabel] of Object.entries(RESOURCE_KINDS)) {
    for (const list of childrenNamed(resources, collection)) {
      for (const entry of list.children) {
        const id = entry.attrs.id;
        if (id === undefined) {
          problems.push(`a <${entry.name}> in ${kindLabel} has no id`);
          continue;
        }
        const previous = byId.get(id);
        if (previous !== undefined) {
          const where = previous.kind === collection ? kindLabel : `${RESOURCE_KINDS[previous.kind]} and ${kindLabel}`;
          problems.push(`duplicate id "${id}" in ${where}`);
          continue;
        }
        byId.set(id, { kind: collection, element: entry });
      }
    }
  }
  return byId;
}

function checkResources(byId, problems) {
  for (const [id, { kind, element }] of byId) {
    const label = `${RESOURCE_KINDS[kind]} "${id}"`;
    for (const [what, value] of localeValues(element, label)) {
      if (kind === "Images" || kind === "Urls") checkUrl(what, value, problems);
      if (kind === "ShortStrings") checkText(what, value, SHORT_STRING_MAX, problems);
      if (kind === "LongStrings") checkText(what, value, LONG_STRING_MAX, problems);
    }
  }
}

function checkResids(versionOverrides, byId, problems) {
  for (const element of descendants(versionOverrides)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const expected = RESID_KIND[element.local];
    const where = `<${element.name}>`;
    if (length(resid) > RESID_MAX) problems.push(`resid "${resid}" used by ${where} is longer than ${RESID_MAX} characters`);
    const resource = byId.get(resid);
    if (resource === undefined) {
      problems.push(`missing resid "${resid}" used by ${where}: no ${RESOURCE_KINDS[expected] ?? "resource"} entry has that id`);
    } else if (expected !== undefined && resource.kind !== expected) {
      problems.push(`resid "${resid}" used by ${where} must name a ${RESOURCE_KINDS[expected]} entry, but it is in ${RESOURCE_KINDS[resource.kind]}`);
    }
  }
}

/** Group, tab and control ids must be unique. */
function checkControlIds(versionOverrides, problems) {
  const seen = new Set();
  for (const element of descendants(versionOverrides)) {
    if (!["Group", "Control", "CustomTab"].includes(element.local) || element.attrs.id === undefined) continue;
    if (seen.has(element.attrs.id)) problems.push(`duplicate id "${element.attrs.id}" on <${element.name}>`);
    seen.add(element.attrs.id);
  }
}

function checkBaseManifest(root, problems) {
  checkOrder(root, "OfficeApp", ORDER.OfficeApp, REQUIRED.OfficeApp, problems);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is "${root.attrs["xsi:type"] ?? ""}", expected "TaskPaneApp"`);

  const id = child(root, "Id")?.text.trim() ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);

  const permissions = child(root, "Permissions")?.text.trim();
  if (permissions !== undefined && permissions !== EXPECTED_PERMISSIONS) problems.push(`Permissions is "${permissions}", expected "${EXPECTED_PERMISSIONS}"`);

  const displayName = child(root, "DisplayName");
  if (displayName) for (const [label, value] of localeValues(displayName, "DisplayName")) checkText(label, value, SHORT_STRING_MAX, problems);
  const description = child(root, "Description");
  if (description) for (const [label, value] of localeValues(description, "Description")) checkText(label, value, LONG_STRING_MAX, problems);

  const urls = [child(root, "IconUrl"), child(root, "HighResolutionIconUrl"), child(root, "SupportUrl"), child(child(root, "DefaultSettings"), "SourceLocation")];
  for (const element of urls) {
    if (element) for (const [label, value] of localeValues(element, `<${element.name}>`)) checkUrl(label, value, problems);
  }
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    if (/^[a-z]+:\/\//i.test(domain.text.trim())) checkUrl("<AppDomain>", domain.text.trim(), problems);
  }
}

function checkSharedRuntime(host, problems) {
  const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`shared runtime: expected one <Runtime> in the Workbook host, found ${runtimes.length}`);
    return;
  }
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") problems.push(`shared runtime: <Runtime> lifetime is "${runtime.attrs.lifetime ?? "short"}", expected "long"`);

  const customFunctions = customFunctionsPoint(host);
  const users = [
    ["the custom functions <Page>", child(child(customFunctions, "Page"), "SourceLocation")],
    ["<FunctionFile>", child(child(host, "DesktopFormFactor"), "FunctionFile")],
    ...showTaskpaneActions(host).map(({ action }) => ["the ShowTaskpane action", child(action, "SourceLocation")]),
  ];
  for (const [what, element] of users) {
    if (element && element.attrs.resid !== runtime.attrs.resid) {
      problems.push(`shared runtime: ${what} uses resid "${element.attrs.resid}", but the Runtime uses "${runtime.attrs.resid}"`);
    }
  }
}

function customFunctionsPoint(host) {
  return childrenNamed(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
}

/** Each ShowTaskpane action with the control that carries it. */
function showTaskpaneActions(host) {
  return [...descendants(host)]
    .filter((e) => e.local === "Control")
    .flatMap((control) => childrenNamed(control, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane").map((action) => ({ control, action })));
}

function checkCustomFunctions(host, byId, problems) {
  const extensionPoint = customFunctionsPoint(host);
  if (extensionPoint === undefined) {
    problems.push("missing the CustomFunctions <ExtensionPoint> under <AllFormFactors>");
    return;
  }
  checkOrder(extensionPoint, "ExtensionPoint CustomFunctions", ORDER.CustomFunctions, REQUIRED.CustomFunctions, problems);
  const namespaceResid = child(extensionPoint, "Namespace")?.attrs.resid;
  const namespace = byId.get(namespaceResid ?? "")?.element.attrs.DefaultValue;
  if (namespace !== EXPECTED_NAMESPACE) problems.push(`custom functions namespace is "${namespace ?? ""}", expected "${EXPECTED_NAMESPACE}"`);
  const metadataResid = child(child(extensionPoint, "Metadata"), "SourceLocation")?.attrs.resid;
  const metadata = byId.get(metadataResid ?? "")?.element;
  if (metadata === undefined) problems.push("custom functions <Metadata> has no URL");
  else if (!childrenNamed(metadata, "Override").some((o) => o.attrs.Locale?.toLowerCase() === "zh-cn")) {
    problems.push(`custom functions metadata URL "${metadataResid}" has no bt:Override for Locale zh-CN`);
  }
}

/** Every ShowTaskpane action names its task pane; Office.AutoShowTaskpaneWithDocument is one too. */
function checkTaskpaneIds(host, problems) {
  for (const { control, action } of showTaskpaneActions(host)) {
    if ((child(action, "TaskpaneId")?.text.trim() ?? "") === "") {
      problems.push(`the ShowTaskpane action of <Control id="${control.attrs.id ?? ""}"> has no <TaskpaneId>`);
    }
  }
}

/** Ribbon icons: the three required sizes, only supported ones, each size once. */
function checkIconSets(host, problems) {
  for (const icon of [...descendants(host)].filter((e) => e.local === "Icon")) {
    const owner = [...descendants(host)].find((e) => e.children.includes(icon));
    const where = `<Icon> of <${owner?.name ?? "?"}${owner?.attrs.id !== undefined ? ` id="${owner.attrs.id}"` : ""}>`;
    const sizes = childrenNamed(icon, "Image").map((image) => Number(image.attrs.size));
    for (const size of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(size)) problems.push(`${where} has no ${size}px image (${REQUIRED_ICON_SIZES.join(", ")} are required)`);
    }
    for (const size of new Set(sizes)) {
      if (!SUPPORTED_ICON_SIZES.includes(size)) problems.push(`${where} has an image of size ${size}, which Office does not support (${SUPPORTED_ICON_SIZES.join(", ")})`);
      else if (sizes.filter((s) => s === size).length > 1) problems.push(`${where} has two ${size}px images`);
    }
  }
}

/** The locales the manifest declares: its DefaultLocale and every Override Locale, default first. */
function declaredLocales(root) {
  const locales = [child(root, "DefaultLocale")?.text.trim() ?? ""];
  for (const element of descendants(root)) {
    const locale = element.local === "Override" ? element.attrs.Locale : undefined;
    if (locale !== undefined && !locales.some((known) => known.toLowerCase() === locale.toLowerCase())) locales.push(locale);
  }
  return locales.filter((locale) => locale !== "");
}

/**
 * Every text Office shows (DisplayName, Description, and each string a resid names) has one for
 * each declared locale. The custom functions namespace is the same in every language.
 */
function checkLocaleStrings(root, versionOverrides, byId, problems) {
  const [, ...others] = declaredLocales(root);
  const lacking = (element, label) => {
    for (const locale of others) {
      if (!childrenNamed(element, "Override").some((o) => o.attrs.Locale?.toLowerCase() === locale.toLowerCase())) problems.push(`${label} has no string for ${locale}`);
    }
  };
  for (const name of ["DisplayName", "Description"]) {
    const element = child(root, name);
    if (element) lacking(element, name);
  }
  const namespaces = new Set([...descendants(versionOverrides)].filter((e) => e.local === "Namespace").map((e) => e.attrs.resid));
  const used = new Set([...descendants(versionOverrides)].map((e) => e.attrs.resid).filter((resid) => resid !== undefined && !namespaces.has(resid)));
  for (const resid of used) {
    const resource = byId.get(resid);
    if (resource !== undefined && (resource.kind === "ShortStrings" || resource.kind === "LongStrings")) lacking(resource.element, `${RESOURCE_KINDS[resource.kind]} "${resid}"`);
  }
}

/** The URL a resid names (its default value), or undefined. */
function urlOf(byId, resid) {
  const resource = byId.get(resid ?? "");
  return resource?.kind === "Urls" ? resource.element.attrs.DefaultValue : undefined;
}

/** SupportUrl must be a page of its own, not one of the add-in's runtime pages. */
function checkSupportUrl(root, host, byId, problems) {
  const support = child(root, "SupportUrl")?.attrs.DefaultValue;
  if (support === undefined) return;
  const pages = new Set([child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue]);
  for (const element of descendants(host)) {
    if (["Runtime", "SourceLocation", "FunctionFile"].includes(element.local)) pages.add(urlOf(byId, element.attrs.resid));
  }
  if (pages.has(support)) problems.push(`<SupportUrl> is the add-in's own page "${support}": it must be a support page`);
}

// ---- requirement sets ------------------------------------------------------------------------------

/** "ExcelApi 1.12" → ["ExcelApi", "1.12"]. */
function splitSet(set) {
  const space = set.lastIndexOf(" ");
  return [set.slice(0, space), set.slice(space + 1)];
}

/** Compares requirement set versions numerically ("1.12" is after "1.9"). */
export function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Set name → { version, because }: the highest version each need asks for, and what asks for it. */
function addNeed(needs, set, because) {
  const [name, version] = splitSet(set);
  const known = needs.get(name);
  if (known === undefined || compareVersions(version, known.version) > 0) needs.set(name, { version, because: [because] });
  else if (compareVersions(version, known.version) === 0) known.because.push(because);
}

/** The requirement sets the manifest's features and API_REQUIREMENTS ask for. */
function requiredSets(host) {
  const needs = new Map();
  if (childrenNamed(child(host, "Runtimes"), "Runtime").some((runtime) => runtime.attrs.lifetime === "long")) addNeed(needs, "SharedRuntime 1.1", "the long-lived shared <Runtime>");
  if (customFunctionsPoint(host) !== undefined) addNeed(needs, "CustomFunctionsRuntime 1.1", "the CustomFunctions extension point");
  for (const [set, members] of Object.entries(API_REQUIREMENTS)) for (const member of members) addNeed(needs, set, member);
  return needs;
}

/** Set name → MinVersion, as the base manifest's <Requirements> declares them. */
function declaredSets(root) {
  const declared = new Map();
  for (const sets of childrenNamed(child(root, "Requirements"), "Sets")) {
    for (const set of childrenNamed(sets, "Set")) declared.set(set.attrs.Name, set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1");
  }
  return declared;
}

function describeNeed({ because }) {
  return because.length === 1 ? because[0] : `${because[0]} and ${because.length - 1} more`;
}

/** The declared sets are exactly the needed ones, each at the version needed: no host is let in that cannot run the add-in, none kept out that can. */
function checkRequirementSets(root, host, problems) {
  const needs = requiredSets(host);
  const declared = declaredSets(root);
  for (const [name, need] of needs) {
    const version = declared.get(name);
    if (version === undefined) problems.push(`<Requirements> lacks the ${name} ${need.version} requirement set, needed by ${describeNeed(need)}`);
    else if (compareVersions(version, need.version) < 0) problems.push(`<Requirements> declares ${name} ${version}, but ${name} ${need.version} is needed by ${describeNeed(need)}`);
    else if (compareVersions(version, need.version) > 0) problems.push(`<Requirements> declares ${name} ${version}, but nothing needs more than ${name} ${need.version}: hosts that could run the add-in are refused`);
  }
  for (const [name, version] of declared) {
    if (!needs.has(name)) problems.push(`<Requirements> declares ${name} ${version}, which nothing in the manifest or in API_REQUIREMENTS needs`);
  }
}

// ---- the manifest ----------------------------------------------------------------------------------

/** The parsed manifest, or the one problem that stops the check. */
function parseManifest(xml) {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { problem: `XML is not well-formed: ${msg} (line ${line}, column ${col})` };
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false, trimValues: true });
  const root = toElements(parser.parse(xml)).find((e) => e.local === "OfficeApp");
  if (root === undefined) return { problem: "the root element is not <OfficeApp>" };
  const versionOverrides = child(root, "VersionOverrides");
  const resources = child(versionOverrides, "Resources");
  const host = childrenNamed(child(versionOverrides, "Hosts"), "Host").find((e) => e.attrs["xsi:type"] === "Workbook");
  return { root, versionOverrides, resources, host };
}

/** The problems found in the manifest text `xml`; an empty list when there are none. */
export function checkManifest(xml) {
  const { problem, root, versionOverrides, resources, host } = parseManifest(xml);
  if (problem !== undefined) return [problem];

  const problems = [];
  checkBaseManifest(root, problems);
  checkLocales(root, problems);

  if (versionOverrides === undefined) {
    problems.push("missing <VersionOverrides> (custom functions, ribbon button and shared runtime live there)");
    return problems;
  }
  checkOrder(versionOverrides, "VersionOverrides", ORDER.VersionOverrides, ["Hosts", "Resources"], problems);
  if (resources) checkOrder(resources, "Resources", ORDER.Resources, [], problems);
  const byId = readResources(resources, problems);
  checkResources(byId, problems);
  checkResids(versionOverrides, byId, problems);
  checkControlIds(versionOverrides, problems);
  checkLocaleStrings(root, versionOverrides, byId, problems);

  if (host === undefined) {
    problems.push("missing the Workbook <Host> in <VersionOverrides>");
    return problems;
  }
  checkOrder(host, "Host Workbook", ORDER.Host, [], problems);
  const desktop = child(host, "DesktopFormFactor");
  if (desktop) checkOrder(desktop, "DesktopFormFactor", ORDER.DesktopFormFactor, ["ExtensionPoint"], problems);
  checkCustomFunctions(host, byId, problems);
  checkSharedRuntime(host, problems);
  checkTaskpaneIds(host, problems);
  checkIconSets(host, problems);
  checkSupportUrl(root, host, byId, problems);
  checkRequirementSets(root, host, problems);
  return problems;
}

// ---- the build -------------------------------------------------------------------------------------

/** The add-in's base URL: the folder of its start page (DefaultSettings/SourceLocation). */
function baseUrl(root) {
  const start = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue ?? "";
  try {
    return new URL(".", start).href;
  } catch {
    return undefined;
  }
}

/** The path inside dist/ of a URL on the add-in's own origin, or undefined for a URL elsewhere. */
function distPath(base, url) {
  if (base === undefined || !url.startsWith(base)) return undefined;
  return decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ""));
}

/** Width and height from a PNG's IHDR chunk (https://www.w3.org/TR/png/#11IHDR), or undefined when the file is not a PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte) || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL of the manifest with what names it, and the icon size it is declared at. */
function manifestUrls(root, byId, host) {
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = child(root, name);
    if (element) for (const [label, url] of localeValues(element, `<${name}>`)) urls.push({ label, url, size: BASE_ICON_SIZES[name], support: name === "SupportUrl" });
  }
  const start = child(child(root, "DefaultSettings"), "SourceLocation");
  if (start) for (const [label, url] of localeValues(start, "<DefaultSettings> <SourceLocation>")) urls.push({ label, url });
  const imageSizes = new Map();
  for (const image of [...descendants(host ?? { children: [] })].filter((e) => e.local === "Image" && e.attrs.resid !== undefined)) {
    const sizes = imageSizes.get(image.attrs.resid) ?? new Set();
    sizes.add(Number(image.attrs.size));
    imageSizes.set(image.attrs.resid, sizes);
  }
  for (const [id, { kind, element }] of byId) {
    if (kind !== "Images" && kind !== "Urls") continue;
    for (const [label, url] of localeValues(element, `${RESOURCE_KINDS[kind]} "${id}"`)) {
      const sizes = [...(imageSizes.get(id) ?? [])];
      if (sizes.length > 1) urls.push({ label, url, conflict: sizes });
      else urls.push({ label, url, size: sizes[0] });
    }
  }
  return urls;
}

function readIfExists(file) {
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
}

const FUNCTION_ID = /^[A-Za-z][A-Za-z0-9_.]{2,}$/;
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** A1 (up to XFD1048576) or R1C1 cell references, which Excel would read instead of the function. */
function isCellReference(name) {
  const a1 = /^([A-Z]{1,3})([0-9]+)$/i.exec(name);
  if (a1) {
    const column = [...a1[1].toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    return column <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576;
  }
  return /^R[0-9]+C[0-9]+$/i.test(name);
}

/** Reads a custom functions metadata file; reports what stops it being read. */
function readMetadata(file, label, problems) {
  const bytes = readIfExists(file);
  if (bytes === undefined) return undefined;
  let metadata;
  try {
    metadata = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    problems.push(`${label} is not valid JSON (${error.message})`);
    return undefined;
  }
  if (!Array.isArray(metadata?.functions)) {
    problems.push(`${label} has no "functions" list`);
    return undefined;
  }
  return metadata;
}

/** One metadata file on its own: ids and names, the namespace, options and their sets, help URLs. */
function checkMetadata(metadata, label, context, problems) {
  const { namespace, declared, base, dist } = context;
  for (const key of Object.keys(metadata)) {
    if (key !== "functions" && !METADATA_FLAGS.includes(key)) problems.push(`${label}: the top-level key "${key}" is not known to this check; look up its requirement set`);
  }
  const ids = new Map();
  const names = new Map();
  /** Option → the ids of the functions that set it. */
  const users = new Map();
  for (const fn of metadata.functions) {
    const id = String(fn.id ?? "");
    const name = String(fn.name ?? "");
    if (!FUNCTION_ID.test(id)) problems.push(`${label}: function id "${id}" must start with a letter and have at least 3 of A–Z, 0–9, _ and .`);
    if (ids.has(id.toUpperCase())) problems.push(`${label}: duplicate function id "${id}"`);
    ids.set(id.toUpperCase(), fn);
    if (!FUNCTION_NAME.test(name)) problems.push(`${label}: function name "${name}" must start with a letter and have at least 3 letters, digits, _ and .`);
    else if (isCellReference(name)) problems.push(`${label}: function name "${name}" is a cell reference`);
    if (name.toUpperCase().startsWith(`${namespace.toUpperCase()}.`)) problems.push(`${label}: function name "${name}" repeats the namespace ${namespace} the manifest adds (Excel would show ${namespace}.${name})`);
    if (names.has(name.toUpperCase())) problems.push(`${label}: duplicate function name "${name}"`);
    names.set(name.toUpperCase(), fn);

    for (const [option, value] of Object.entries(fn.options ?? {})) {
      if (value === true) users.set(option, [...(users.get(option) ?? []), id]);
    }
    if (fn.options?.requiresParameterAddresses === true && fn.result?.dimensionality !== "matrix") {
      problems.push(`${label}: ${id} uses requiresParameterAddresses, which needs a matrix result, but its result is ${fn.result?.dimensionality ?? "scalar"}`);
    }
    if (typeof fn.helpUrl === "string") {
      const file = distPath(base, fn.helpUrl);
      if (file !== undefined && readIfExists(path.join(dist, file)) === undefined) problems.push(`${label}: the helpUrl of ${id} names ${file}, which is not in ${dist}`);
    }
  }
  for (const [option, ids] of users) {
    const by = ids.length === 1 ? ids[0] : `${ids[0]} and ${ids.length - 1} more`;
    const set = METADATA_OPTION_REQUIREMENTS[option];
    if (set === undefined) {
      problems.push(`${label}: the option ${option} (${by}) is not known to this check; add its requirement set to METADATA_OPTION_REQUIREMENTS`);
      continue;
    }
    const [setName, version] = splitSet(set);
    const have = declared.get(setName);
    if (have === undefined || compareVersions(have, version) < 0) {
      problems.push(`${label}: the option ${option} (${by}) needs ${set}, but <Requirements> declares ${have === undefined ? `no ${setName}` : `${setName} ${have}`}`);
    }
  }
}

/** What every language's metadata must share with the default one, parameter by parameter. */
const PARAMETER_KEYS = ["type", "dimensionality", "optional", "repeating"];

/** A localized twin against the default metadata: same functions, order, names, options, result and parameters. */
function compareMetadata(english, twin, label, twinLabel, problems) {
  const twinIds = twin.functions.map((fn) => fn.id);
  const ids = english.functions.map((fn) => fn.id);
  for (const id of ids) if (!twinIds.includes(id)) problems.push(`${twinLabel} lacks ${id}, which ${label} has`);
  for (const id of twinIds) if (!ids.includes(id)) problems.push(`${twinLabel} has ${id}, which ${label} does not`);
  const common = ids.filter((id) => twinIds.includes(id));
  if (common.join() !== twinIds.filter((id) => ids.includes(id)).join()) problems.push(`${twinLabel} lists the functions in another order than ${label}`);
  const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (const id of common) {
    const fn = english.functions.find((f) => f.id === id);
    const other = twin.functions.find((f) => f.id === id);
    if (fn.name !== other.name) problems.push(`${twinLabel}: ${id} is named "${other.name}", in ${label} "${fn.name}" (a formula must read the same in every language)`);
    if (!same(fn.options, other.options)) problems.push(`${twinLabel}: the options of ${id} differ from ${label}`);
    if (!same(fn.result, other.result)) problems.push(`${twinLabel}: the result of ${id} differs from ${label}`);
    const parameters = fn.parameters ?? [];
    const twinParameters = other.parameters ?? [];
    if (parameters.length !== twinParameters.length) {
      problems.push(`${twinLabel}: ${id} has ${twinParameters.length} parameters, in ${label} ${parameters.length}`);
      continue;
    }
    parameters.forEach((parameter, index) => {
      const differing = PARAMETER_KEYS.filter((key) => !same(parameter[key], twinParameters[index][key]));
      if (differing.length > 0) problems.push(`${twinLabel}: parameter ${index + 1} of ${id} (${parameter.name}) differs from ${label} in ${differing.join(", ")}: out of order or changed`);
    });
  }
}

/** The problems of the build in `dist` (the folder `npm run build` writes) against the manifest text `xml`. */
export function checkBuild(xml, dist) {
  const { problem, root, versionOverrides, resources, host } = parseManifest(xml);
  if (problem !== undefined) return [problem];
  const problems = [];
  const ignored = [];
  const byId = readResources(resources, ignored);
  const base = baseUrl(root);
  const where = dist;

  for (const { label, url, size, conflict, support } of manifestUrls(root, byId, host)) {
    const file = distPath(base, url);
    if (file === undefined) continue;
    const bytes = readIfExists(path.join(dist, file));
    if (bytes === undefined) {
      problems.push(`${label} names ${file}, which is not in ${where}`);
      continue;
    }
    if (conflict !== undefined) problems.push(`${label} (${file}) is used at sizes ${conflict.join(" and ")}; an image has one size`);
    if (size !== undefined) {
      const found = pngSize(bytes);
      if (found === undefined) problems.push(`${label} names ${file}, which is not a PNG image`);
      else if (found.width !== size || found.height !== size) problems.push(`${label} names ${file}, which is ${found.width}×${found.height}, but it is declared at ${size}×${size}`);
    }
    if (support) {
      const html = bytes.toString("utf8");
      if (!/<html[\s>]/i.test(html) || !/<title>[^<]*\S[^<]*<\/title>/i.test(html)) problems.push(`${label} names ${file}, which is not an HTML page with a title`);
    }
  }

  const built = readIfExists(path.join(dist, "manifest.xml"));
  if (built !== undefined) {
    const builtRoot = parseManifest(built.toString("utf8")).root;
    const builtBase = builtRoot === undefined ? undefined : baseUrl(builtRoot);
    const normalize = (text, url) => (url === undefined ? text : text.split(url).join("{base}/"));
    if (normalize(built.toString("utf8"), builtBase) !== normalize(xml, base)) problems.push(`${path.join(where, "manifest.xml")} differs from this manifest: the build is stale (run npm run build)`);
  }

  const extensionPoint = host === undefined ? undefined : customFunctionsPoint(host);
  if (extensionPoint === undefined || versionOverrides === undefined) return problems;
  const pageFile = distPath(base, urlOf(byId, child(child(extensionPoint, "Page"), "SourceLocation")?.attrs.resid) ?? "");
  const scriptFile = distPath(base, urlOf(byId, child(child(extensionPoint, "Script"), "SourceLocation")?.attrs.resid) ?? "");
  const page = pageFile === undefined ? undefined : readIfExists(path.join(dist, pageFile));
  if (page !== undefined) {
    const sources = [...page.toString("utf8").matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]);
    if (!sources.includes(OFFICE_JS_URL)) problems.push(`${pageFile} (the custom functions <Page>) does not load office.js from ${OFFICE_JS_URL}`);
    if (scriptFile !== undefined && !sources.some((source) => distPath(base, new URL(source, new URL(pageFile, base)).href) === scriptFile)) {
      problems.push(`${pageFile} (the custom functions <Page>) does not load ${scriptFile} (the <Script>): a shared runtime runs only what its page loads`);
    }
  }

  const metadataUrls = byId.get(child(child(extensionPoint, "Metadata"), "SourceLocation")?.attrs.resid ?? "");
  if (metadataUrls === undefined || metadataUrls.kind !== "Urls") return problems;
  const namespace = byId.get(child(extensionPoint, "Namespace")?.attrs.resid ?? "")?.element.attrs.DefaultValue ?? "";
  const context = { namespace, declared: declaredSets(root), base, dist };
  const files = localeValues(metadataUrls.element, "").map(([, url]) => distPath(base, url)).filter((file) => file !== undefined);
  const [defaultFile, ...twinFiles] = files;
  if (defaultFile === undefined) return problems;
  const english = readMetadata(path.join(dist, defaultFile), defaultFile, problems);
  if (english !== undefined) checkMetadata(english, defaultFile, context, problems);
  for (const twinFile of twinFiles) {
    const twin = readMetadata(path.join(dist, twinFile), twinFile, problems);
    if (twin === undefined) continue;
    checkMetadata(twin, twinFile, context, problems);
    if (english !== undefined) compareMetadata(english, twin, defaultFile, twinFile, problems);
  }
  return problems;
}

// ---- command line ----------------------------------------------------------------------------------

function summary(xml) {
  const declared = [...declaredSets(parseManifest(xml).root)].map(([name, version]) => `${name} ${version}`).join(", ");
  return `well-formed, resources, ids, https URLs, string lengths and locales, element order, namespace ${EXPECTED_NAMESPACE}, ${EXPECTED_PERMISSIONS}, shared runtime, requirement sets (${declared})`;
}

function main(argv) {
  const args = argv.slice(2);
  const distFlag = args.indexOf("--dist");
  const distArg = distFlag >= 0 ? args.splice(distFlag, 2)[1] : undefined;
  const file = args[0] ?? "manifest.xml";
  const dist = distArg ?? path.join(path.dirname(file), "dist");
  let xml;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read the manifest (${error.message})`);
    return 1;
  }
  const built = existsSync(dist) && statSync(dist).isDirectory();
  const problems = checkManifest(xml);
  if (built && !problems[0]?.startsWith("XML is not well-formed")) problems.push(...checkBuild(xml, dist));
  if (problems.length === 0) {
    const files = built ? `; ${dist}: every referenced file present, icon sizes, the functions page, the metadata files agree` : `; the files in ${dist} were not checked: it does not exist (run npm run build first)`;
    console.log(`${file}: OK — ${summary(xml)}${files}.`);
    return 0;
  }
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  if (!built) console.error(`  (the files in ${dist} were not checked: it does not exist; run npm run build first)`);
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv);
}
