/*
 * PC8, the character set SIE files are written in (#FORMAT PC8): IBM code page
 * 437. Node's TextDecoder does not know it in small-ICU builds ("ibm437" and
 * "cp437" are refused), so the upper half is a table; the lower half is ASCII.
 */
const UPPER_HALF =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐" +
  "└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

const DECODE = new Map<string, string>(
  [...UPPER_HALF].map((char, i) => [String.fromCharCode(0x80 + i), char] as [string, string]),
);
const ENCODE = new Map<string, number>([...UPPER_HALF].map((char, i) => [char, 0x80 + i] as [string, number]));

/** The bytes as PC8 text, in Node and in the task pane alike (no Buffer there). */
export function decodeCp437(bytes: Uint8Array): string {
  // Each byte first becomes the code point of the same number: widened to UTF-16 code units, which TextDecoder
  // reads in one call (a browser's "latin1" is Windows-1252, which moves 80–9F). Only the upper half needs the table.
  const wide = new Uint16Array(bytes.length);
  wide.set(bytes);
  return new TextDecoder("utf-16le").decode(wide).replace(/[\x80-\xff]/g, (char) => DECODE.get(char) as string);
}

/** The text as PC8 bytes; a character PC8 does not have is an error, never a silent "?". */
export function encodeCp437(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : ENCODE.get(char);
    if (byte === undefined) throw new RangeError(`"${char}" has no place in PC8 (code page 437)`);
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

/** The Swedish letters' bytes in PC8 (å ä ö Å Ä Ö é Ü ü) and in Windows-1252 / ISO 8859-1. */
const PC8_LETTERS = new Set([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x9a, 0x81]);
const LATIN1_LETTERS = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xdc, 0xfc]);

/**
 * Why the bytes are not PC8 text, if they look like another encoding: the
 * usual slips are a UTF-8 export (å is C3 A5) or a Windows one (å is E5, σ in PC8).
 */
export function otherEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "UTF-8 (it starts with a byte order mark)";
  let pc8 = false;
  let latin1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80) continue;
    // C3 followed by 80–BF is how UTF-8 writes å, ä, ö, é ...; in PC8 it would read "├Ñ".
    if (byte === 0xc3 && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xbf) return "UTF-8 (å, ä, ö written as two bytes)";
    pc8 ||= PC8_LETTERS.has(byte);
    latin1 ||= LATIN1_LETTERS.has(byte);
  }
  return latin1 && !pc8 ? "Windows-1252 / ISO 8859-1 (å, ä, ö read as σ, Σ, ÷)" : undefined;
}
