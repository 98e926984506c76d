import type { ExcelRunner } from "../../src/excel/excel-runner";

/*
 * A small, honest fake of the part of Excel's JavaScript API that the workbook
 * writer uses. As in Office.js, calls only queue operations; `sync()` applies
 * them in order to an in-memory workbook, and an operation that fails stops the
 * batch with the earlier ones applied. A property can be read only after it was
 * loaded and a sync succeeded. Members outside this subset are absent (or throw
 * "not modelled"), so a writer that strays from it fails here too.
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

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface RangeTarget {
  sheet: () => FakeSheet;
  rects: () => Rect[];
}

type Op = () => void;

/** What an operation costs in a request beside its argument (Office.js sends object ids and a method name). */
const OPERATION_BYTES = 40;

/** Excel's documented limit on the address string of `getRange`/`getRanges`. */
const ADDRESS_LIMIT = 8192;

/** Which cells of a rectangle a border line lies above ("borderTop"); only the lines the writer draws are modelled. */
const LINES_ABOVE: Record<string, (rect: Rect, row: number) => boolean> = {
  EdgeTop: (rect, row) => row === rect.top,
  InsideHorizontal: (rect, row) => row > rect.top,
};

export class FakeExcel {
  readonly sheets: FakeSheet[];
  readonly names: FakeName[] = [];
  active: FakeSheet;
  /** The selected range on the active sheet (A1 address); its first cell is the active cell. */
  selection = "A1";
  syncCount = 0;
  /** How many operations each sync carried, so that a test can inject a fault at every point of a batch. */
  readonly operationsPerSync: number[] = [];
  /** The size of each sync's request: the JSON of the values it carries, and a little per operation. */
  readonly bytesPerSync: number[] = [];
  /** Like Excel on the web, refuse a request larger than this (off unless set). */
  requestLimitBytes = Infinity;
  private pending: Op[] = [];
  private pendingBytes = 0;
  /** Publishes loaded values; runs only when the whole batch succeeded. */
  private onSuccess: Op[] = [];
  private readonly faults = new Map<number, number>();
  private readonly targets = new WeakMap<object, RangeTarget>();
  /** The fake implements only the members the writer uses: the cast is where it stands in for Excel's types. */
  readonly context = {
    workbook: {
      worksheets: this.worksheetCollection(),
      names: this.nameCollection(),
      getSelectedRange: () => this.range({ sheet: () => this.active, rects: () => parseAddresses(this.selection) }),
      getActiveCell: () =>
        this.range({
          sheet: () => this.active,
          rects: () => parseAddresses(this.selection).map((r) => ({ ...r, bottom: r.top, right: r.left })),
        }),
    },
    sync: () => this.sync(),
  } as unknown as Excel.RequestContext;
  readonly runner: ExcelRunner = { run: (work) => work(this.context) };

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    this.sheets = sheetNames.map((name) => ({ name, cells: new Map(), columnWidths: new Map(), pageBreaks: [] }));
    this.active = this.sheets[0];
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
    const [rect] = parseAddresses(address);
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
    const [rect] = parseAddresses(name.address.replaceAll("$", ""));
    grid.forEach((row, r) =>
      row.forEach((value, c) => (this.cell(name.sheet, rect.top + r, rect.left + c).value = value)),
    );
  }

  /** A deep copy of everything the workbook holds, for before/after comparisons. */
  snapshot(): unknown {
    const names = this.names.map((n) => ({
      name: n.name,
      refersTo: this.sheets.includes(n.sheet) ? `${n.sheet.name}!${n.address}` : "#REF!",
    }));
    return structuredClone({ sheets: this.sheets, names, active: this.active.name });
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const [operations, publish, bytes] = [this.pending, this.onSuccess, this.pendingBytes];
    [this.pending, this.onSuccess, this.pendingBytes] = [[], [], 0];
    this.operationsPerSync.push(operations.length);
    this.bytesPerSync.push(bytes);
    if (bytes > this.requestLimitBytes) {
      throw excelError("RequestPayloadSizeLimitExceeded", `The request payload of ${bytes} bytes is over the limit.`);
    }
    const fault = this.faults.get(this.syncCount);
    operations.slice(0, fault).forEach((operation) => operation());
    if (fault !== undefined) throw excelError("GeneralException", `Injected failure in sync ${this.syncCount}.`);
    publish.forEach((operation) => operation());
  }

  private queue(operation: Op, argument?: unknown): void {
    this.pending.push(operation);
    this.charge(argument);
  }

  /** Adds an operation and its argument to the size of the next request. */
  private charge(argument?: unknown): void {
    // TextEncoder rather than Node's Buffer: the browser tests run this fake in the page.
    const bytes = argument === undefined ? 0 : new TextEncoder().encode(JSON.stringify(argument)).length;
    this.pendingBytes += OPERATION_BYTES + bytes;
  }

  /** A property readable after `load()` and a successful sync, with its value at that point of the batch. */
  private loadable<T>(what: string, read: () => T): { load: () => void; get: () => T } {
    let published: { value: T } | undefined;
    return {
      load: () => {
        let seen: T;
        this.queue(() => (seen = read()));
        this.onSuccess.push(() => (published = { value: seen }));
      },
      get: () =>
        published?.value ?? fail("PropertyNotLoaded", `The property '${what}' is not available: load and sync first.`),
    };
  }

  private worksheetCollection() {
    return this.collection(() => this.sheets.map(({ name }) => ({ name })), ["items/name"], {
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
    // A name's `formula` is its reference as Excel writes it ("=Parametrar!$B$10"), "=#REF!" once its sheet is gone.
    const formulaOf = (n: FakeName) =>
      this.sheets.includes(n.sheet) ? `=${quoteSheet(n.sheet.name)}!${n.address}` : "=#REF!";
    const items = () => this.names.map((n) => ({ name: n.name, formula: formulaOf(n) }));
    return this.collection(items, ["items/name", "items/name,items/formula"], {
      add: (name: string, reference: object) => {
        const target = this.targets.get(reference) ?? fail("InvalidArgument", "The reference is not a range.");
        this.queue(() => {
          if (find(name) >= 0) fail("ItemAlreadyExists", "A resource with the same name already exists.");
          this.names.push({ name, sheet: target.sheet(), address: absoluteAddress(target.rects()[0]) });
        });
      },
      getItem: (name: string) => ({
        getRange: () => {
          const named = () => this.names[find(name)] ?? fail("ItemNotFound", `No name "${name}".`);
          return this.range({
            sheet: () => named().sheet,
            rects: () => parseAddresses(named().address.replaceAll("$", "")),
          });
        },
        delete: () =>
          this.queue(() => {
            const index = find(name);
            if (index < 0) fail("ItemNotFound", `No name "${name}".`);
            this.names.splice(index, 1);
          }),
      }),
    });
  }

  /** A collection whose items' names (and, where given, other properties) can be loaded, with its own methods. */
  private collection<M extends object>(
    list: () => readonly { name: string }[],
    selects: readonly string[],
    methods: M,
  ) {
    const items = this.loadable("items", () => list().map((item) => ({ ...item })));
    const loading = {
      load(select: string) {
        if (!selects.includes(select.replaceAll(" ", ""))) {
          fail("NotModelled", `The fake models load("${selects.join('") or load("')}") here, not load("${select}").`);
        }
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
    return {
      load(select: string) {
        expectLoad(select, "name");
        name.load();
        return this;
      },
      get name() {
        return name.get();
      },
      getRange: (address: string) => (this.charge(address), range(() => parseAddresses(address))),
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
        range(() => [{ top, left, bottom: top + rows - 1, right: left + columns - 1 }]),
      getRanges: (addresses: string) => (this.charge(addresses), range(() => parseAddresses(addresses))),
      // As in Excel: the smallest range holding every cell with content (valuesOnly: with a value); A1 on an empty sheet.
      getUsedRange: (valuesOnly = false) =>
        range(() => {
          const used = [...sheet().cells]
            .filter(([, cell]) => cell.formula !== undefined && (!valuesOnly || cell.formula !== ""))
            .map(([address]) => parseAddresses(address)[0]);
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
      pageLayout: {
        set orientation(orientation: string) {
          set((s) => (s.orientation = orientation));
        },
        // Excel accepts whole rows only ("$1:$3").
        setPrintTitleRows: (rows: string) => {
          if (!/^\$?\d+:\$?\d+$/.test(rows)) fail("InvalidArgument", `Not whole rows: "${rows}".`);
          set((s) => (s.printTitleRows = rows));
        },
        setPrintArea: (area: string) =>
          set((s) => {
            parseAddresses(area); // an address Excel would refuse fails the sync, as there
            s.printArea = area;
          }),
      },
      horizontalPageBreaks: {
        add: (before: object) => {
          const target = this.targets.get(before) ?? fail("InvalidArgument", "Not a range.");
          set((s) => s.pageBreaks.push(target.rects()[0].top));
        },
      },
      protection: { protect: (options: Excel.WorksheetProtectionOptions = {}) => set((s) => (s.protection = options)) },
      activate: () => set((s) => (this.active = s)),
      delete: () => set((s) => this.deleteSheet(s)),
    };
  }

  private range(target: RangeTarget): object {
    const { sheet, rects } = target;
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
    const values = this.loadable("values", () => {
      const [rect, ...more] = rects();
      if (more.length > 0) fail("NotModelled", "The fake reads the values of one area only.");
      const s = sheet();
      return rows(rect).map((r) => columns(rect).map((c) => valueOf(s.cells.get(a1(r, c)), `${s.name}!${a1(r, c)}`)));
    });
    // Excel's `formulas`: a formula where a cell has one, else its constant (as `values` gives it), "" when empty.
    const formulas = this.loadable("formulas", () => {
      const [rect, ...more] = rects();
      if (more.length > 0) fail("NotModelled", "The fake reads the formulas of one area only.");
      const s = sheet();
      return rows(rect).map((r) =>
        columns(rect).map((c) => {
          const cell = s.cells.get(a1(r, c));
          return isFormula(cell?.formula) ? cell?.formula : (cell?.value ?? "");
        }),
      );
    });
    const address = this.loadable("address", () => `${quoteSheet(sheet().name)}!${relativeAddress(rects())}`);
    const loaders: Record<string, { load: () => void }> = { values, formulas, address };
    const format =
      (key: string, where: (rect: Rect, row: number) => boolean = () => true) =>
      (value: unknown) =>
        this.queue(() => {
          const s = sheet();
          if (s.protection && !s.protection.allowFormatCells) refuseProtected();
          for (const rect of rects()) {
            for (const [r, c] of cellsOf(rect)) if (where(rect, r)) this.cell(s, r, c).format[key] = value;
          }
        });
    const setColumnWidth = (points: number) =>
      this.queue(() => {
        const s = sheet();
        if (s.protection && !s.protection.allowFormatColumns) refuseProtected();
        for (const rect of rects()) for (let c = rect.left; c <= rect.right; c++) s.columnWidths.set(c, points);
      });
    const lineAbove = (edge: string) => LINES_ABOVE[edge] ?? fail("NotModelled", `The fake has no border ${edge}.`);
    const proxy = {
      load(select: string) {
        for (const property of select.split(",")) {
          (
            loaders[property.trim()] ??
            fail("NotModelled", `The fake loads values, formulas and address, not "${property}".`)
          ).load();
        }
        return this;
      },
      get values() {
        return values.get();
      },
      get formulas() {
        return formulas.get();
      },
      get address() {
        return address.get();
      },
      // Excel shows the range's sheet with the range selected.
      select: () =>
        this.queue(() => {
          this.active = sheet();
          this.selection = relativeAddress(rects());
        }),
      set formulas(grid: unknown[][]) {
        write("formula", grid);
      },
      set numberFormat(grid: unknown[][]) {
        write("numberFormat", grid);
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
              style: format("borderTop.style", lineAbove(edge)),
              weight: format("borderTop.weight", lineAbove(edge)),
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

/** Excel shows an empty cell as "", and a formula as what it calculates to. */
function valueOf(cell: FakeCell | undefined, where: string): unknown {
  if (cell === undefined || cell.formula === undefined) return "";
  return cell.value ?? fail("NotModelled", `The fake does not calculate ${where}; a test sets it with calculated().`);
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

function relativeAddress(rects: Rect[]): string {
  return rects
    .map((rect) =>
      rect.top === rect.bottom && rect.left === rect.right
        ? a1(rect.top, rect.left)
        : `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`,
    )
    .join(",");
}

function cellsOf(rect: Rect): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) cells.push([r, c]);
  return cells;
}

function a1(row: number, column: number, absolute = ""): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${absolute}${letters}${absolute}${row + 1}`;
}

function absoluteAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left, "$");
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${a1(rect.bottom, rect.right, "$")}`;
}

function parseAddresses(addresses: string): Rect[] {
  if (addresses.length > ADDRESS_LIMIT)
    fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return addresses.split(/[,;]/).map((address) => {
    const match =
      /^\s*\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?\s*$/.exec(address) ??
      fail("InvalidArgument", `Bad address "${address}".`);
    const [top, left] = [Number(match[2]) - 1, columnIndex(match[1])];
    return { top, left, bottom: match[4] ? Number(match[4]) - 1 : top, right: match[3] ? columnIndex(match[3]) : left };
  });
}

function columnIndex(letters: string): number {
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
