/**
 * A header as the dictionary compares it: full-width characters made half-width (NFKC, so
 * `（元）` is `(元)` and `ＳＫＵ` is `SKU`), lower case, bracketed qualifiers and units dropped
 * (`商品数量(件)`, `支付金额（元）`, `Amount Spent (CNY)`, `【必填】`), and white space, currency
 * signs and punctuation removed, so that `Order_Number`, `order number` and `Order-Number` are one.
 *
 * @example normalizeHeader("用户实付金额（元）") // "用户实付金额"
 * @example normalizeHeader(" Lineitem SKU ") // "lineitemsku"
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(BRACKETED, "")
    .replace(DROPPED, "");
}

/**
 * The parts of a header that names alternatives (`花费/消耗`, `UV|访客数`, `金额/元`), each
 * normalised; a single element when the header names one thing.
 */
export function headerAlternatives(text: string): string[] {
  const parts = text.normalize("NFKC").split(ALTERNATIVE_SEPARATOR);
  if (parts.length < 2) return [normalizeHeader(text)];
  return parts.map(normalizeHeader).filter((part) => part.length > 0);
}

// Brackets after NFKC: () [] {} <> stay ASCII; 【】〔〕《》「」 have no half-width form.
const BRACKETED = /[([{<【〔《「][^)\]}>】〕》」]*[)\]}>】〕》」]/g;
const DROPPED = /[\s_\-.:;,!?*'"`~^=+·•、，。；！？|\\¥$€£%]/g;
const ALTERNATIVE_SEPARATOR = /[/|]/;
