/**
 * A stand-in for Excel in tests of excel-workbook.ts: the part of the office.js object model the
 * gateway uses, over a small in-memory workbook, that records every call and every sync.
 *
 * - Loading follows office.js: a property is readable only after `load` and `context.sync()`.
 *   Each load is answered by an office-addin-mock `OfficeMockObject` built from the workbook at
 *   that point, so reading a property that was not loaded, or before the sync, gives
 *   office-addin-mock's error text instead of data.
 * - office-addin-mock holds fixed data and cannot create objects on demand, load `items/…` of
 *   collections, or model charts, conditional formats, custom properties, custom XML parts or
 *   page layout. Those are plain objects whose methods and property setters record the call;
 *   writes (formats, charts, page setup) record into nodes of the sheet they belong to.
 * - Commands run only at `context.sync()`, in the order queued; a failing command rejects the
 *   sync with an error whose `code` is Excel's (`ItemNotFound`, `InvalidArgument` …) and drops
 *   the rest of the batch. Each sync's request (the values and arguments sent) and response (the
 *   values loaded) are measured as JSON with non-ASCII characters escaped, and a sync over Excel on
 *   the web's 5 MB is refused as Excel refuses it.
 * - Like Excel, a string written to `Range.values` that starts with "=", "+" or "-" becomes a
 *   formula unless the cell's number format is Text ("@"); one that starts with an apostrophe is
 *   the text after it.
 * - Formula cells show the result `MockSheet.setFormula` gives them (`values`, `valueTypes`; 0
 *   for a formula written without one), and a result of several cells spills; `getSpecialCellsOrNullObject("Formulas")`,
 *   `getSpillingToRangeOrNullObject`, and the sheets' notes and comments are modelled for the
 *   share actions (ec-formulas.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, a1Range } from "../../src/review/sheet-layout";
import { parseRangeAddress, type CellBounds } from "../../src/review/sheet-layout";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel on the web refuses a request or a response over 5 MB. */
export const EXCEL_ON_THE_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What office.js rejects a sync with. */
export class ExcelApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** JSON bytes with every non-ASCII character escaped as `\uXXXX`: the largest form in transit. */
export function escapedJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "null";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) bytes += json.charCodeAt(i) > 0x7e ? 6 : 1;
  return bytes;
}

export interface RecordedCall {
  /** Index of the sync that sent it. */
  readonly sync: number;
  /** The sheet the call acts on (its name when the call was made), null for workbook-level calls. */
  readonly sheet: string | null;
  /** The object called, e.g. `worksheet(运营复盘).getRange(A1:K5)`. */
  readonly target: string;
  readonly member: string;
  readonly kind: "set" | "call";
  readonly payload: unknown;
}

export interface SyncRecord {
  readonly index: number;
  readonly calls: number;
  readonly loads: number;
  /** Bytes of the values and arguments sent. */
  readonly requestBytes: number;
  /** Bytes of the values loaded. */
  readonly responseBytes: number;
}

export interface CellState {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
}

/** What was set and called on an object the stand-in does not model further (a chart, a series, the page layout …). */
export interface RecordNode {
  readonly props: Record<string, unknown>;
  readonly calls: { member: string; args: unknown[] }[];
}

export interface MockChart extends RecordNode {
  readonly type: string;
  readonly source: RangeReference;
  readonly seriesBy: unknown;
  readonly series: RecordNode[];
}

export interface MockConditionalFormat extends RecordNode {
  readonly type: string;
  readonly range: string;
}

let nextSheetId = 1;

export class MockSheet {
  /** Stays with the sheet through renames and moves, as Excel's worksheet id does. */
  readonly id = `{sheet-${nextSheetId++}}`;
  visibility = "Visible";
  deleted = false;
  /** Cells written through the API, by "row:column". */
  readonly cells = new Map<string, CellState>();
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly charts: MockChart[] = [];
  readonly conditionalFormats: MockConditionalFormat[] = [];
  readonly merges: string[] = [];
  /** Range format properties set, in order. */
  readonly formats: { address: string; path: string; value: unknown }[] = [];
  readonly pageLayout: RecordNode = { props: {}, calls: [] };
  /** Manual page breaks (`horizontalPageBreaks`): the 0-based rows that start a page, in the order added. */
  readonly rowBreaks: number[] = [];
  frozenRows = 0;
  showGridlines = true;

  /**
   * What Excel shows in formula cells (the stand-in does not calculate): a formula's result by
   * "row:column", set by `setFormula`. A formula cell without one shows its formula's text.
   */
  readonly results = new Map<string, unknown>();
  /** Spilled results: the formula's cell ("row:column") → the range its result fills, that cell first. */
  readonly spills = new Map<string, CellBounds>();
  /** Notes on cells (ExcelApi 1.18), by "row:column". */
  readonly notes = new Map<string, string>();
  /** Comments on cells (ExcelApi 1.10), by "row:column". */
  readonly comments = new Map<string, string>();
  /**
   * How the cells a formula spills into report their formula: their value (false), or the formula
   * of the cell that spills into them (true). Excel's documentation does not say; code that lists
   * formulas must work either way.
   */
  spilledCellsReportFormula = false;

  constructor(public name: string, readonly grid: unknown[][] = []) {}

  /**
   * Puts a formula with the result it shows into a cell ("C7"): a result of more than one cell is
   * spilled from it, as a dynamic array is, into the cells below and to the right.
   */
  setFormula(address: string, formula: string, result: unknown): void {
    const { top, left } = parseRangeAddress(address);
    this.cells.set(`${top}:${left}`, { formula });
    if (Array.isArray(result)) {
      const rows = result as unknown[][];
      this.spills.set(`${top}:${left}`, { top, left, bottom: top + rows.length - 1, right: left + rows[0].length - 1 });
      rows.forEach((cells, r) => cells.forEach((value, c) => this.results.set(`${top + r}:${left + c}`, value)));
    } else {
      this.results.set(`${top}:${left}`, result);
    }
  }

