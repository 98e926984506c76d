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

/** A line that breaks the format's rules for fields, with what is wrong. */
export class LineError extends Error {}

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/**
 * Splits a record line into its label and fields (SIE 4B, chapter 5): fields
 * are separated by spaces or tabs; a field with spaces is quoted, with `\"`
 * for a quote inside; `{...}` holds an object list of dimension–object pairs.
 */
export function tokenize(line: string): SieRecord {
  return new Tokenizer(line).record();
}

/** A cursor over one line; methods rather than closures, as a file has a hundred thousand lines. */
class Tokenizer {
  private i = 0;

  constructor(private readonly line: string) {}

  record(): SieRecord {
    const fields: Field[] = [];
    this.skipSpace();
    const label = this.word(false);
    for (;;) {
      this.skipSpace();
      if (this.i >= this.line.length) break;
      fields.push(this.line.charCodeAt(this.i) === OPEN ? this.objectList() : this.word(false));
    }
    return { label: label.toUpperCase(), fields };
  }

  private skipSpace(): void {
    const { line } = this;
    while (this.i < line.length && (line.charCodeAt(this.i) === SPACE || line.charCodeAt(this.i) === TAB)) this.i++;
  }

  private objectList(): ObjectRef[] {
    const { line } = this;
    this.i++;
    const list: ObjectRef[] = [];
    for (;;) {
      this.skipSpace();
      if (this.i >= line.length) throw new LineError("an object list is not closed with }");
      if (line.charCodeAt(this.i) === CLOSE) break;
      const dimension = this.word(true);
      this.skipSpace();
      if (this.i >= line.length || line.charCodeAt(this.i) === CLOSE) {
        throw new LineError(`the object list names dimension ${dimension} without an object`);
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
        if (this.i >= n) throw new LineError("a quoted field is not closed");
        const code = line.charCodeAt(this.i);
        if (code === QUOTE) break;
        if (
          code === BACKSLASH &&
          (line.charCodeAt(this.i + 1) === QUOTE || line.charCodeAt(this.i + 1) === BACKSLASH)
        ) {
          escaped = true;
          this.i++;
        }
        this.i++;
      }
      const raw = line.slice(start, this.i++);
      const next = line.charCodeAt(this.i);
      if (this.i < n && next !== SPACE && next !== TAB && !(insideList && next === CLOSE)) {
        throw new LineError("text follows a closing quote without a space");
      }
      return escaped ? raw.replace(/\\(["\\])/g, "$1") : raw;
    }
    const start = this.i;
    while (this.i < n) {
      const code = line.charCodeAt(this.i);
      if (code === SPACE || code === TAB || (insideList && code === CLOSE)) break;
      if (code === QUOTE || code === OPEN || code === CLOSE) {
        throw new LineError(`"${line[this.i]}" inside an unquoted field`);
      }
      this.i++;
    }
    return line.slice(start, this.i);
  }
}
