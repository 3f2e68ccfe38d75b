import { describe, expect, it } from "vitest";
import { attributesOf, ensureRootNamespace, escapeXml, insertBeforeRootEnd, rootElement, topLevelChildren, unescapeXml } from "./xml-markup";

describe("escapeXml / unescapeXml", () => {
  it("escapes markup characters, keeps Chinese, drops characters XML forbids", () => {
    expect(escapeXml(`腾讯 & 广点通 <KOL> "引号"\u0001`)).toBe("腾讯 &amp; 广点通 &lt;KOL&gt; &quot;引号&quot;");
    expect(unescapeXml("Ch &amp; Ads &lt;&#x4E2D;&#25991;&gt; &apos;q&apos;")).toBe("Ch & Ads <中文> 'q'");
  });
});

describe("topLevelChildren", () => {
  it("lists the root's direct children, skipping comments, PIs and nested elements", () => {
    const xml = `<?xml version="1.0"?><!-- c --><root a="1"><one/><two x="a>b"><one/><two/></two><?pi x?><three>t</three></root>`;
    const children = topLevelChildren(xml);
    expect(children.map((c) => c.qname)).toEqual(["one", "two", "three"]);
    expect(xml.slice(children[1].start, children[1].end)).toBe(`<two x="a>b"><one/><two/></two>`);
    expect(attributesOf(xml, children[1]).get("x")).toBe("a>b");
  });

  it("jumps over the content of skipContentOf elements", () => {
    const xml = `<ws><sheetData><row><c><v>1</v></c></row></sheetData><drawing/></ws>`;
    expect(topLevelChildren(xml, { skipContentOf: ["sheetData"] }).map((c) => c.localName)).toEqual(["sheetData", "drawing"]);
  });
});

describe("ensureRootNamespace / insertBeforeRootEnd", () => {
  it("reuses a bound prefix, or declares one that is free", () => {
    expect(ensureRootNamespace(`<a:r xmlns:a="urn:a"/>`, "urn:a", "x")).toEqual({ xml: `<a:r xmlns:a="urn:a"/>`, prefix: "a" });
    expect(ensureRootNamespace(`<r xmlns:x="urn:other"></r>`, "urn:a", "x")).toEqual({ xml: `<r xmlns:x="urn:other" xmlns:x2="urn:a"></r>`, prefix: "x2" });
  });

  it("appends inside the root, expanding an empty root", () => {
    expect(insertBeforeRootEnd(`<?xml version="1.0"?>\n<Types xmlns="t"/>`, "<O/>")).toBe(`<?xml version="1.0"?>\n<Types xmlns="t"><O/></Types>`);
    expect(insertBeforeRootEnd(`<T><a/></T>\n`, "<O/>")).toBe(`<T><a/><O/></T>\n`);
    expect(rootElement(`<!-- x --><p:r/>`).localName).toBe("r");
  });
});
