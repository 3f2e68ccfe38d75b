import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { numberFormats, type SheetLayout } from "../review/sheet-layout";
import { ADDIN_STORES, EC_REVIEW_ADDIN, TASKPANES_PART, WEBEXTENSION_PART, WEBEXTENSION_TYPES } from "./addin-parts";
import { readRelationships } from "./opc-package";
import { writeReviewWorkbook } from "./write-review-workbook";

const MANIFEST = readFileSync(fileURLToPath(new URL("../../manifest.xml", import.meta.url)), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });

const LAYOUT: SheetLayout = {
  name: "运营复盘", cells: [{ row: 0, column: 0, value: "运营复盘" }, { row: 1, column: 0, value: 1234.5 }], merges: [], columnWidths: [20],
  conditionalFormats: [], charts: [], numberFormats: numberFormats("CNY", "zh-CN"), frozenRows: 0,
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
};

describe("the add-in named in the review workbook", () => {
  it("is EC Review as manifest.xml declares it, whose task pane opens with a tagged document", () => {
    expect(MANIFEST).toContain(`<Id>${EC_REVIEW_ADDIN.id}</Id>`);
    expect(MANIFEST).toContain(`<Version>${EC_REVIEW_ADDIN.version}</Version>`);
    // The ShowTaskpane action Excel opens for a document tagged Office.AutoShowTaskpaneWithDocument.
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>Office\.AutoShowTaskpaneWithDocument<\/TaskpaneId>/);
  });

  it("is written as a webextension part with the autoopen property and a taskpane part docking it, related and typed", async () => {
    const xlsx = await writeReviewWorkbook({ review: LAYOUT, addinStore: ADDIN_STORES.excatalog });
    const zip = await JSZip.loadAsync(xlsx);
    const webextension = await zip.file(WEBEXTENSION_PART)!.async("string");
    const taskpanes = await zip.file(TASKPANES_PART)!.async("string");
    expect(XMLValidator.validate(webextension)).toBe(true);
    expect(XMLValidator.validate(taskpanes)).toBe(true);

    const extension = parser.parse(webextension).webextension;
    expect(extension.reference).toEqual({ "@id": EC_REVIEW_ADDIN.id, "@version": EC_REVIEW_ADDIN.version, "@store": "EXCatalog", "@storeType": "EXCatalog" });
    expect(extension.properties.property).toEqual({ "@name": "Office.AutoShowTaskpaneWithDocument", "@value": "true" });
    const pane = parser.parse(taskpanes).taskpanes.taskpane;
    // Opened only where the add-in is installed: no prompt to install it for anyone else.
    expect(pane["@visibility"]).toBe("0");

    const paneTarget = (await readRelationships(zip, "")).find((relationship) => relationship.type === WEBEXTENSION_TYPES.taskpanesRelationship);
    expect(paneTarget?.target).toBe(TASKPANES_PART);
    const extensionRelationship = (await readRelationships(zip, TASKPANES_PART)).find((relationship) => relationship.id === pane.webextensionref["@id"]);
    expect(extensionRelationship).toMatchObject({ type: WEBEXTENSION_TYPES.webextensionRelationship, target: "webextension1.xml" });
    const contentTypes = await zip.file("[Content_Types].xml")!.async("string");
    expect(contentTypes).toContain(`<Override PartName="/${TASKPANES_PART}" ContentType="${WEBEXTENSION_TYPES.taskpanesContent}"/>`);
    expect(contentTypes).toContain(`<Override PartName="/${WEBEXTENSION_PART}" ContentType="${WEBEXTENSION_TYPES.webextensionContent}"/>`);

    // The workbook itself is as before: ExcelJS reads the review sheet back.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    expect(book.getWorksheet("运营复盘")?.getCell("A2").value).toBe(1234.5);
  });

  it("names the store the colleagues install from, and nothing at all when not asked", async () => {
    const shared = await JSZip.loadAsync(await writeReviewWorkbook({ review: LAYOUT, addinStore: { storeType: "FileSystem", store: "\\\\fileserver\\addins" } }));
    expect(parser.parse(await shared.file(WEBEXTENSION_PART)!.async("string")).webextension.reference).toMatchObject({ "@store": "\\\\fileserver\\addins", "@storeType": "FileSystem" });
    const plain = await JSZip.loadAsync(await writeReviewWorkbook({ review: LAYOUT }));
    expect(Object.keys(plain.files).filter((name) => name.includes("webextension"))).toEqual([]);
    expect((await readRelationships(plain, "")).map((relationship) => relationship.type)).not.toContain(WEBEXTENSION_TYPES.taskpanesRelationship);
  });
});
