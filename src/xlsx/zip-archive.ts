import { crc32, createInflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";

/*
 * The zip container of .xlsx and .ods files, read and written with Node's own
 * zlib: the readers need to look inside a file before choosing how to read it
 * (and to find parts by their relationships, whatever they are named), and
 * `outcome` rewrites a few parts before ExcelJS sees them.
 */

/** A file that is not a zip archive, or one this reader cannot open, with why. */
export class ZipError extends Error {
  constructor(readonly reason: "not-zip" | "encrypted-entry" | "unsupported-compression" | "too-large") {
    super(reason);
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The largest part inflated: far beyond any sheet a plan has, and below what a Buffer holds. */
const MAX_PART_BYTES = 1024 * 1024 * 1024;

export class ZipArchive {
  /** Entries by lower-case name: package part names are case-insensitive. */
  private readonly entries = new Map<string, Entry>();

  constructor(readonly bytes: Buffer) {
    const end = findEndOfDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError("not-zip");
      const nameLength = bytes.readUInt16LE(at + 28);
      const flags = bytes.readUInt16LE(at + 8);
      const name = bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
      this.entries.set(keyOf(name), {
        name,
        flags,
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeader: bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  /** Every entry's name as stored. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.entries.has(keyOf(name));
  }

  /** The entry's bytes, inflated; undefined when there is no such entry. */
  read(name: string): Buffer | undefined {
    const stored = this.stored(name);
    if (!stored || stored.method === 0) return stored?.data;
    try {
      return inflateRawSync(stored.data, { maxOutputLength: MAX_PART_BYTES });
    } catch (error) {
      throw new ZipError((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "not-zip");
    }
  }

  /** The entry's bytes inflated piece by piece, so that a large part is never whole in memory; undefined when there is none. */
  async *stream(name: string): AsyncGenerator<Buffer, void, undefined> {
    const stored = this.stored(name);
    if (!stored) return;
    if (stored.method === 0) {
      yield stored.data;
      return;
    }
    const inflater = createInflateRaw();
    inflater.end(stored.data);
    try {
      for await (const piece of inflater) yield piece as Buffer;
    } catch {
      throw new ZipError("not-zip");
    }
  }

  private stored(name: string): { method: number; data: Buffer } | undefined {
    const entry = this.entries.get(keyOf(name));
    if (!entry) return undefined;
    if (entry.flags & 0x1) throw new ZipError("encrypted-entry");
    if (entry.size > MAX_PART_BYTES) throw new ZipError("too-large");
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError("unsupported-compression");
    const header = entry.localHeader;
    if (header + 30 > this.bytes.length || this.bytes.readUInt32LE(header) !== LOCAL_HEADER) {
      throw new ZipError("not-zip");
    }
    const start = header + 30 + this.bytes.readUInt16LE(header + 26) + this.bytes.readUInt16LE(header + 28);
    return { method: entry.method, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** The entry as text (package parts are UTF-8 unless they say otherwise, which the formats read here never do). */
  text(name: string): string | undefined {
    return this.read(name)?.toString("utf8");
  }
}

/** Part names are case-insensitive; some Windows tools store them with backslashes. */
const keyOf = (name: string): string => name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError("not-zip");
}

/** True when the bytes open as a zip archive (a local header first, as every zip writer puts it). */
export const looksLikeZip = (bytes: Buffer): boolean => bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;

/** A zip archive of the given parts, deflated, in the given order. */
export function writeZip(parts: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const nameBytes = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data);
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x800, 2); // names in UTF-8
    common.writeUInt16LE(8, 4);
    common.writeUInt32LE(0x210000, 6); // 1980-01-01 00:00, the earliest date zip can hold
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(compressed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    const local = Buffer.concat([uint32(LOCAL_HEADER), common, nameBytes, compressed]);
    const central = Buffer.concat([
      uint32(DIRECTORY_ENTRY),
      Buffer.from([20, 0]), // made by: version 2.0
      common,
      Buffer.alloc(10), // comment length, disk, internal and external attributes
      uint32(offset),
      nameBytes,
    ]);
    locals.push(local);
    directory.push(central);
    offset += local.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