  /** The spill that covers a cell it did not start from, if any. */
  spillOver(row: number, column: number): { anchor: string; bounds: CellBounds } | null {
    for (const [anchor, bounds] of this.spills) {
      if (anchor !== `${row}:${column}` && row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right) return { anchor, bounds };
    }
    return null;
  }

  /** What `Range.formulas` gives for a cell: its formula, else its value. */
  valueAt(row: number, column: number): unknown {
    const written = this.cells.get(`${row}:${column}`);
    if (written !== undefined && (written.value !== undefined || written.formula !== undefined)) return written.formula ?? written.value;
    const value = this.grid[row]?.[column];
    if (value !== null && value !== undefined && value !== "") return value;
    const spill = this.spillOver(row, column);
    if (spill !== null) return this.spilledCellsReportFormula ? this.cells.get(spill.anchor)?.formula ?? "" : this.results.get(`${row}:${column}`) ?? "";
    return "";
  }

  /**
   * What `Range.values` gives for a cell: a formula's result where `setFormula` set one; 0 for a
   * formula written without one (the stand-in does not calculate); else as `valueAt`.
   */
  shownAt(row: number, column: number): unknown {
    const key = `${row}:${column}`;
    const written = this.cells.get(key);
    if (written?.formula !== undefined) return this.results.has(key) ? this.results.get(key) : 0;
    if (written === undefined && (this.grid[row]?.[column] ?? "") === "" && this.spillOver(row, column) !== null) return this.results.get(key) ?? "";
    return this.valueAt(row, column);
  }

  /** A cell's content was replaced: the result it showed, and a spill it started, are gone. */
  forgetResult(row: number, column: number): void {
    const key = `${row}:${column}`;
    this.results.delete(key);
    const spill = this.spills.get(key);
    if (spill === undefined) return;
    this.spills.delete(key);
    for (let r = spill.top; r <= spill.bottom; r++) for (let c = spill.left; c <= spill.right; c++) this.results.delete(`${r}:${c}`);
  }

