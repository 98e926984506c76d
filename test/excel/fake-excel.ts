import type { ExcelRunner } from "../../src/excel/excel-runner";
import { a1, areaAddress, columnIndex, columnLetters } from "../../src/templates/grammar";
import {
  defaultProfile,
  type PlatformProfile,
  PROFILES,
  type ProfileName,
  registeredFunctionNames,
  SWEDISH_ERRORS,
  versionAtMost,
} from "./fake-profiles";
import { FakeSettings, memoryDocument, type SettingsDocument } from "./fake-settings";

/*
 * A small, honest fake of the part of Excel's JavaScript API that the workbook
 * writer uses. As in Office.js, calls only queue operations; `sync()` applies
 * them in order to an in-memory workbook, and an operation that fails stops the
 * batch with the earlier ones applied. A property can be read only after it was
 * loaded and a sync succeeded. Members outside this subset are absent (or throw
 * "not modelled"), so a writer that strays from it fails here too. A platform
 * profile (fake-profiles.ts) selects what differs between Excels; where Excel's
 * behaviour is uncertain, the fake takes the stricter reading.
 */

export interface FakeCell {
  /** What was written through `formulas` and `numberFormat`, as given. */
  formula?: unknown;
  numberFormat?: unknown;
  /**
   * What `values` reads: a constant as typed (without the text prefix); for a formula,
   * what a test set with `calculated()` (the fake does not calculate).
   */
  value?: unknown;
  /** Formatting by path, e.g. "font.bold", "fill.color", "protection.locked", "borderTop.style". */
  format: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  /** By A1 address; a cell exists once something was written to it. */
  cells: Map<string, FakeCell>;
  /** Points, by column index. */
  columnWidths: Map<number, number>;
  freeze?: { rows: number; columns: number };
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printArea?: string;
  /** Rows (0-based) a page break was put before. */
  pageBreaks: number[];
  protection?: Excel.WorksheetProtectionOptions;
}

export interface FakeName {
  name: string;
  sheet: FakeSheet;
  /** Absolute A1 address on `sheet`. */
  address: string;
}

