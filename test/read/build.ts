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