  /** The used range, values only. */
  usedBounds(): CellBounds | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (row: number, column: number) => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    };
    this.grid.forEach((cells, row) => cells.forEach((value, column) => {
      if (value !== null && value !== undefined && value !== "") take(row, column);
    }));
    for (const [key, cell] of this.cells) {
      if ((cell.value !== undefined && cell.value !== "") || cell.formula !== undefined) {
        const [row, column] = key.split(":").map(Number);
        take(row, column);
      }
    }
    for (const spill of this.spills.values()) {
      take(spill.top, spill.left);
      take(spill.bottom, spill.right);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface MockTable {
  readonly name: string;
  readonly sheet: MockSheet;
  /** e.g. "A1:C10", header included. */
  readonly address: string;
  readonly showTotals: boolean;
}

/** "B:K", "3:5", "A1", "$A$1:$B$2" as bounds. */
function boundsOf(address: string): CellBounds {
  const plain = address.replace(/\$/g, "");
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(plain);
  if (columns) {
    const { left } = parseRangeAddress(`${columns[1]}1`);
    const { left: right } = parseRangeAddress(`${columns[2]}1`);
    return { top: 0, bottom: MAX_ROWS - 1, left, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLUMNS - 1 };
  return parseRangeAddress(plain);
}

/** As Excel writes a sheet name in an address: quoted when it holds anything but letters, digits, "_" and ".". */
const quoteSheet = (name: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Excel's error values, as `Range.values` gives them. */
const ERROR_VALUES = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** `Range.valueTypes` of a value. */
function valueTypeOf(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return typeof value === "string" && ERROR_VALUES.test(value) ? "Error" : "String";
}

/** True when `inner` lies within `outer`. */
const within = (inner: CellBounds, outer: CellBounds) =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/** office-addin-mock's answer to reading a property that was not loaded. */
const NOT_LOADED = "Error, property was not loaded";

interface Pending {
  readonly call: Omit<RecordedCall, "sync"> | null;
  /** Runs the command; returns the OfficeMockObjects that answer loads. */
  readonly run: () => OfficeMockObject[] | void;
  /** Bytes of the loaded values, measured after the sync. */
  readonly measure?: () => number;
  /** Forgets the answer when Excel refuses the response. */
  readonly refuse?: () => void;
}

/** How a loadable object answers a load when its batch runs. */
interface Answerer {
  answer(names: readonly string[]): OfficeMockObject;
  bytes(): number;
  refuse(): void;
}

const ANSWERER = Symbol("answerer");
const RANGE_REFERENCE = Symbol("range reference");

/** A range passed to a chart: its sheet (renames followed) and address. */
export class RangeReference {
  constructor(readonly sheet: MockSheet | null, readonly address: string) {}

  toString(): string {
    return `${quoteSheet(this.sheet?.name ?? "?")}!${this.address}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

export interface RecordingExcelInit {
  readonly sheets: readonly { name: string; grid?: unknown[][]; visibility?: string; customProperties?: Record<string, string> }[];
  readonly tables?: readonly { name: string; sheet: string; address: string; showTotals?: boolean }[];
}

type Loadable = Record<string, unknown> & { load(properties?: string | string[]): unknown; [ANSWERER]: Answerer };

/** "a, b" or ["a", "b"] as names, "items/" paths cut to their item property. */
function propertyNames(properties: string | readonly string[] | undefined): string[] {
  const list = Array.isArray(properties) ? properties : String(properties ?? "").split(",");
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

export class RecordingExcel {
  readonly sheets: MockSheet[] = [];
  readonly tables: MockTable[] = [];
  readonly xmlParts: { id: string; xml: string }[] = [];
  activeSheet: MockSheet | null = null;
  /** The selected range of the active sheet, 0-based: its top-left cell, and its size (one cell when not given). */
  selection: { row: number; column: number; rows?: number; columns?: number } = { row: 0, column: 0 };
  /** When true, `getSpecialCells` fails as Excel's may (too many areas), so that the fallback is tested. */
  specialCellsFail = false;
  readonly calls: RecordedCall[] = [];
  readonly syncs: SyncRecord[] = [];
  /** The most a request or a response may take before the sync is refused. */
  payloadLimit = EXCEL_ON_THE_WEB_PAYLOAD_LIMIT;
  private pending: Pending[] = [];
  private nextPartId = 1;

  constructor(init: RecordingExcelInit) {
    for (const sheet of init.sheets) {
      const mock = new MockSheet(sheet.name, sheet.grid ?? []);
      if (sheet.visibility !== undefined) mock.visibility = sheet.visibility;
      for (const [key, value] of Object.entries(sheet.customProperties ?? {})) mock.customProperties.set(key.toLowerCase(), { key, value });
      this.sheets.push(mock);
    }
    for (const table of init.tables ?? []) {
      this.tables.push({ name: table.name, sheet: this.sheet(table.sheet), address: table.address, showTotals: table.showTotals ?? false });
    }
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** The global `Excel` for the code under test. */
  get api(): { run<T>(batch: (context: unknown) => Promise<T>): Promise<T> } {
    return {
      run: async <T>(batch: (context: unknown) => Promise<T>) => {
        const result = await batch(this.context());
        if (this.pending.length > 0) throw new Error(`Excel.run ended with ${this.pending.length} commands queued but never synced`);
        return result;
      },
    };
  }

  /** The sheet of that name (ignoring case), not deleted. */
  sheet(name: string): MockSheet {
    const found = this.findSheet(name);
    if (found === undefined) throw new Error(`no sheet "${name}"`);
    return found;
  }

  findSheet(name: string): MockSheet | undefined {
    return this.sheets.find((sheet) => !sheet.deleted && sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Calls made on a sheet (by its name at the time). */
  callsOn(sheetName: string): RecordedCall[] {
    return this.calls.filter((call) => call.sheet === sheetName);
  }

  // ---- batching ------------------------------------------------------------------------------

  private queue(call: Omit<RecordedCall, "sync"> | null, run: Pending["run"], measure?: Pending["measure"], refuse?: Pending["refuse"]): void {
    this.pending.push({ call, run, measure, refuse });
  }

  private async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const index = this.syncs.length;
    const requestBytes = batch.reduce((sum, entry) => sum + (entry.call === null ? 0 : escapedJsonBytes([entry.call.target, entry.call.member, entry.call.payload])), 0);
    const record = { index, calls: batch.filter((entry) => entry.call !== null).length, loads: batch.filter((entry) => entry.measure !== undefined).length, requestBytes, responseBytes: 0 };
    this.syncs.push(record);
    if (requestBytes > this.payloadLimit) throw new ExcelApiError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    const answers: OfficeMockObject[] = [];
    for (const entry of batch) {
      if (entry.call !== null) this.calls.push({ ...entry.call, sync: index });
      const created = entry.run();
      if (created) answers.push(...created);
    }
    await Promise.all(answers.map((answer) => answer.sync()));
    await new Promise((resolve) => setImmediate(resolve));
    const responseBytes = batch.reduce((sum, entry) => sum + (entry.measure?.() ?? 0), 0);
    this.syncs[index] = { ...record, responseBytes };
    if (responseBytes > this.payloadLimit) {
      for (const entry of batch) entry.refuse?.();
      throw new ExcelApiError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
  }

  /**
   * An object whose `names` are readable after load and sync: each load is answered by an
   * OfficeMockObject built from `facts()` when the batch runs.
   */
  private loadable<T extends object>(
    target: string, names: readonly string[], facts: (loaded: readonly string[]) => Record<string, unknown> | Error, shape: T, options: { nullable?: () => boolean } = {},
  ): T & Loadable {
    const object = shape as T & Loadable;
    const loaded = new Set<string>();
    let answer: OfficeMockObject | undefined;
    let isNull: boolean | undefined;
    const answerer: Answerer = {
      answer: (list) => {
        for (const name of list) loaded.add(name);
        const data = facts([...loaded]);
        if (data instanceof Error) throw data;
        answer = new OfficeMockObject(data);
        answer.load([...loaded]);
        isNull = options.nullable?.() ?? false;
        return answer;
      },
      bytes: () => (answer === undefined ? 0 : escapedJsonBytes([...loaded].map((name) => (answer as Record<string, unknown>)[name]))),
      refuse: () => {
        answer = undefined;
      },
    };
    Object.defineProperty(object, ANSWERER, { value: answerer });
    object.load = (properties?: string | string[]) => {
      const list = propertyNames(properties);
      this.queue(null, () => [answerer.answer(list)], answerer.bytes, answerer.refuse);
      return object;
    };
    for (const name of names) {
      Object.defineProperty(object, name, {
        configurable: true,
        enumerable: true,
        get: () => (answer === undefined ? NOT_LOADED : (answer as Record<string, unknown>)[name]),
      });
    }
    Object.defineProperty(object, "isNullObject", {
      configurable: true,
      get: () => {
        if (isNull === undefined) throw new Error(`${target}: isNullObject read before load and context.sync()`);
        return isNull;
      },
    });
    return object;
  }

  /** A property setter that queues the write. */
  private setter(object: object, name: string, call: () => Omit<RecordedCall, "sync" | "member" | "kind" | "payload">, apply: (value: unknown) => void, read?: () => unknown): void {
    const previous = Object.getOwnPropertyDescriptor(object, name);
    Object.defineProperty(object, name, {
      configurable: true,
      enumerable: true,
      get: read ?? previous?.get ?? (() => undefined),
      set: (value: unknown) => this.queue({ ...call(), member: name, kind: "set", payload: value }, () => apply(value)),
    });
  }

  /**
   * An object that records every property set and method call under it into `node`: for the
   * parts the stand-in does not model (formats, chart parts, page layout).
   */
  private recorder(node: RecordNode, sheet: () => MockSheet | null, target: string, path = "", special: (member: string, args: unknown[]) => unknown = () => undefined): unknown {
    const join = (name: string) => (path === "" ? name : `${path}.${name}`);
    const fn = function () {};
    return new Proxy(fn, {
      get: (_, property) => {
        if (typeof property === "symbol" || property === "then" || property === "toJSON") return undefined;
        return this.recorder(node, sheet, target, join(property), special);
      },
      set: (_, property, value) => {
        if (typeof property === "symbol") return false;
        const member = join(property);
        this.queue({ sheet: sheet()?.name ?? null, target, member, kind: "set", payload: value }, () => {
          this.checkSheet(sheet());
          node.props[member] = value;
        });
        return true;
      },
      apply: (_, __, args: unknown[]) => {
        const made = special(path, args);
        if (made !== undefined) return made;
        this.queue({ sheet: sheet()?.name ?? null, target, member: path, kind: "call", payload: args }, () => {
          this.checkSheet(sheet());
          for (const arg of args) this.checkReference(this.describe(arg));
          node.calls.push({ member: path, args: args.map((arg) => this.describe(arg)) });
        });
        return this.recorder(node, sheet, target, `${path}(${args.map((arg) => String(this.describe(arg))).join(",")})`, special);
      },
    });
  }

  /** A range argument must be on a sheet that exists when the batch runs. */
  private checkReference(value: unknown): void {
    if (value instanceof RangeReference && (value.sheet === null || value.sheet.deleted)) {
      throw new ExcelApiError("ItemNotFound", `the range ${value.toString()} is on no sheet`);
    }
  }

  private checkSheet(sheet: MockSheet | null): void {
    if (sheet?.deleted) throw new ExcelApiError("ItemNotFound", `sheet "${sheet.name}" was deleted`);
  }

  /** Ranges passed as arguments are recorded as references that follow their sheet's renames. */
  private describe(value: unknown): unknown {
    if (typeof value === "object" && value !== null && RANGE_REFERENCE in value) return (value as { [RANGE_REFERENCE]: RangeReference })[RANGE_REFERENCE];
    return value;
  }

  // ---- the object model ------------------------------------------------------------------------

  private context(): unknown {
    return {
      workbook: {
        worksheets: this.worksheetCollection(),
        tables: this.tableCollection(),
        customXmlParts: this.customXmlParts(),
        application: this.recorder({ props: {}, calls: [] }, () => null, "application"),
        // The selection is the active sheet's `selection` cell (A1 unless a test sets another).
        getSelectedRange: () => this.range(this.activeSheet, a1Range(
          this.selection.row, this.selection.column,
          this.selection.row + (this.selection.rows ?? 1) - 1, this.selection.column + (this.selection.columns ?? 1) - 1,
        )),
      },
      sync: () => this.sync(),
    };
  }

  /** A collection whose `load("items/…")` loads those properties on every item, in the same sync. */
  private collection<T extends Loadable>(target: string, items: () => T[], extra: object): object {
    let loadedItems: T[] | undefined;
    const collection = {
      ...extra,
      load: (properties: string) => {
        const names = propertyNames(properties).map((name) => name.replace(/^items\//, ""));
        this.queue(
          null,
          () => {
            loadedItems = items();
            return loadedItems.map((item) => item[ANSWERER].answer(names));
          },
          () => (loadedItems ?? []).reduce((sum, item) => sum + item[ANSWERER].bytes(), 0),
          () => {
            loadedItems = undefined;
          },
        );
        return collection;
      },
    };
    Object.defineProperty(collection, "items", {
      get: () => {
        if (loadedItems === undefined) throw new Error(`${target}: items read before load and context.sync()`);
        return loadedItems;
      },
    });
    return collection;
  }

  private worksheetCollection(): object {
    return this.collection("worksheets", () => this.sheets.filter((sheet) => !sheet.deleted).map((sheet) => this.worksheet(sheet)), {
      getItem: (name: string) => this.worksheet(this.findSheet(name) ?? name),
      getItemOrNullObject: (name: string) => this.worksheet(this.findSheet(name) ?? name, true),
      add: (name: string) => {
        const sheet = new MockSheet(name);
        this.queue({ sheet: null, target: "worksheets", member: "add", kind: "call", payload: [name] }, () => {
          if (this.findSheet(name)) throw new ExcelApiError("ItemAlreadyExists", `a sheet named "${name}" exists`);
          this.sheets.push(sheet);
        });
        return this.worksheet(sheet);
      },
    });
  }

  /** A worksheet; a name stands for a sheet that does not exist. */
  private worksheet(sheetOrName: MockSheet | string, nullable = false): Loadable {
    const sheet = typeof sheetOrName === "string" ? null : sheetOrName;
    const label = () => sheet?.name ?? String(sheetOrName);
    const target = () => `worksheet(${label()})`;
    const missing = () => new ExcelApiError("ItemNotFound", `no sheet "${label()}"`);
    const live = () => {
      if (sheet === null || sheet.deleted) throw missing();
      return sheet;
    };
    const on = () => ({ sheet: sheet?.name ?? label(), target: target() });
    const shape = {
      getRange: (address = "") => this.range(sheet, address === "" ? "A1:XFD1048576" : address),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => this.range(sheet, a1Range(row, column, row + rows - 1, column + columns - 1)),
      getRanges: (addresses: string) => this.rangeAreas(sheet, addresses),
      // Formats do not widen the stand-in's used range: with or without `valuesOnly`, it is the cells with content.
      getUsedRangeOrNullObject: () => {
        const bounds = sheet?.usedBounds() ?? null;
        return this.range(sheet, bounds === null ? "A1" : a1Range(bounds.top, bounds.left, bounds.bottom, bounds.right), bounds === null);
      },
      delete: () => this.queue({ ...on(), member: "delete", kind: "call", payload: [] }, () => {
        const deleted = live();
        deleted.deleted = true;
        this.sheets.splice(this.sheets.indexOf(deleted), 1);
        // As in Excel, formulas elsewhere that pointed at the sheet now point at #REF!, for good.
        const reference = new RegExp(`(?:'${escapeRegExp(deleted.name.replace(/'/g, "''"))}'|${escapeRegExp(deleted.name)})!`, "giu");
        for (const other of this.sheets) {
          for (const cell of other.cells.values()) if (cell.formula !== undefined) cell.formula = cell.formula.replace(reference, "#REF!");
        }
        if (this.activeSheet === deleted) this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
      }),
      activate: () => this.queue({ ...on(), member: "activate", kind: "call", payload: [] }, () => {
        const active = live();
        if (active.visibility !== "Visible") throw new ExcelApiError("InvalidOperation", `sheet "${active.name}" is hidden`);
        this.activeSheet = active;
      }),
      notes: this.cellNotes(sheet, "notes", target, on, live),
      comments: this.cellNotes(sheet, "comments", target, on, live),
      customProperties: {
        add: (key: string, value: string) => this.queue({ ...on(), member: "customProperties.add", kind: "call", payload: [key, value] }, () => {
          live().customProperties.set(key.toLowerCase(), { key, value });
        }),
        getItemOrNullObject: (key: string) => this.loadable(
          `${target()}.customProperties(${key})`,
          ["key", "value"],
          () => {
            const found = sheet?.customProperties.get(key.toLowerCase());
            return { key: found?.key ?? key, value: found?.value ?? "" };
          },
          {},
          { nullable: () => sheet?.customProperties.get(key.toLowerCase()) === undefined },
        ),
      },
      charts: this.collection(`${target()}.charts`, () => (sheet?.charts ?? []).map((chart, index) => this.loadable(
          `${target()}.chart(${index})`, ["name"], () => ({ name: String(chart.props["title.text"] ?? "") }), {
            delete: () => this.queue({ ...on(), member: "chart.delete", kind: "call", payload: [] }, () => {
              const charts = live().charts;
              if (!charts.includes(chart)) throw new ExcelApiError("ItemNotFound", "the chart was deleted");
              charts.splice(charts.indexOf(chart), 1);
            }),
          },
        )), {
        add: (type: string, source: object, seriesBy: unknown) => {
          const chart: MockChart = { type, source: this.describe(source) as RangeReference, seriesBy, series: [], props: {}, calls: [] };
          this.queue({ ...on(), member: "charts.add", kind: "call", payload: [type, this.describe(source), seriesBy] }, () => {
            this.checkReference(chart.source);
            live().charts.push(chart);
            // Excel makes one series from a one-column source.
            chart.series.push({ props: {}, calls: [] });
          });
          return this.recorder(chart, () => sheet, `${target()}.chart(${sheet?.charts.length ?? 0})`, "", (member, args) => {
            if (member === "series.getItemAt") return this.recorder(this.seriesNode(chart, args[0] as number), () => sheet, `${target()}.chart.series(${String(args[0])})`);
            if (member === "series.add") {
              const series: RecordNode = { props: { name: args[0] }, calls: [] };
              this.queue({ ...on(), member: "chart.series.add", kind: "call", payload: args }, () => {
                chart.series.push(series);
              });
              return this.recorder(series, () => sheet, `${target()}.chart.series(${String(args[0])})`);
            }
            return undefined;
          });
        },
      }),
      freezePanes: {
        freezeRows: (rows: number) => this.queue({ ...on(), member: "freezePanes.freezeRows", kind: "call", payload: [rows] }, () => {
          live().frozenRows = rows;
        }),
        unfreeze: () => this.queue({ ...on(), member: "freezePanes.unfreeze", kind: "call", payload: [] }, () => {
          live().frozenRows = 0;
        }),
      },
      pageLayout: this.recorder(sheet?.pageLayout ?? { props: {}, calls: [] }, () => sheet, `${target()}.pageLayout`),
      horizontalPageBreaks: {
        // As in Excel: a break above the range's top-left cell; one break per row.
        add: (range: string | object) => this.queue({ ...on(), member: "horizontalPageBreaks.add", kind: "call", payload: [this.describe(range)] }, () => {
          const reference = this.describe(range);
          if (reference instanceof RangeReference && reference.sheet !== sheet) throw new ExcelApiError("InvalidArgument", "the page break's range is on another sheet");
          const address = reference instanceof RangeReference ? reference.address : String(reference);
          const row = parseRangeAddress(address).top;
          if (row === 0) throw new ExcelApiError("InvalidArgument", "no page break above the first row");
          const breaks = live().rowBreaks;
          if (!breaks.includes(row)) breaks.push(row);
        }),
        removePageBreaks: () => this.queue({ ...on(), member: "horizontalPageBreaks.removePageBreaks", kind: "call", payload: [] }, () => {
          live().rowBreaks.length = 0;
        }),
      },
    };
    const object = this.loadable(target(), ["name", "position", "visibility"], () => {
      if (sheet === null || sheet.deleted) return nullable ? { name: label(), position: -1, visibility: "" } : missing();
      return { name: sheet.name, position: this.sheets.indexOf(sheet), visibility: sheet.visibility };
    }, shape, { nullable: () => sheet === null || sheet.deleted });
    this.setter(object, "name", on, (value) => {
      const renamed = live();
      const clash = this.findSheet(String(value));
      if (clash !== undefined && clash !== renamed) throw new ExcelApiError("ItemAlreadyExists", `a sheet named "${String(value)}" exists`);
      renamed.name = String(value);
    }, Object.getOwnPropertyDescriptor(object, "name")?.get);
    this.setter(object, "position", on, (value) => {
      const moved = live();
      this.sheets.splice(this.sheets.indexOf(moved), 1);
      this.sheets.splice(Number(value), 0, moved);
    }, Object.getOwnPropertyDescriptor(object, "position")?.get);
    this.setter(object, "visibility", on, (value) => {
      live().visibility = String(value);
    }, Object.getOwnPropertyDescriptor(object, "visibility")?.get);
    this.setter(object, "showGridlines", on, (value) => {
      live().showGridlines = Boolean(value);
    });
    return object;
  }

  private seriesNode(chart: MockChart, index: number): RecordNode {
    // The series exists once the chart is added, when the batch runs: record into a node that is
    // attached to the chart's series list then.
    const node: RecordNode = { props: {}, calls: [] };
    this.queue(null, () => {
      const series = chart.series[index];
      if (series === undefined) throw new ExcelApiError("ItemNotFound", `the chart has no series ${index}`);
      chart.series[index] = node;
      Object.assign(node.props, series.props);
    });
    return node;
  }

  /** A range of a sheet (null: a sheet that does not exist). */
  private range(sheet: MockSheet | null, address: string, isNull = false): Loadable {
    const bounds = boundsOf(address);
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    const plainAddress = address.replace(/\$/g, "");
    const target = `worksheet(${sheet?.name ?? "?"}).range(${plainAddress})`;
    const on = () => ({ sheet: sheet?.name ?? null, target });
    const live = () => {
      if (sheet === null || sheet.deleted) throw new ExcelApiError("ItemNotFound", `${target}: no such sheet`);
      return sheet;
    };
    const writeCells = (kind: "value" | "formula" | "numberFormat", grid: unknown) => {
      const written = live();
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns)) {
        throw new ExcelApiError("InvalidArgument", `${target}.${kind}: the array is not ${rows}×${columns}`);
      }
      (grid as unknown[][]).forEach((cells, r) => cells.forEach((value, c) => {
        if (value === null) return; // null leaves the cell as it is
        const key = `${bounds.top + r}:${bounds.left + c}`;
        const cell = written.cells.get(key) ?? {};
        if (kind !== "numberFormat") written.forgetResult(bounds.top + r, bounds.left + c);
        if (kind === "numberFormat") cell.numberFormat = String(value);
        else if (kind === "formula" || (typeof value === "string" && /^[=+-]/.test(value) && cell.numberFormat !== "@")) {
          // Excel takes what looks like a formula as one, unless the cell is formatted as text.
          cell.formula = String(value);
          delete cell.value;
        } else {
          // As typed, a leading apostrophe makes the rest text (Excel keeps it as the cell's prefix, not in its value).
          cell.value = kind === "value" && typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
          delete cell.formula;
        }
        written.cells.set(key, cell);
      }));
    };
    const reference = new RangeReference(sheet, plainAddress);
    const shape = {
      [RANGE_REFERENCE]: reference,
      toJSON: () => reference.toString(),
      merge: (across?: boolean) => this.queue({ ...on(), member: "merge", kind: "call", payload: [across] }, () => {
        live().merges.push(plainAddress);
      }),
      unmerge: () => this.queue({ ...on(), member: "unmerge", kind: "call", payload: [] }, () => {
        const merged = live();
        const kept = merged.merges.filter((merge) => !within(boundsOf(merge), bounds));
        merged.merges.splice(0, merged.merges.length, ...kept);
      }),
      clear: (applyTo = "All") => this.queue({ ...on(), member: "clear", kind: "call", payload: [applyTo] }, () => {
        const cleared = live();
        if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") throw new Error(`the stand-in does not model clear("${String(applyTo)}")`);
        if (applyTo !== "Formats") {
          for (const key of [...cleared.results.keys(), ...cleared.spills.keys()]) {
            const [row, column] = key.split(":").map(Number);
            if (row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right && cleared.cells.get(key)?.formula !== undefined) cleared.forgetResult(row, column);
          }
        }
        for (const [key, cell] of [...cleared.cells]) {
          const [row, column] = key.split(":").map(Number);
          if (row < bounds.top || row > bounds.bottom || column < bounds.left || column > bounds.right) continue;
          if (applyTo !== "Formats") {
            delete cell.value;
            delete cell.formula;
          }
          if (applyTo !== "Contents") delete cell.numberFormat;
          if (Object.keys(cell).length === 0) cleared.cells.delete(key);
        }
        for (let row = bounds.top; row <= Math.min(bounds.bottom, cleared.grid.length - 1); row++) {
          const cells = cleared.grid[row];
          if (applyTo !== "Formats" && cells !== undefined) for (let column = bounds.left; column <= Math.min(bounds.right, cells.length - 1); column++) cells[column] = null;
        }
        if (applyTo !== "Contents") {
          if (plainAddress !== "A1:XFD1048576") throw new Error("the stand-in models clearing the formats of the whole sheet only");
          cleared.formats.length = 0;
        }
      }),
      format: this.formatRecorder(sheet, target, plainAddress),
      conditionalFormats: {
        add: (type: string) => this.conditionalFormat(sheet, target, plainAddress, type),
        clearAll: () => this.queue({ ...on(), member: "conditionalFormats.clearAll", kind: "call", payload: [] }, () => {
          const cleared = live();
          if (plainAddress !== "A1:XFD1048576") throw new Error("the stand-in models clearing the conditional formats of the whole sheet only");
          cleared.conditionalFormats.length = 0;
        }),
      },
      get worksheet() {
        return worksheetOf();
      },
      getCell: (row: number, column: number) => this.range(sheet, a1(bounds.top + row, bounds.left + column)),
      /** Formula cells only, as rectangles: each column's runs of formula cells (Excel joins them more, to the same cells). */
      getSpecialCellsOrNullObject: (cellType: string) => {
        if (cellType !== "Formulas") throw new Error(`the stand-in models getSpecialCells("Formulas") only, not "${cellType}"`);
        return this.specialCells(sheet, bounds, target);
      },
      getSpillingToRangeOrNullObject: () => {
        if (rows * columns !== 1) throw new ExcelApiError("InvalidArgument", `${target}: getSpillingToRange takes one cell`);
        const spill = () => (sheet === null ? undefined : sheet.spills.get(`${bounds.top}:${bounds.left}`));
        return this.loadable(`${target}.spillingTo`, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"], () => {
          const found = spill();
          if (found === undefined) return { address: "", rowIndex: -1, columnIndex: -1, rowCount: 0, columnCount: 0 };
          return {
            address: `${quoteSheet(sheet!.name)}!${a1Range(found.top, found.left, found.bottom, found.right)}`,
            rowIndex: found.top, columnIndex: found.left, rowCount: found.bottom - found.top + 1, columnCount: found.right - found.left + 1,
          };
        }, {}, { nullable: () => spill() === undefined });
      },
    };
    const worksheetOf = () => this.worksheet(sheet ?? "?");
    const object = this.loadable(target, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "valueTypes"], (loaded) => {
      if (sheet === null || sheet.deleted) return new ExcelApiError("ItemNotFound", `${target}: no such sheet`);
      const facts: Record<string, unknown> = {
        // As Excel gives it: "Sheet!C5" for one cell, "Sheet!C5:D9" for more.
        address: `${quoteSheet(sheet.name)}!${rows * columns === 1 ? a1(bounds.top, bounds.left) : a1Range(bounds.top, bounds.left, bounds.bottom, bounds.right)}`,
        rowIndex: bounds.top, columnIndex: bounds.left, rowCount: rows, columnCount: columns,
      };
      if (rows * columns <= 50_000_000 && rows < MAX_ROWS) {
        // A formula as written; the stand-in does not calculate, so `values` shows 0 for a formula unless `setFormula` gave it a result.
        // Only what was loaded is built: a read of 200,000 rows' values builds no formulas.
        if (loaded.includes("formulas")) facts.formulas = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (__, c) => sheet.valueAt(bounds.top + r, bounds.left + c)));
        if (loaded.includes("values") || loaded.includes("valueTypes")) {
          facts.values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (__, c) => sheet.shownAt(bounds.top + r, bounds.left + c)));
        }
        if (loaded.includes("valueTypes")) facts.valueTypes = (facts.values as unknown[][]).map((cells) => cells.map(valueTypeOf));
      }
      return facts;
    }, shape, { nullable: () => isNull });
    this.setter(object, "values", on, (grid) => writeCells("value", grid), Object.getOwnPropertyDescriptor(object, "values")?.get);
    this.setter(object, "formulas", on, (grid) => writeCells("formula", grid));
    this.setter(object, "numberFormat", on, (grid) => writeCells("numberFormat", grid));
    return object;
  }

  /**
   * The formula cells of `bounds` as `getSpecialCellsOrNullObject("Formulas")` gives them: a
   * RangeAreas whose `areas` are each column's runs of formula cells, a null object when there are none.
   */
  private specialCells(sheet: MockSheet | null, bounds: CellBounds, target: string): object {
    const areas = (): CellBounds[] => {
      if (sheet === null) return [];
      const cells = new Set<string>();
      for (const [key, cell] of sheet.cells) if (cell.formula !== undefined) cells.add(key);
      if (sheet.spilledCellsReportFormula) {
        for (const spill of sheet.spills.values()) for (let r = spill.top; r <= spill.bottom; r++) for (let c = spill.left; c <= spill.right; c++) cells.add(`${r}:${c}`);
      }
      const found: CellBounds[] = [];
      const inside = [...cells].map((key) => key.split(":").map(Number)).filter(([row, column]) => within({ top: row, bottom: row, left: column, right: column }, bounds));
      inside.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      for (const [row, column] of inside) {
        const last = found[found.length - 1];
        if (last !== undefined && last.left === column && last.bottom === row - 1) found[found.length - 1] = { ...last, bottom: row };
        else found.push({ top: row, bottom: row, left: column, right: column });
      }
      return found;
    };
    const object = this.loadable(`${target}.specialCells(Formulas)`, ["areaCount", "cellCount", "address"], () => {
      if (this.specialCellsFail) return new ExcelApiError("GeneralException", "There was an internal error while processing the request.");
      const list = areas();
      return {
        areaCount: list.length,
        cellCount: list.reduce((sum, area) => sum + (area.bottom - area.top + 1) * (area.right - area.left + 1), 0),
        address: list.map((area) => `${quoteSheet(sheet?.name ?? "?")}!${a1Range(area.top, area.left, area.bottom, area.right)}`).join(","),
      };
    }, {}, { nullable: () => areas().length === 0 });
    Object.defineProperty(object, "areas", {
      value: this.collection(`${target}.specialCells(Formulas).areas`, () => {
        if (this.specialCellsFail) throw new ExcelApiError("GeneralException", "There was an internal error while processing the request.");
        return areas().map((area) => this.range(sheet, a1Range(area.top, area.left, area.bottom, area.right)));
      }, {}),
    });
    return object;
  }

  /**
   * A worksheet's notes (ExcelApi 1.18) or comments (1.10): `add(cell, content)`, loadable items with
   * `content`, each with `getLocation()` and `delete()`. As Excel, a cell holds one of each: adding a
   * second fails.
   */
  private cellNotes(
    sheet: MockSheet | null, kind: "notes" | "comments", target: () => string,
    on: () => Omit<RecordedCall, "sync" | "member" | "kind" | "payload">, live: () => MockSheet,
  ): object {
    const store = () => (kind === "notes" ? live().notes : live().comments);
    const item = (key: string): Loadable => {
      const [row, column] = key.split(":").map(Number);
      return this.loadable(`${target()}.${kind}(${a1(row, column)})`, ["content"], () => {
        const content = store().get(key);
        return content === undefined ? new ExcelApiError("ItemNotFound", `no ${kind} at ${a1(row, column)}`) : { content };
      }, {
        getLocation: () => this.range(sheet, a1(row, column)),
        delete: () => this.queue({ ...on(), member: `${kind}.delete`, kind: "call", payload: [a1(row, column)] }, () => {
          if (!store().delete(key)) throw new ExcelApiError("ItemNotFound", `no ${kind} at ${a1(row, column)}`);
        }),
      });
    };
    return this.collection(`${target()}.${kind}`, () => [...(sheet === null ? [] : store().keys())].map(item), {
      add: (cell: string | object, content: string) => {
        const reference = this.describe(cell);
        const address = reference instanceof RangeReference ? reference.address : String(cell).slice(String(cell).lastIndexOf("!") + 1);
        this.queue({ ...on(), member: `${kind}.add`, kind: "call", payload: [address, content] }, () => {
          if (reference instanceof RangeReference && reference.sheet !== sheet) throw new ExcelApiError("InvalidArgument", `the ${kind} cell is on another sheet`);
          const { top, left, bottom, right } = parseRangeAddress(address);
          if (top !== bottom || left !== right) throw new ExcelApiError("InvalidCellAddress", `${address} is not one cell`);
          const key = `${top}:${left}`;
          if (store().has(key)) throw new ExcelApiError("InvalidArgument", `${address} already has a ${kind === "notes" ? "note" : "comment"}`);
          store().set(key, String(content));
        });
        return item(`${parseRangeAddress(address).top}:${parseRangeAddress(address).left}`);
      },
    });
  }

  private rangeAreas(sheet: MockSheet | null, addresses: string): object {
    const list = addresses.split(/[,;]/).map((address) => address.trim().replace(/\$/g, ""));
    for (const address of list) boundsOf(address);
    const target = `worksheet(${sheet?.name ?? "?"}).areas(${list.join(",")})`;
    return {
      format: this.formatRecorder(sheet, target, list.join(",")),
      conditionalFormats: { add: (type: string) => this.conditionalFormat(sheet, target, list.join(","), type) },
    };
  }

  /** Range format writes go to the sheet's format list, with the address they apply to. */
  private formatRecorder(sheet: MockSheet | null, target: string, address: string): unknown {
    const node: RecordNode = {
      props: new Proxy({} as Record<string, unknown>, {
        set: (_, path, value) => {
          sheet?.formats.push({ address, path: `format.${String(path)}`, value });
          return true;
        },
      }),
      calls: [],
    };
    return this.recorder(node, () => sheet, `${target}.format`, "", (member, args) => {
      if (member === "borders.getItem") return this.recorder(node, () => sheet, `${target}.format`, `borders(${String(args[0])})`);
      return undefined;
    });
  }

  private conditionalFormat(sheet: MockSheet | null, target: string, range: string, type: string): unknown {
    const format: MockConditionalFormat = { type, range, props: {}, calls: [] };
    this.queue({ sheet: sheet?.name ?? null, target, member: "conditionalFormats.add", kind: "call", payload: [type] }, () => {
      if (sheet === null || sheet.deleted) throw new ExcelApiError("ItemNotFound", `${target}: no such sheet`);
      sheet.conditionalFormats.push(format);
    });
    return this.recorder(format, () => sheet, `${target}.conditionalFormat(${type})`);
  }

  private tableCollection(): object {
    return this.collection("tables", () => this.tables.map((table) => this.table(table)), {
      getItem: (name: string) => this.table(this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? name),
    });
  }

  private table(tableOrName: MockTable | string): Loadable {
    const table = typeof tableOrName === "string" ? null : tableOrName;
    const name = table?.name ?? String(tableOrName);
    const missing = () => new ExcelApiError("ItemNotFound", `no table "${name}"`);
    const shape = {
      getRange: () => (table === null ? this.loadable(`table(${name}).range`, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"], missing, {}) : this.range(table.sheet, table.address)),
      worksheet: table === null ? this.worksheet(`table ${name}`) : this.worksheet(table.sheet),
    };
    return this.loadable(`table(${name})`, ["name", "showTotals"], () => (table === null ? missing() : { name: table.name, showTotals: table.showTotals }), shape);
  }

  private customXmlParts(): object {
    return {
      add: (xml: string) => this.queue({ sheet: null, target: "customXmlParts", member: "add", kind: "call", payload: [xml] }, () => {
        this.xmlParts.push({ id: `{part-${this.nextPartId++}}`, xml });
      }),
      getByNamespace: (namespace: string) => this.collection(`customXmlParts(${namespace})`, () => this.xmlParts
        .filter((part) => part.xml.includes(`xmlns="${namespace}"`))
        .map((part) => this.xmlPart(part)), {}),
    };
  }

  private xmlPart(part: { id: string; xml: string }): Loadable {
    const target = `customXmlPart(${part.id})`;
    const on = () => ({ sheet: null, target });
    return this.loadable(target, ["id"], () => ({ id: part.id }), {
      getXml: () => {
        const result: { value?: string } = {};
        let answered = false;
        this.queue(null, () => {
          result.value = part.xml;
          answered = true;
        }, () => escapedJsonBytes(part.xml));
        return { get value() {
          if (!answered) throw new Error(`${target}.getXml(): value read before context.sync()`);
          return result.value!;
        } };
      },
      setXml: (xml: string) => this.queue({ ...on(), member: "setXml", kind: "call", payload: [xml] }, () => {
        part.xml = xml;
      }),
      delete: () => this.queue({ ...on(), member: "delete", kind: "call", payload: [] }, () => {
        this.xmlParts.splice(this.xmlParts.indexOf(part), 1);
      }),
    });
  }
}