/** A table the user made (Insert → Table): only its name and sheet matter to the add-in. */
export interface FakeTable {
  name: string;
  sheet: FakeSheet;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where a range proxy points, resolved when an operation runs; either function throws if it points nowhere. */
interface RangeTarget {
  sheet: () => FakeSheet;
  rects: () => Rect[];
}

/** The size of a worksheet (Excel's specifications and limits). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** Excel on the web's limit on a request's and a response's payload (Office add-ins' resource-limits page). */
const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Past this many cells, reading `values` or `formulas` gives null (Office add-ins' resource-limits page). */
const READ_CELL_LIMIT = 5_000_000;

type Op = () => void;

/**
 * What an operation costs in a request beside its argument: Office.js sends an action and the object path it acts
 * on (ids, a method or property name, the path's own arguments), about 150 bytes of JSON.
 */
const OPERATION_BYTES = 150;

/** Excel's documented limit on the address string of `getRange`/`getRanges`. */
const ADDRESS_LIMIT = 8192;

/** Which cells of a rectangle a border line lies above ("borderTop"); only the lines the writer draws are modelled. */
/**
 * Which cells of a range a border edge lines, and on which of their sides: a line between two rows is
 * both the upper cell's bottom and the lower cell's top (Range.format.borders, BorderIndex).
 */
const EDGES: Record<
  string,
  readonly { side: "borderTop" | "borderBottom"; on: (rect: Rect, row: number) => boolean }[]
> = {
  EdgeTop: [{ side: "borderTop", on: (rect, row) => row === rect.top }],
  EdgeBottom: [{ side: "borderBottom", on: (rect, row) => row === rect.bottom }],
  InsideHorizontal: [
    { side: "borderTop", on: (rect, row) => row > rect.top },
    { side: "borderBottom", on: (rect, row) => row < rect.bottom },
  ],
};

export class FakeExcel {
  readonly sheets: FakeSheet[];
  readonly names: FakeName[] = [];
  readonly tables: FakeTable[] = [];
  readonly profile: PlatformProfile;
  /** Office.context.displayLanguage; the custom functions are registered in this language. */
  displayLanguage: string;
  /** The highest version of each requirement set this Excel supports; a test can lower one to play an older Excel. */
  readonly requirementSets: Record<string, string>;
  active: FakeSheet;
  /** Office.context.document.settings (fake-settings.ts). */
  readonly settings: FakeSettings;
  /** The selected range on the active sheet (A1 address); its first cell is the active cell. */
  selection = "A1";
  syncCount = 0;
  /** How many operations each sync carried, so that a test can inject a fault at every point of a batch. */
  readonly operationsPerSync: number[] = [];
  /** The size of each sync's request: the JSON of the values it carries, and a little per operation. */
  readonly bytesPerSync: number[] = [];
  /** Excel on the web refuses a request larger than this (the stricter reading for desktop too). */
  requestLimitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  /** ... and a response larger than this: reads fail with ResponsePayloadSizeLimitExceeded. */
  responseLimitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  private pending: Op[] = [];
  private pendingBytes = 0;
  private responseBytes = 0;
  /** Publishes loaded values; runs only when the whole batch succeeded. */
  private onSuccess: Op[] = [];
  private readonly faults = new Map<number, number>();
  private readonly targets = new WeakMap<object, RangeTarget>();
  /** The fake implements only the members the writer uses: the cast is where it stands in for Excel's types. */
  readonly context = {
    workbook: {
      worksheets: this.worksheetCollection(),
      names: this.nameCollection(),
      tables: this.collection(() => this.tables.map(({ name }) => ({ name })), ["name"], {}),
      // getSelectedRange refuses a selection of several areas (it is getSelectedRanges' job: Workbook docs).
      getSelectedRange: () => this.range({ sheet: () => this.active, rects: () => [singleArea(this.selection)] }),
      getActiveCell: () =>
        this.range({
          sheet: () => this.active,
          rects: () => selectionAreas(this.selection).map((r) => ({ ...r, bottom: r.top, right: r.left })),
        }),
    },
    sync: () => this.sync(),
  } as unknown as Excel.RequestContext;
  readonly runner: ExcelRunner = {
    run: (work) => work(this.context),
    office: {
      displayLanguage: () => this.displayLanguage,
      // Office.context.requirements.isSetSupported: true when the platform has at least that version of the set.
      isSetSupported: (name: string, minVersion = "1.1") => versionAtMost(minVersion, this.requirementSets[name]),
      // The fake stands in for the members the pane calls: get, set, remove, saveAsync.
      settings: () => this.settings as unknown as Office.Settings,
    },
  };

  constructor(
    sheetNames: readonly string[] = ["Sheet1"],
    profile: ProfileName = defaultProfile(),
    document: SettingsDocument = memoryDocument(),
  ) {
    this.settings = new FakeSettings(document);
    this.sheets = sheetNames.map((name) => ({ name, cells: new Map(), columnWidths: new Map(), pageBreaks: [] }));
    this.active = this.sheets[0];
    this.profile = PROFILES[profile];
    this.displayLanguage = this.profile.displayLanguage;
    this.requirementSets = { ...this.profile.requirementSets };
  }

  /** Makes the `sync`-th sync (from 1) apply its first `applied` operations, then throw. */
  failOnSync(sync: number, applied = 0): void {
    this.faults.set(sync, applied);
  }

  sheet(name: string): FakeSheet {
    return this.findSheet(name) ?? fail("ItemNotFound", `No sheet "${name}".`);
  }

  /** What the user typed or pasted: constants straight into the cells (no sync), as `formulas` would store them. */
  typeIn(sheetName: string, address: string, grid: readonly (string | number)[][]): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    grid.forEach((row, r) =>
      row.forEach((input, c) => this.store(this.cell(sheet, rect.top + r, rect.left + c), input)),
    );
  }

  /** Stands in for Excel's calculation: the value a formula in the named cell shows. */
  calculated(definedName: string, value: unknown): void {
    this.calculatedRange(definedName, [[value]]);
  }

  /** The same for a named range: the values its formulas show, row by row from its top left cell. */
  calculatedRange(definedName: string, grid: readonly (readonly unknown[])[]): void {
    const name =
      this.names.find((n) => sameName(n.name, definedName)) ?? fail("ItemNotFound", `No name "${definedName}".`);
    const rect = parseAddress(name.address);
    grid.forEach((row, r) =>
      row.forEach((value, c) => (this.cell(name.sheet, rect.top + r, rect.left + c).value = value)),
    );
  }

  /** What the user made with Insert → Table: a table whose name takes a place among the defined names. */
  addTable(sheetName: string, name: string): void {
    this.tables.push({ name, sheet: this.sheet(sheetName) });
  }

  /** What the user did with Delete sheet: its names stay, referring to #REF!, and its tables go. */
  deleteSheetNow(sheetName: string): void {
    this.deleteSheet(this.sheet(sheetName));
  }

  /** What a cell shows: #NAME? for a FINSAM function this Excel has not registered, undefined if not calculated. */
  shows(sheetName: string, address: string): unknown {
    const cell = this.sheet(sheetName).cells.get(address);
    return cell && this.knowsFunctions(cell) ? cell.value : "#NAME?";
  }

  /** A deep copy of everything the workbook holds, for before/after comparisons. */
  snapshot(): unknown {
    const names = this.names.map((n) => ({
      name: n.name,
      refersTo: this.sheets.includes(n.sheet) ? `${n.sheet.name}!${n.address}` : "#REF!",
    }));
    const tables = this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name }));
    return structuredClone({ sheets: this.sheets, names, tables, active: this.active.name });
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const [operations, publish, bytes] = [this.pending, this.onSuccess, this.pendingBytes];
    [this.pending, this.onSuccess, this.pendingBytes, this.responseBytes] = [[], [], 0, 0];
    this.operationsPerSync.push(operations.length);
    this.bytesPerSync.push(bytes);
    if (bytes > this.requestLimitBytes) {
      throw excelError("RequestPayloadSizeLimitExceeded", `The request payload of ${bytes} bytes is over the limit.`);
    }
    const fault = this.faults.get(this.syncCount);
    operations.slice(0, fault).forEach((operation) => operation());
    if (fault !== undefined) throw excelError("GeneralException", `Injected failure in sync ${this.syncCount}.`);
    // The batch ran; its answer is too large to send back (resource-limits page: 5 MB per response on the web).
    if (this.responseBytes > this.responseLimitBytes) {
      throw excelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload of ${this.responseBytes} bytes is over the limit.`,
      );
    }
    publish.forEach((operation) => operation());
  }

  private queue(operation: Op, argument?: unknown): void {
    this.pending.push(operation);
    this.charge(argument);
  }

  /** Adds an operation and its argument to the size of the next request. */
  private charge(argument?: unknown): void {
    this.pendingBytes += OPERATION_BYTES + (argument === undefined ? 0 : jsonBytes(argument));
  }

  /**
   * A property readable after `load()` and a successful sync, with its value at that point of the batch; what
   * it reads counts towards the response (`size` where the JSON would be too large to build).
   */
  private loadable<T>(
    what: string,
    read: () => T,
    size: () => number = () => jsonBytes(read()),
  ): { load: () => void; get: () => T } {
    let published: { value: T } | undefined;
    return {
      load: () => {
        let seen: T;
        this.queue(() => {
          const bytes = size();
          this.responseBytes += bytes;
          if (this.responseBytes <= this.responseLimitBytes) seen = read();
        });
        this.onSuccess.push(() => (published = { value: seen }));
      },
      get: () => {
        if (!published) fail("PropertyNotLoaded", `The property '${what}' is not available: load and sync first.`);
        // Reading a property of a null object fails (the OrNullObject methods' docs: check isNullObject first).
        if (published.value === NULL_OBJECT) fail("InvalidOperation", `The range is a null object: no '${what}'.`);
        return published.value;
      },
    };
  }

  /** A member of a requirement set this Excel may lack: absent there, as Office.js would have no such API. */
  private requires(set: string, version: string, member: string): void {
    if (!versionAtMost(version, this.requirementSets[set])) {
      fail("ApiNotFound", `${member} needs ${set} ${version}; this Excel has ${this.requirementSets[set] ?? "none"}.`);
    }
  }

  private worksheetCollection() {
    return this.collection(() => this.sheets.map(({ name }) => ({ name })), ["name"], {
      add: (name: string) => {
        let added: FakeSheet | undefined;
        this.queue(() => {
          if (name === "" || name.length > 31 || /[\\/?*[\]:]/.test(name))
            fail("InvalidArgument", `Invalid sheet name "${name}".`);
          if (this.findSheet(name)) fail("ItemAlreadyExists", "A resource with the same name already exists.");
          added = { name, cells: new Map(), columnWidths: new Map(), pageBreaks: [] };
          this.sheets.push(added);
        });
        return this.worksheet(() => added ?? fail("ItemNotFound", "The sheet was not added."));
      },
      getItem: (name: string) => this.worksheet(() => this.sheet(name)),
      getActiveWorksheet: () => this.worksheet(() => this.active),
    });
  }

  private nameCollection() {
    const find = (name: string) => this.names.findIndex((n) => sameName(n.name, name));
    const broken = (n: FakeName) => !this.sheets.includes(n.sheet);
    // A name's `formula` is its reference as Excel writes it ("=Parametrar!$B$10"), "=#REF!" once its sheet is gone;
    // desktop Excel gives it in the UI's language (office-js#2834), so Swedish Excel writes "=#REFERENS!".
    const formulaOf = (n: FakeName) => {
      if (!broken(n)) return `=${quoteSheet(n.sheet.name)}!${n.address}`;
      return this.profile.localizedNameFormulas && this.displayLanguage.startsWith("sv")
        ? `=${SWEDISH_ERRORS["#REF!"]}`
        : "=#REF!";
    };
    // NamedItem.type: "Range" for a reference, "Error" for a name whose reference is #REF! (NamedItemType docs).
    const items = () =>
      this.names.map((n) => ({ name: n.name, formula: formulaOf(n), type: broken(n) ? "Error" : "Range" }));
    // A name whose sheet was deleted is not a range: getRange() fails, getRangeOrNullObject() is a null object
    // (NamedItem docs).
    const target = (name: string): RangeTarget => {
      const named = () => {
        const n = this.names[find(name)] ?? fail("ItemNotFound", `No name "${name}".`);
        return broken(n) ? fail("InvalidOperation", `The name "${name}" does not refer to a range.`) : n;
      };
      return { sheet: () => named().sheet, rects: () => [parseAddress(named().address)] };
    };
    return this.collection(items, ["name", "formula", "type"], {
      add: (name: string, reference: object) => {
        const referred = this.targets.get(reference) ?? fail("InvalidArgument", "The reference is not a range.");
        this.queue(() => {
          if (find(name) >= 0) fail("ItemAlreadyExists", "A resource with the same name already exists.");
          // Tables and defined names share one namespace (Excel's rules for names in formulas).
          if (this.tables.some((t) => sameName(t.name, name))) {
            fail("InvalidArgument", `The name "${name}" is already used by a table.`);
          }
          const [area, ...more] = referred.rects();
          // A name over several areas is written with the list separator (office-js#2891): the fake takes one area.
          if (more.length > 0) fail("NotModelled", "The fake's names refer to one area.");
          this.names.push({ name, sheet: referred.sheet(), address: absoluteAddress(area) });
        });
      },
      getItem: (name: string) => ({
        getRange: () => this.range(target(name)),
        getRangeOrNullObject: () => this.range(target(name), true),
        delete: () =>
          this.queue(() => {
            const index = find(name);
            if (index < 0) fail("ItemNotFound", `No name "${name}".`);
            this.names.splice(index, 1);
          }),
      }),
    });
  }

  /**
   * A collection whose items' properties (among `properties`) can be loaded as "items/name,items/formula", with
   * its own methods. A property not loaded cannot be read (PropertyNotLoaded), as in Office.js.
   */
  private collection<M extends object>(
    list: () => readonly Record<string, unknown>[],
    properties: readonly string[],
    methods: M,
  ) {
    let wanted: string[] = [];
    const items = this.loadable("items", () => {
      const keys = wanted;
      return list().map((item) => {
        const loaded = {};
        for (const key of properties) {
          Object.defineProperty(loaded, key, {
            enumerable: keys.includes(key),
            get: () =>
              keys.includes(key)
                ? item[key]
                : fail("PropertyNotLoaded", `The property '${key}' is not available: load and sync first.`),
          });
        }
        return loaded;
      });
    });
    const loading = {
      load(select: string) {
        const asked = select.split(",").map((part) => part.trim());
        const props = asked.map((part) => /^items\/(\w+)$/.exec(part)?.[1]);
        if (props.some((p) => p === undefined || !properties.includes(p))) {
          fail("NotModelled", `The fake loads items/${properties.join(", items/")} here, not "${select}".`);
        }
        wanted = props as string[];
        items.load();
        return this;
      },
      get items() {
        return items.get();
      },
    };
    return Object.assign(loading, methods);
  }

  private worksheet(sheet: () => FakeSheet) {
    const name = this.loadable("name", () => sheet().name);
    const range = (rects: () => Rect[]) => this.range({ sheet, rects });
    const set = (change: (s: FakeSheet) => void) => this.queue(() => change(sheet()));
    const requires = (member: string) => this.requires("ExcelApi", "1.9", member);
    const pageLayout = {
      set orientation(orientation: string) {
        set((s) => (s.orientation = orientation));
      },
      set paperSize(paper: string) {
        set((s) => (s.paperSize = paper));
      },
      set zoom(zoom: Excel.PageLayoutZoomOptions) {
        set((s) => (s.zoom = zoom));
      },
      // Excel accepts whole rows only ("$1:$3").
      setPrintTitleRows: (rows: string) => {
        if (!/^\$?\d+:\$?\d+$/.test(rows)) fail("InvalidArgument", `Not whole rows: "${rows}".`);
        set((s) => (s.printTitleRows = rows));
      },
      setPrintArea: (area: string) =>
        set((s) => {
          parseAddressList(area, this.profile.listSeparator); // an address Excel would refuse fails the sync, as there
          s.printArea = area;
        }),
    };
    const pageBreaks = {
      add: (before: object) => {
        const target = this.targets.get(before) ?? fail("InvalidArgument", "Not a range.");
        set((s) => s.pageBreaks.push(target.rects()[0].top));
      },
    };
    return {
      load(select: string) {
        expectLoad(select, "name");
        name.load();
        return this;
      },
      get name() {
        return name.get();
      },
      getRange: (address: string) => (this.charge(address), range(() => [parseAddress(address)])),
      // A new range is an object path in the request, with its arguments.
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => (
        this.charge([top, left, rows, columns]),
        range(() => [{ top, left, bottom: top + rows - 1, right: left + columns - 1 }])
      ),
      // RangeAreas is ExcelApi 1.9; its list takes the regional list separator (office-js#1167, #1985).
      getRanges: (addresses: string) => {
        this.requires("ExcelApi", "1.9", "Worksheet.getRanges");
        this.charge(addresses);
        return range(() => parseAddressList(addresses, this.profile.listSeparator));
      },
      // As in Excel: the smallest range holding every cell with content (valuesOnly: with a value); A1 on an empty sheet.
      getUsedRange: (valuesOnly = false) =>
        range(() => {
          const used = [...sheet().cells]
            .filter(([, cell]) => cell.formula !== undefined && (!valuesOnly || cell.formula !== ""))
            .map(([address]) => parseAddress(address));
          if (used.length === 0) return [{ top: 0, left: 0, bottom: 0, right: 0 }];
          return [
            {
              top: Math.min(...used.map((r) => r.top)),
              left: Math.min(...used.map((r) => r.left)),
              bottom: Math.max(...used.map((r) => r.bottom)),
              right: Math.max(...used.map((r) => r.right)),
            },
          ];
        }),
      freezePanes: {
        freezeAt: (frozen: object) => {
          const target = this.targets.get(frozen) ?? fail("InvalidArgument", "Not a range.");
          set((s) => {
            const [rect] = target.rects();
            s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
          });
        },
        freezeRows: (rows: number) => set((s) => (s.freeze = { rows, columns: 0 })),
        freezeColumns: (columns: number) => set((s) => (s.freeze = { rows: 0, columns })),
      },
      // Page layout and page breaks are ExcelApi 1.9 (Worksheet docs).
      get pageLayout() {
        requires("Worksheet.pageLayout");
        return pageLayout;
      },
      get horizontalPageBreaks() {
        requires("Worksheet.horizontalPageBreaks");
        return pageBreaks;
      },
      protection: { protect: (options: Excel.WorksheetProtectionOptions = {}) => set((s) => (s.protection = options)) },
      activate: () => set((s) => (this.active = s)),
      delete: () => set((s) => this.deleteSheet(s)),
    };
  }

  /** A range proxy; `orNull` for the `...OrNullObject` methods, whose target may point nowhere. */
  private range(target: RangeTarget, orNull = false): object {
    const { sheet, rects } = target;
    const isNull = () => orNull && !resolves(target);
    const worksheetOf = (of: () => FakeSheet) => this.worksheet(of);
    const area = () => {
      const [rect, ...more] = rects();
      return more.length > 0 ? fail("NotModelled", "The fake reads one area only.") : rect;
    };
    const write = (key: "formula" | "numberFormat", grid: unknown[][]) =>
      this.queue(() => {
        const s = sheet();
        const [rect, ...more] = rects();
        const cells = cellsOf(rect);
        const columns = rect.right - rect.left + 1;
        if (more.length > 0 || grid.length * columns !== cells.length || grid.some((row) => row.length !== columns)) {
          fail("InvalidArgument", "The number of rows or columns in the input array doesn't match the range.");
        }
        // On a protected sheet only unlocked cells take input.
        const locked = ([r, c]: [number, number]) => s.cells.get(a1(r, c))?.format["protection.locked"] !== false;
        if (s.protection && cells.some(locked)) refuseProtected();
        for (const [r, c] of cells) {
          const cell = this.cell(s, r, c);
          if (key === "formula") this.store(cell, grid[r - rect.top][c - rect.left]);
          else cell.numberFormat = grid[r - rect.top][c - rect.left];
        }
      }, grid);
    /** A grid property, "" for an empty cell; null past the cell limit; sized without building a huge grid. */
    const grid = (what: string, cellOf: (cell: FakeCell, where: string) => unknown) =>
      this.loadable(
        what,
        () => {
          if (isNull()) return NULL_OBJECT;
          const [rect, s] = [area(), sheet()];
          if (cellCount(rect) > READ_CELL_LIMIT) return null;
          return rows(rect).map((r) =>
            columns(rect).map((c) => {
              const cell = s.cells.get(a1(r, c));
              return cell === undefined ? "" : cellOf(cell, `${s.name}!${a1(r, c)}`);
            }),
          );
        },
        () => {
          if (isNull()) return 0;
          const [rect, s] = [area(), sheet()];
          if (cellCount(rect) > READ_CELL_LIMIT) return 4;
          let bytes = gridBytes(rect);
          for (const [address, cell] of s.cells) {
            if (contains(rect, parseAddress(address))) bytes += jsonBytes(cellOf(cell, `${s.name}!${address}`)) - 2;
          }
          return bytes;
        },
      );
    const values = grid("values", (cell, where) => this.valueOf(cell, where));
    // Excel's `formulas`: a formula where a cell has one, else its constant (as `values` gives it), "" when empty.
    const formulas = grid("formulas", (cell) => (isFormula(cell.formula) ? cell.formula : (cell.value ?? "")));
    // Range.numberFormat: Excel's invariant format code; a cell never given one reads "General".
    const numberFormats = grid("numberFormat", (cell) => cell.numberFormat ?? "General");
    const address = this.loadable("address", () =>
      isNull() ? NULL_OBJECT : `${quoteSheet(sheet().name)}!${relativeAddress(rects())}`,
    );
    const nullness = this.loadable("isNullObject", isNull, () => 0);
    const extent = (what: string, of: (rect: Rect) => number) =>
      this.loadable(what, () => (isNull() ? NULL_OBJECT : of(area())));
    const loaders: Record<string, { load: () => void; get: () => unknown }> = {
      values,
      formulas,
      numberFormat: numberFormats,
      address,
      rowIndex: extent("rowIndex", (rect) => rect.top),
      columnIndex: extent("columnIndex", (rect) => rect.left),
      rowCount: extent("rowCount", (rect) => rect.bottom - rect.top + 1),
      columnCount: extent("columnCount", (rect) => rect.right - rect.left + 1),
    };
    /** Sets a format on the cells `where` says; `replace` false leaves one a cell has already. */
    const format =
      (key: string, where: (rect: Rect, row: number) => boolean = () => true, replace = true) =>
      (value: unknown) =>
        this.queue(() => {
          const s = sheet();
          if (s.protection && !s.protection.allowFormatCells) refuseProtected();
          for (const rect of rects()) {
            for (const [r, c] of cellsOf(rect)) {
              const cell = this.cell(s, r, c);
              if (where(rect, r) && (replace || !(key in cell.format))) cell.format[key] = value;
            }
          }
        });
    const setColumnWidth = (points: number) =>
      this.queue(() => {
        const s = sheet();
        if (s.protection && !s.protection.allowFormatColumns) refuseProtected();
        for (const rect of rects()) for (let c = rect.left; c <= rect.right; c++) s.columnWidths.set(c, points);
      });
    const edges = (edge: string) => EDGES[edge] ?? fail("NotModelled", `The fake has no border ${edge}.`);
    // A line Excel draws is thin unless its weight is set (RangeBorder.weight; Border.Weight's default, xlThin).
    const border = (edge: string, property: string) => (value: unknown) =>
      edges(edge).forEach(({ side, on }) => {
        if (property === "style") format(`${side}.weight`, on, false)("Thin");
        format(`${side}.${property}`, on)(value);
      });
    const proxy = {
      load(select: string) {
        for (const property of select.split(",")) {
          (
            loaders[property.trim()] ??
            fail("NotModelled", `The fake loads ${Object.keys(loaders).join(", ")}, not "${property}".`)
          ).load();
        }
        nullness.load();
        return this;
      },
      get isNullObject() {
        return nullness.get();
      },
      get worksheet() {
        return worksheetOf(sheet);
      },
      // Range.getIntersectionOrNullObject (ExcelApi 1.4): a null object when the ranges do not meet.
      getIntersectionOrNullObject: (other: object) => {
        const them = this.targets.get(other) ?? fail("InvalidArgument", "Not a range.");
        const nowhere = () => fail("ItemNotFound", "The ranges do not intersect.");
        return this.range(
          {
            sheet: () => (them.sheet() === sheet() ? sheet() : nowhere()),
            rects: () => [intersection(area(), them.rects()[0]) ?? nowhere()],
          },
          true,
        );
      },
      get values() {
        return values.get();
      },
      get formulas(): unknown {
        return formulas.get();
      },
      get address() {
        return address.get();
      },
      get rowIndex() {
        return loaders.rowIndex.get();
      },
      get columnIndex() {
        return loaders.columnIndex.get();
      },
      get rowCount() {
        return loaders.rowCount.get();
      },
      get columnCount() {
        return loaders.columnCount.get();
      },
      // Excel on the web shows the range's sheet with the range selected; Windows does not switch sheets
      // (office-js#5118), and the fake then leaves everything as it was.
      select: () =>
        this.queue(() => {
          if (sheet() !== this.active && !this.profile.selectSwitchesSheets) return;
          this.active = sheet();
          this.selection = relativeAddress(rects());
        }),
      set formulas(grid: unknown) {
        write("formula", grid as unknown[][]);
      },
      set numberFormat(grid: unknown[][]) {
        write("numberFormat", grid);
      },
      get numberFormat(): unknown[][] {
        return numberFormats.get() as unknown[][];
      },
      format: {
        font: setters({
          bold: format("font.bold"),
          italic: format("font.italic"),
          size: format("font.size"),
          color: format("font.color"),
        }),
        fill: setters({ color: format("fill.color") }),
        set horizontalAlignment(alignment: string) {
          format("horizontalAlignment")(alignment);
        },
        protection: setters({ locked: format("protection.locked") }),
        borders: {
          getItem: (edge: string) =>
            setters({
              style: border(edge, "style"),
              weight: border(edge, "weight"),
              color: border(edge, "color"),
            }),
        },
        set columnWidth(points: number) {
          setColumnWidth(points);
        },
      },
    };
    this.targets.set(proxy, target);
    return proxy;
  }

  /** Whether Excel knows every FINSAM function the cell's formula calls. */
  private knowsFunctions(cell: FakeCell): boolean {
    return !isFormula(cell.formula) || !unknownFunction(cell.formula, registeredFunctionNames(this.displayLanguage));
  }

  /** Excel shows an empty cell as "", a formula as what it calculates to, #NAME? for a function it does not know. */
  private valueOf(cell: FakeCell | undefined, where: string): unknown {
    if (cell === undefined || cell.formula === undefined) return "";
    if (!this.knowsFunctions(cell)) return "#NAME?";
    return cell.value ?? fail("NotModelled", `The fake does not calculate ${where}; a test sets it with calculated().`);
  }

  private cell(sheet: FakeSheet, row: number, column: number): FakeCell {
    const address = a1(row, column);
    const cell = sheet.cells.get(address) ?? { format: {} };
    sheet.cells.set(address, cell);
    return cell;
  }

  private store(cell: FakeCell, input: unknown): void {
    cell.formula = input;
    cell.value = isFormula(input) ? undefined : typeof input === "string" ? input.replace(/^'/, "") : input;
  }

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  private deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    // Excel shows a neighbouring sheet when the active one goes.
    if (this.active === sheet) this.active = this.sheets[Math.min(index, this.sheets.length - 1)];
  }
}

/** Write-only properties: reading one is reading what was never loaded. */
function setters(properties: Record<string, (value: unknown) => void>): object {
  const object = {};
  for (const [key, set] of Object.entries(properties)) {
    Object.defineProperty(object, key, {
      set,
      get: () => fail("PropertyNotLoaded", `The property '${key}' is not available.`),
    });
  }
  return object;
}

function expectLoad(select: string, supported: string): void {
  if (select !== supported) fail("NotModelled", `The fake models load("${supported}") here, not load("${select}").`);
}

function refuseProtected(): never {
  return fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function fail(code: string, message: string): never {
  throw excelError(code, message);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether a formula calls a FINSAM function under a name Excel has not registered. */
function unknownFunction(formula: string, registered: ReadonlySet<string>): boolean {
  return [...formula.matchAll(/\bFINSAM\.[A-Z0-9.]+(?=\()/gi)].some(([name]) => !registered.has(name.toUpperCase()));
}

/** What a null object's properties hold: reading one fails. */
const NULL_OBJECT = Symbol("null object");

function resolves(target: RangeTarget): boolean {
  try {
    target.sheet();
    target.rects();
    return true;
  } catch {
    return false;
  }
}

const encoder = new TextEncoder();

/** The UTF-8 size of a value as JSON, as Office.js sends it (TextEncoder: the browser tests run this fake in the page). */
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** The JSON size of a grid of empty strings the size of `rect`: brackets, commas and "" per cell. */
function gridBytes(rect: Rect): number {
  const [r, c] = [rect.bottom - rect.top + 1, rect.right - rect.left + 1];
  return 2 + (r - 1) + r * (2 + (c - 1)) + 2 * r * c;
}

function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const rect = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : undefined;
}

function isFormula(input: unknown): input is string {
  return typeof input === "string" && input.startsWith("=");
}

function rows(rect: Rect): number[] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, k) => rect.top + k);
}

function columns(rect: Rect): number[] {
  return Array.from({ length: rect.right - rect.left + 1 }, (_, k) => rect.left + k);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/** As Excel writes an address: whole rows as "1:3", whole columns as "A:B". */
function relativeAddress(rects: Rect[]): string {
  return rects
    .map((rect) => {
      if (rect.left === 0 && rect.right === SHEET_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
      if (rect.top === 0 && rect.bottom === SHEET_ROWS - 1) {
        return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
      }
      return areaAddress(areaOf(rect));
    })
    .join(",");
}

function cellsOf(rect: Rect): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.push([r, c]);
  return cells;
}

const areaOf = (rect: Rect) => ({
  first: { row: rect.top, column: rect.left },
  last: { row: rect.bottom, column: rect.right },
});

function absoluteAddress(rect: Rect): string {
  return areaAddress(areaOf(rect), true);
}

/** An address list as `getRanges` takes it: areas joined by the platform's list separator, under 8 192 characters. */
function parseAddressList(addresses: string, separator: string): Rect[] {
  if (addresses.length > ADDRESS_LIMIT)
    fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return addresses.split(separator).map(parseAddress);
}

/** What a test sets as the selection: one area, or several joined by ",". */
function selectionAreas(selection: string): Rect[] {
  return selection.split(",").map(parseAddress);
}

function singleArea(selection: string): Rect {
  const [area, ...more] = selectionAreas(selection);
  return more.length > 0 ? fail("InvalidSelection", "The current selection is invalid for this operation.") : area;
}

/** One area: "B3", "B3:C4", whole columns "A:B" or whole rows "1:3"; anything else is refused. */
function parseAddress(address: string): Rect {
  const bare = address.replaceAll("$", "").trim();
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(bare);
  if (cells) {
    const [top, left] = [Number(cells[2]) - 1, columnIndex(cells[1])];
    return { top, left, bottom: cells[4] ? Number(cells[4]) - 1 : top, right: cells[3] ? columnIndex(cells[3]) : left };
  }
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (columns) return { top: 0, left: columnIndex(columns[1]), bottom: SHEET_ROWS - 1, right: columnIndex(columns[2]) };
  const wholeRows = /^(\d+):(\d+)$/.exec(bare);
  if (wholeRows) {
    return { top: Number(wholeRows[1]) - 1, left: 0, bottom: Number(wholeRows[2]) - 1, right: SHEET_COLUMNS - 1 };
  }
  return fail("InvalidArgument", `Bad address "${address.length > 40 ? `${address.slice(0, 40)}…` : address}".`);
}
