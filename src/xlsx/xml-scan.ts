import { StringDecoder } from "node:string_decoder";

/*
 * A small streaming XML scanner for the parts of a spreadsheet package: tags
 * by their local name (writers use prefixes freely: `x:c`, `main:row`),
 * attributes and text with entities decoded. The bytes are decoded and
 * scanned in slices, so that a sheet of a million rows is never one string.
 */

export interface XmlHandler {
  /** An opening (or empty, `selfClosing`) tag; `attributes` holds the raw attribute text, for `attributesOf`. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** A complete token at the scanner's position: CDATA, comment or declaration, tag, or text up to the next tag. */
const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)(?:[^\s/>:]+:)?([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)(?=<)/y;
const SLICE_BYTES = 4 * 1024 * 1024;

/** Scans a part that arrives in pieces (an inflating stream): `write` each, then `end`. */
export class XmlScanner {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";

  constructor(private readonly handler: XmlHandler) {}

  write(bytes: Buffer): void {
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      this.pending = scanComplete(
        this.pending + this.decoder.write(bytes.subarray(start, start + SLICE_BYTES)),
        this.handler,
      );
    }
  }

  end(): void {
    // A "<" after the end lets trailing text complete; anything else left is a token cut off.
    if (scanComplete(this.pending + this.decoder.end() + "<", this.handler) !== "<") throw new XmlError();
  }
}

/** Scans a part held whole. */
export function scanXml(bytes: Buffer, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.write(bytes);
  scanner.end();
}

/** Scans every complete token of `text`, and returns what is left for the next slice. */
function scanComplete(text: string, handler: XmlHandler): string {
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    at = TOKEN.lastIndex;
    if (match[1] !== undefined) handler.text(match[1]);
    else if (match[3] !== undefined) {
      if (match[2]) handler.close(match[3]);
      else handler.open(match[3], match[4], match[5] === "/");
    } else if (match[6] !== undefined) handler.text(decodeEntities(match[6]));
  }
  return text.slice(at);
}

/** Text that is not well-formed XML where the scanner needs it to be. */
export class XmlError extends Error {
  constructor() {
    super("malformed XML");
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? decimal ?? "", hex ? 16 : 10)),
  );
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag by qualified name (`r`, `r:id`), values decoded. */
export function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) attributes[match[1]] = decodeEntities(match[2] ?? match[3]);
  return attributes;
}

/** The value of an attribute whatever its prefix (`r:id`, `relationships:id`), by local name. */
export function prefixedAttribute(attributes: Record<string, string>, localName: string): string | undefined {
  const key = Object.keys(attributes).find((name) => name.endsWith(`:${localName}`));
  return key === undefined ? undefined : attributes[key];
}
