/**
 * The parts that make a workbook open EC Review's task pane for anyone who has the add-in: a
 * `webextension` part naming the add-in (its manifest id and version, and the store it is installed
 * from) with the property `Office.AutoShowTaskpaneWithDocument` = true, and a `taskpanes` part that
 * docks it, both related from the package root. `visibility="0"`: the pane opens only where the
 * add-in is installed already; anyone else sees the workbook as it is, with no prompt.
 *
 * The same as what `Office.context.document.settings.set("Office.AutoShowTaskpaneWithDocument", true)`
 * leaves in a workbook the pane wrote. The manifest's ShowTaskpane action carries the TaskpaneId
 * `Office.AutoShowTaskpaneWithDocument`, which tells Excel which pane to open.
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document,
 * [MS-OWEXML] 2.2.5 WebExtensionReference)
 */
import JSZip from "jszip";
import { addContentTypeOverride, addRelationship } from "./opc-package";
import { escapeXml } from "./xml-markup";

/** EC Review's identity, as manifest.xml declares it (held to it by addin-parts.test.ts). */
export const EC_REVIEW_ADDIN = { id: "9a9c5b9c-33a0-47c4-b1ba-c42990155dab", version: "0.1.0.0" } as const;

/**
 * Where the colleagues' Excel installs the add-in from, as the webextension reference names it:
 * `EXCatalog` (Centralized Deployment, the Microsoft 365 admin center), `Registry` (sideloaded:
 * store "developer"), `FileSystem` (a shared folder catalog: store is its path). AppSource (`OMEX`)
 * needs the add-in's AppSource asset id, which EC Review does not have until it is listed there.
 */
export interface AddinStore {
  readonly storeType: "EXCatalog" | "Registry" | "FileSystem";
  readonly store: string;
}

export const ADDIN_STORES = {
  excatalog: { storeType: "EXCatalog", store: "EXCatalog" },
  registry: { storeType: "Registry", store: "developer" },
} as const satisfies Record<string, AddinStore>;

const WEBEXTENSION_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WEBEXTENSION_TYPES = {
  taskpanesRelationship: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextensionRelationship: "http://schemas.microsoft.com/office/2011/relationships/webextension",
  taskpanesContent: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webextensionContent: "application/vnd.ms-office.webextension+xml",
} as const;

export const TASKPANES_PART = "xl/webextensions/taskpanes.xml";
export const WEBEXTENSION_PART = "xl/webextensions/webextension1.xml";
/** The pane's width when Excel first docks it, in points: a task pane's usual 350 pixels. */
const PANE_WIDTH = 350;

/** The webextension part: the add-in, where it comes from, and the autoopen property. */
export function webextensionXml(store: AddinStore, addin: { readonly id: string; readonly version: string } = EC_REVIEW_ADDIN): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`
    + `<we:webextension xmlns:we="${WEBEXTENSION_NS}" id="{${escapeXml(addin.id.toUpperCase())}}">`
    + `<we:reference id="${escapeXml(addin.id)}" version="${escapeXml(addin.version)}" store="${escapeXml(store.store)}" storeType="${escapeXml(store.storeType)}"/>`
    + `<we:alternateReferences/>`
    + `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>`
    + `<we:bindings/>`
    + `<we:snapshot xmlns:r="${RELATIONSHIPS_NS}"/>`
    + `</we:webextension>`;
}

/** Adds the two parts, their relationships and content types to an .xlsx; returns the new bytes. */
export async function addAddinTaskpane(xlsx: Uint8Array, store: AddinStore): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(WEBEXTENSION_PART, webextensionXml(store));
  const id = await addRelationship(zip, TASKPANES_PART, WEBEXTENSION_TYPES.webextensionRelationship, WEBEXTENSION_PART);
  zip.file(TASKPANES_PART, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`
    + `<wetp:taskpanes xmlns:wetp="${TASKPANES_NS}">`
    + `<wetp:taskpane dockstate="right" visibility="0" width="${PANE_WIDTH}" row="0">`
    + `<wetp:webextensionref xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`
    + `</wetp:taskpane></wetp:taskpanes>`);
  await addRelationship(zip, "", WEBEXTENSION_TYPES.taskpanesRelationship, TASKPANES_PART);
  await addContentTypeOverride(zip, TASKPANES_PART, WEBEXTENSION_TYPES.taskpanesContent);
  await addContentTypeOverride(zip, WEBEXTENSION_PART, WEBEXTENSION_TYPES.webextensionContent);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
