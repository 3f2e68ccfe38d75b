/**
 * Reading and extending the Open Packaging Conventions layer of an .xlsx held in a JSZip:
 * part names, relationship parts (`_rels/*.rels`) and `[Content_Types].xml`.
 * See ECMA-376 Part 2 (OPC) for the rules followed here: part names are absolute paths inside the
 * package, a relationship's Target is relative to the folder of its source part unless it starts
 * with "/".
 */
import type JSZip from "jszip";
import { attributesOf, escapeXml, insertBeforeRootEnd, topLevelChildren } from "./xml-markup";

export const RELATIONSHIP_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One relationship of a source part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationship part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePart` points to, as a zip path (no leading "/"). */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The Target to write in `sourcePart`'s rels for `targetPart`: `../charts/chart1.xml`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** Reads a part as text; throws when the package has no such part. */
export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The package has no part ${path}`);
  return file.async("string");
}

/** The relationships of `sourcePart` (none when it has no rels part). */
export async function readRelationships(zip: JSZip, sourcePart: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(sourcePart));
  if (!file) return [];
  const xml = await file.async("string");
  return topLevelChildren(xml)
    .filter((child) => child.localName === "Relationship")
    .map((child) => {
      const attributes = attributesOf(xml, child);
      return {
        id: attributes.get("Id") ?? "",
        type: attributes.get("Type") ?? "",
        target: attributes.get("Target") ?? "",
        external: attributes.get("TargetMode") === "External",
      };
    });
}

/**
 * Adds a relationship to `sourcePart`'s rels part (creating it when missing) and returns its Id,
 * the first `rIdN` not yet used there.
 */
export async function addRelationship(zip: JSZip, sourcePart: string, type: string, targetPart: string): Promise<string> {
  const relsPath = relsPathOf(sourcePart);
  const existing = await readRelationships(zip, sourcePart);
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(sourcePart, targetPart))}"/>`;
  const file = zip.file(relsPath);
  if (file) {
    zip.file(relsPath, insertBeforeRootEnd(await file.async("string"), entry));
  } else {
    zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${entry}</Relationships>`);
  }
  return id;
}

/** Adds an Override for `partPath` to `[Content_Types].xml` unless one is there already. */
export async function addContentTypeOverride(zip: JSZip, partPath: string, contentType: string): Promise<void> {
  const xml = await readPart(zip, "[Content_Types].xml");
  const partName = `/${partPath}`;
  const present = topLevelChildren(xml).some(
    (child) => child.localName === "Override" && attributesOf(xml, child).get("PartName")?.toLowerCase() === partName.toLowerCase(),
  );
  if (present) return;
  zip.file("[Content_Types].xml", insertBeforeRootEnd(xml, `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`));
}

/**
 * The next free number for parts named `<folder>/<stem>N.xml`: one more than the largest present,
 * so parts this module adds never collide with parts already in the package.
 */
export function nextPartNumber(zip: JSZip, folder: string, stem: string): number {
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  let max = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) max = Math.max(max, Number(match[1]));
  });
  return max + 1;
}

/** The workbook part's path, found through the package relationships (`_rels/.rels`). */
export async function workbookPartPath(zip: JSZip): Promise<string> {
  const relationships = await readRelationships(zip, "");
  const main = relationships.find((r) => r.type === RELATIONSHIP_TYPES.officeDocument);
  if (!main) throw new Error("The package has no officeDocument relationship; is it an .xlsx?");
  return resolveTarget("", main.target);
}
