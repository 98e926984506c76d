import { posix } from "node:path";
import { attributesOf, scanXml } from "./xml-scan";
import { ZipArchive } from "./zip-archive";

/*
 * An Office Open XML package finds its parts through relationships (ECMA-376
 * part 2): `_rels/.rels` names the workbook, the workbook's own `.rels` its
 * sheets and shared strings. Writers name the parts as they like (Excel
 * `xl/worksheets/sheet1.xml`, Apple Numbers `sheet.xml`, some `/xl/...`), so
 * they are only ever found this way.
 */

export interface Relationship {
  readonly id: string;
  /** The type's last segment: `officeDocument`, `worksheet`, `sharedStrings` (transitional and strict alike). */
  readonly kind: string;
  /** The part's name in the archive, resolved against the source part. */
  readonly part: string;
}

/** The relationships of `source` ("" for the package itself). */
export function relationshipsOf(zip: ZipArchive, source: string): Relationship[] {
  const directory = posix.dirname(source);
  const relsPart = posix.join(directory, "_rels", `${posix.basename(source)}.rels`);
  const bytes = zip.read(relsPart);
  if (!bytes) return [];
  const relationships: Relationship[] = [];
  scanXml(bytes, {
    open(name, raw) {
      if (name !== "Relationship") return;
      const { Id, Type, Target, TargetMode } = attributesOf(raw);
      if (!Target || TargetMode === "External") return;
      const part = Target.startsWith("/") ? Target.slice(1) : posix.normalize(posix.join(directory, Target));
      relationships.push({ id: Id ?? "", kind: (Type ?? "").split("/").pop() ?? "", part });
    },
    close() {},
    text() {},
  });
  return relationships;
}
