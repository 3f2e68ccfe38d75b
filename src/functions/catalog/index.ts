/**
 * The `EC.` function catalog: every function, in the order Excel, the pane and the README list
 * them. Adding a function is one entry here (with its test) and its one-line export in
 * functions.ts, which `npx vitest run src/functions/catalog -u` writes from this list.
 */
import type { FunctionEntry } from "./function-entry";
import { AOV, CHANNELS, GMV, ORDERS, PRICEBANDS, REPURCHASE, RETENTION, RFM } from "./order-functions";
import { MARGIN, MARGINBAND, PRICEFORMARGIN, SLOWMOVING } from "./product-functions";
import { ABTEST, ATTAINMENT, CAC, CONVERSION, GROWTH, ROI } from "./rate-functions";
import { BASKET, THRESHOLD } from "./basket-functions";
import { EXPERIMENT, FIRSTPRODUCT } from "./driver-functions";
import { FULFILMENT } from "./fulfilment-functions";
import { ATTRIBUTION } from "./attribution-functions";

export { AOV, CHANNELS, GMV, ORDERS, PRICEBANDS, REPURCHASE, RETENTION, RFM, MARGIN, MARGINBAND, PRICEFORMARGIN, SLOWMOVING, ABTEST, ATTAINMENT, CAC, CONVERSION, GROWTH, ROI, BASKET, THRESHOLD, FIRSTPRODUCT, EXPERIMENT, FULFILMENT, ATTRIBUTION };

export const FUNCTION_CATALOG: readonly FunctionEntry[] = [
  GMV, AOV, ORDERS, MARGIN, MARGINBAND, PRICEFORMARGIN, PRICEBANDS, ROI, CAC, ATTRIBUTION, CONVERSION, REPURCHASE, FIRSTPRODUCT, RETENTION, GROWTH, ATTAINMENT, ABTEST, EXPERIMENT, RFM, SLOWMOVING, CHANNELS, BASKET, THRESHOLD, FULFILMENT,
] as readonly FunctionEntry[];
