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
