/**
 * Offline check of the add-in only (XML) manifest: `node scripts/validate-manifest.mjs manifest.xml`.
 * Microsoft's validator (`office-addin-manifest validate`) calls an online service; this one needs
 * no network and checks what breaks sideloading most often, with the limits of the manifest schema
 * (https://learn.microsoft.com/javascript/api/manifest/ and the XSDs it links):
 *
 * - the XML is well-formed;
 * - child elements appear in schema order (the schema is order-sensitive) and required ones exist;
 * - every `resid` names a resource of the right kind (image, URL, short or long string), is at
 *   most 32 characters, and every resource id is defined once;
 * - every URL is https and at most 2048 characters;
 * - DisplayName and ShortStrings are 1–125 characters, Description and LongStrings 1–250;
 * - Override `Locale` values are culture names;
 * - the Id is a GUID, Permissions is ReadWriteDocument, the custom functions namespace is EC;
 * - the shared runtime is wired: one long-lived Runtime whose resid the functions page, the task
 *   pane button and the function file all use, and the SharedRuntime requirement set;
 * - the custom functions metadata has a zh-CN override.
 *
 * `checkManifest(xml)` returns the problems as sentences; the command line prints them and exits 1.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const EXPECTED_NAMESPACE = "EC";
export const EXPECTED_PERMISSIONS = "ReadWriteDocument";
export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;
export const RESID_MAX = 32;
export const URL_MAX = 2048;

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

function checkSharedRuntime(root, host, problems) {
  const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`shared runtime: expected one <Runtime> in the Workbook host, found ${runtimes.length}`);
    return;
  }
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") problems.push(`shared runtime: <Runtime> lifetime is "${runtime.attrs.lifetime ?? "short"}", expected "long"`);
  const sets = [...descendants(child(root, "Requirements") ?? { children: [] })].filter((e) => e.local === "Set");
  if (!sets.some((set) => set.attrs.Name === "SharedRuntime")) problems.push("shared runtime: the SharedRuntime requirement set is missing from <Requirements>");

  const customFunctions = childrenNamed(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  const users = [
    ["the custom functions <Page>", child(child(customFunctions, "Page"), "SourceLocation")],
    ["<FunctionFile>", child(child(host, "DesktopFormFactor"), "FunctionFile")],
    ...[...descendants(host)]
      .filter((e) => e.local === "Action" && e.attrs["xsi:type"] === "ShowTaskpane")
      .map((action) => ["the ShowTaskpane action", child(action, "SourceLocation")]),
  ];
  for (const [what, element] of users) {
    if (element && element.attrs.resid !== runtime.attrs.resid) {
      problems.push(`shared runtime: ${what} uses resid "${element.attrs.resid}", but the Runtime uses "${runtime.attrs.resid}"`);
    }
  }
}

function checkCustomFunctions(host, byId, problems) {
  const extensionPoint = childrenNamed(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
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

/** The problems found in the manifest text `xml`; an empty list when there are none. */
export function checkManifest(xml) {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return [`XML is not well-formed: ${msg} (line ${line}, column ${col})`];
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false, trimValues: true });
  const root = toElements(parser.parse(xml)).find((e) => e.local === "OfficeApp");
  if (root === undefined) return ["the root element is not <OfficeApp>"];

  const problems = [];
  checkBaseManifest(root, problems);
  checkLocales(root, problems);

  const versionOverrides = child(root, "VersionOverrides");
  if (versionOverrides === undefined) {
    problems.push("missing <VersionOverrides> (custom functions, ribbon button and shared runtime live there)");
    return problems;
  }
  checkOrder(versionOverrides, "VersionOverrides", ORDER.VersionOverrides, ["Hosts", "Resources"], problems);
  const resources = child(versionOverrides, "Resources");
  if (resources) checkOrder(resources, "Resources", ORDER.Resources, [], problems);
  const byId = readResources(resources, problems);
  checkResources(byId, problems);
  checkResids(versionOverrides, byId, problems);
  checkControlIds(versionOverrides, problems);

  const host = childrenNamed(child(versionOverrides, "Hosts"), "Host").find((e) => e.attrs["xsi:type"] === "Workbook");
  if (host === undefined) {
    problems.push("missing the Workbook <Host> in <VersionOverrides>");
    return problems;
  }
  checkOrder(host, "Host Workbook", ORDER.Host, [], problems);
  const desktop = child(host, "DesktopFormFactor");
  if (desktop) checkOrder(desktop, "DesktopFormFactor", ORDER.DesktopFormFactor, ["ExtensionPoint"], problems);
  checkCustomFunctions(host, byId, problems);
  checkSharedRuntime(root, host, problems);
  return problems;
}

function main(argv) {
  const file = argv[2] ?? "manifest.xml";
  let xml;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read the manifest (${error.message})`);
    return 1;
  }
  const problems = checkManifest(xml);
  if (problems.length === 0) {
    console.log(`${file}: OK — well-formed, resources, ids, https URLs, string lengths, element order, namespace ${EXPECTED_NAMESPACE}, ${EXPECTED_PERMISSIONS}, shared runtime.`);
    return 0;
  }
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv);
}
