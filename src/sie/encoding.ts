import { decodeCp437 } from "./cp437";
import { SieIssue, sieIssue } from "./messages";

/** The character sets an SIE file is read in: PC8 as the format prescribes, and the two that programs also write. */
export type SieEncoding = "PC8" | "UTF-8" | "Windows-1252";

export interface DecodedSie {
  readonly text: string;
  readonly encoding: SieEncoding;
  /** A warning naming an encoding other than PC8, or the problem that makes the text unusable. */
  readonly warnings: readonly SieIssue[];
  readonly problems: readonly SieIssue[];
}

/** The Swedish letters' bytes in PC8 (å ä ö Å Ä Ö é Ü ü) and in Windows-1252 / ISO 8859-15. */
const PC8_LETTERS = new Set([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x9a, 0x81]);
const LATIN_LETTERS = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xdc, 0xfc]);

/** The DOS end-of-file byte some programs still put after the last line. */
const DOS_EOF = 0x1a;

/**
 * The file's text, in the encoding its bytes show: valid multi-byte UTF-8 (or
 * a byte-order mark) is UTF-8; bytes that are Swedish letters in Windows-1252
 * and none that are in PC8 are Windows-1252; anything else is PC8. A text
 * holding replacement characters (U+FFFD) lost its letters before it reached
 * us and is refused. Runs in the task pane too, so TextDecoder, not Buffer.
 */
export function decodeSie(file: Uint8Array): DecodedSie {
  let end = file.length;
  while (end > 0 && file[end - 1] === DOS_EOF) end--;
  const bom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
  const bytes = file.subarray(bom ? 3 : 0, end);
  const encoding = bom ? "UTF-8" : encodingOf(bytes);
  const text = encoding === "PC8" ? decodeCp437(bytes) : new TextDecoder(encoding.toLowerCase()).decode(bytes);
  const warnings =
    encoding === "UTF-8"
      ? [sieIssue("encoding-utf8", 0)]
      : encoding === "Windows-1252"
        ? [sieIssue("encoding-windows-1252", 0)]
        : [];
  const problems = text.includes("\ufffd") ? [sieIssue("replacement-characters", 0, { encoding })] : [];
  return { text, encoding, warnings, problems };
}

function encodingOf(bytes: Uint8Array): SieEncoding {
  let pc8 = false;
  let latin = false;
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80) continue;
    high = true;
    pc8 ||= PC8_LETTERS.has(byte);
    latin ||= LATIN_LETTERS.has(byte);
  }
  if (!high) return "PC8";
  if (isUtf8(bytes)) return "UTF-8";
  return latin && !pc8 ? "Windows-1252" : "PC8";
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
