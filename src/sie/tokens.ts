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
  const fields: Field[] = [];
  let i = 0;
  const n = line.length;
  const skipSpace = () => {
    while (i < n && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++;
  };
  const word = (insideList: boolean): string => {
    if (line.charCodeAt(i) === QUOTE) {
      let text = "";
      i++;
      for (;;) {
        if (i >= n) throw new LineError("a quoted field is not closed");
        const code = line.charCodeAt(i);
        if (code === QUOTE) break;
        if (code === BACKSLASH && (line.charCodeAt(i + 1) === QUOTE || line.charCodeAt(i + 1) === BACKSLASH)) i++;
        text += line[i++];
      }
      i++;
      const next = line.charCodeAt(i);
      if (i < n && next !== SPACE && next !== TAB && !(insideList && next === CLOSE)) {
        throw new LineError("text follows a closing quote without a space");
      }
      return text;
    }
    const start = i;
    while (i < n) {
      const code = line.charCodeAt(i);
      if (code === SPACE || code === TAB || (insideList && code === CLOSE)) break;
      if (code === QUOTE || code === OPEN || code === CLOSE)
        throw new LineError(`"${line[i]}" inside an unquoted field`);
      i++;
    }
    return line.slice(start, i);
  };

  skipSpace();
  const label = word(false);
  for (;;) {
    skipSpace();
    if (i >= n) break;
    if (line.charCodeAt(i) === OPEN) {
      i++;
      const list: ObjectRef[] = [];
      for (;;) {
        skipSpace();
        if (i >= n) throw new LineError("an object list is not closed with }");
        if (line.charCodeAt(i) === CLOSE) break;
        const dimension = word(true);
        skipSpace();
        if (i >= n || line.charCodeAt(i) === CLOSE) {
          throw new LineError(`the object list names dimension ${dimension} without an object`);
        }
        list.push({ dimension, object: word(true) });
      }
      i++;
      fields.push(list);
    } else {
      fields.push(word(false));
    }
  }
  return { label: label.toUpperCase(), fields };
}
