import { SieIssue, sieIssue, sieMessage } from "./messages";

/** One object of an object list: a dimension (1 kostnadsställe, 6 projekt, ...) and the object's code in it. */
export interface ObjectRef {
  readonly dimension: string;
  readonly object: string;
}

/** A field of a record: plain text, or an object list `{1 "100" 6 "P1"}`. */
export type Field = string | readonly ObjectRef[];

export interface SieRecord {
  /** The label with its #, upper case as the format writes it: "#TRANS". */
  readonly label: string;
  readonly fields: readonly Field[];
}

/** A line that breaks the format's rules for fields, with what is wrong (the reader adds the line). */
export class LineError extends Error {
  constructor(readonly issue: SieIssue) {
    super(sieMessage(issue, "en"));
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/** Trial readings of a line's rest inside one another, at most (see Tokenizer.endsField). */
const MAX_TRIALS = 8;

/**
 * Splits a record line into its label and fields (SIE 4B, chapter 5): fields
 * are separated by spaces or tabs; a field with spaces is quoted, with `\"`
 * for a quote inside (the only escape: other backslashes are text, and one
 * before the quote that can end the field is text too, as in `"C:\SIE\"`);
 * `{...}` holds an object list of dimension–object pairs.
 */
export function tokenize(line: string): SieRecord {
  return new Tokenizer(line).record();
}

/** A cursor over one line; methods rather than closures, as a file has a hundred thousand lines. */
class Tokenizer {
  /**
   * Whether the line reads to its end from a position (just after a quote that
   * may end a field), inside an object list or not: found once per position,
   * as each `\"` that may end a field asks it.
   */
  private readonly restReads: Map<number, boolean>;

  constructor(
    private readonly line: string,
    private i = 0,
    restReads?: Map<number, boolean>,
    /** How many trial readings of the rest this one lies inside. */
    private readonly depth = 0,
  ) {
    this.restReads = restReads ?? new Map();
  }

  record(): SieRecord {
    this.skipSpace();
    const label = this.word(false);
    return { label: label.toUpperCase(), fields: this.fields() };
  }

  private fields(): Field[] {
    const fields: Field[] = [];
    for (;;) {
      this.skipSpace();
      if (this.i >= this.line.length) return fields;
      fields.push(this.line.charCodeAt(this.i) === OPEN ? this.objectList() : this.word(false));
    }
  }

  private skipSpace(): void {
    const { line } = this;
    while (this.i < line.length && (line.charCodeAt(this.i) === SPACE || line.charCodeAt(this.i) === TAB)) this.i++;
  }

  private objectList(): ObjectRef[] {
    this.i++;
    return this.objectListRest();
  }

  /** The object list's pairs from the cursor to its }, which the cursor passes. */
  private objectListRest(): ObjectRef[] {
    const { line } = this;
    const list: ObjectRef[] = [];
    for (;;) {
      this.skipSpace();
      if (this.i >= line.length) throw new LineError(sieIssue("list-not-closed", 0));
      if (line.charCodeAt(this.i) === CLOSE) break;
      const dimension = this.word(true);
      this.skipSpace();
      if (this.i >= line.length || line.charCodeAt(this.i) === CLOSE) {
        throw new LineError(sieIssue("list-without-object", 0, { dimension }));
      }
      list.push({ dimension, object: this.word(true) });
    }
    this.i++;
    return list;
  }

  private word(insideList: boolean): string {
    const { line } = this;
    const n = line.length;
    if (line.charCodeAt(this.i) === QUOTE) {
      const start = ++this.i;
      let escaped = false;
      for (;;) {
        if (this.i >= n) throw new LineError(sieIssue("quote-not-closed", 0));
        const code = line.charCodeAt(this.i);
        if (code === QUOTE) break;
        if (code === BACKSLASH && line.charCodeAt(this.i + 1) === QUOTE && !this.endsField(this.i + 1, insideList)) {
          escaped = true;
          this.i++;
        }
        this.i++;
      }
      const raw = line.slice(start, this.i++);
      const next = line.charCodeAt(this.i);
      if (this.i < n && next !== SPACE && next !== TAB && !(insideList && next === CLOSE)) {
        throw new LineError(sieIssue("text-after-quote", 0));
      }
      return escaped ? raw.replace(/\\"/g, '"') : raw;
    }
    const start = this.i;
    while (this.i < n) {
      const code = line.charCodeAt(this.i);
      if (code === SPACE || code === TAB || (insideList && code === CLOSE)) break;
      if (code === QUOTE || code === OPEN || code === CLOSE) {
        throw new LineError(sieIssue("character-in-field", 0, { character: line[this.i] }));
      }
      this.i++;
    }
    return line.slice(start, this.i);
  }

  /**
   * Whether the quote at `at`, escaped by the backslash before it, ends the
   * field instead: a separator or the line's end follows it, and the rest of
   * the line reads without a fault that way.
   */
  private endsField(at: number, insideList: boolean): boolean {
    const next = this.line.charCodeAt(at + 1);
    if (at + 1 < this.line.length && next !== SPACE && next !== TAB && !(insideList && next === CLOSE)) return false;
    // Past a few such quotes inside one another, `\"` is the escape the format defines: a hostile line stays cheap.
    if (this.depth >= MAX_TRIALS) return false;
    const key = 2 * at + (insideList ? 1 : 0);
    let reads = this.restReads.get(key);
    if (reads === undefined) {
      reads = new Tokenizer(this.line, at + 1, this.restReads, this.depth + 1).readsToEnd(insideList);
      this.restReads.set(key, reads);
    }
    return reads;
  }

  private readsToEnd(insideList: boolean): boolean {
    try {
      if (insideList) this.objectListRest();
      this.fields();
      return true;
    } catch (error) {
      if (error instanceof LineError) return false;
      throw error;
    }
  }
}
