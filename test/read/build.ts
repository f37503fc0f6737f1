/** Builds small .xlsx packages part by part, for the reader's tests (sound ones and damaged ones). */
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface Parts {
  /** Sheet XML bodies (inside <worksheet>), one per sheet. */
  sheets: string[];
  strings?: string[];
  /** <numFmts> and <cellXfs> contents. */
  numFmts?: string;
  cellXfs?: string;
  /** Parts to leave out or replace, by path. */
  omit?: string[];
  replace?: Record<string, string | Uint8Array>;
}

export function packageFiles(p: Parts): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}><sheets>${p.sheets.map((_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/>${p.strings ? `<Relationship Id="rT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><styleSheet ${NS}>${p.numFmts ? `<numFmts>${p.numFmts}</numFmts>` : ""}<cellXfs>${p.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`,
  };
  p.sheets.forEach((body, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet ${NS}>${body}</worksheet>`));
  if (p.strings) files["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst ${NS}>${p.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  for (const o of p.omit ?? []) delete files[o];
  Object.assign(files, p.replace ?? {});
  return files;
}

export async function xlsxBytes(p: Parts): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(packageFiles(p))) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export function tempFile(name: string, content: Buffer | Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "soat-read-")), name);
  writeFileSync(path, content);
  return path;
}

/** A sheet body from rows of raw <c> contents. */
export function sheetData(rows: string[], after = ""): string {
  return `<sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r}</row>`).join("")}</sheetData>${after}`;
}

export interface RawEntry {
  name: string;
  /** The stored bytes: deflated (method 8) unless `stored`. */
  data: Buffer;
  /** The unpacked size the headers declare (true or not). */
  declared: number;
  stored?: boolean;
}

/** A zip written by hand, so that its headers can lie or use zip64 records. */
export function rawZip(entries: RawEntry[], zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const extra = zip64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.declared), 4);
      extra.writeBigUInt64LE(BigInt(e.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(zip64 ? 45 : 20, 4);
    cd.writeUInt16LE(zip64 ? 45 : 20, 6);
    cd.writeUInt16LE(e.stored ? 0 : 8, 10);
    cd.writeUInt32LE(zip64 ? 0xffffffff : e.data.length, 20);
    cd.writeUInt32LE(zip64 ? 0xffffffff : e.declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(cd, name, extra);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(cdBuf.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cdBuf.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cdBuf.length, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cdBuf, ...tail, eocd]);
}
