/**
 * Reads a report's text for `soat check-text`: .txt in UTF-8 or UTF-16 (with a byte-order mark),
 * .docx through mammoth with footnotes kept — marks as superscripts, bodies as lines at the end —
 * one paragraph per line.
 */
import { readFileSync, statSync } from "fs";
import { extname } from "path";
import mammoth from "mammoth";
import { SoatInputError } from "./errors";
import { guardWorkbookFile } from "./guard";
import { decodeText, htmlToLines } from "./textLines";

export interface ReportText {
  text: string;
  /** Each line is a paragraph (a .docx); otherwise wrapped lines may be joined. */
  paragraphPerLine: boolean;
}

const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export async function readReportText(path: string): Promise<ReportText> {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt") return { text: decodeText(readFile(path), path), paragraphPerLine: false };
  if (ext === ".docx") {
    guardWorkbookFile(path, "docx");
    try {
      const { value } = await mammoth.convertToHtml({ path });
      return { text: htmlToLines(value), paragraphPerLine: true };
    } catch (e) {
      throw new SoatInputError({
        vi: `Không đọc được ${path}: tệp .docx bị hỏng (${(e as Error).message})`,
        en: `Cannot read ${path}: the .docx file is damaged (${(e as Error).message})`,
      });
    }
  }
  throw new SoatInputError(
    ext === ".doc"
      ? { vi: `Tệp ${path} là định dạng Word cũ (.doc). Hãy lưu lại dưới dạng .docx.`, en: `${path} is a legacy Word file (.doc). Save it as .docx.` }
      : {
          vi: `Soát chỉ đọc văn bản .txt hoặc .docx, không đọc được ${path}. Với .pdf, hãy sao chép nội dung ra tệp .txt.`,
          en: `Soát reads .txt or .docx text only, not ${path}. For a .pdf, copy its text into a .txt file.`,
        },
  );
}

function readFile(path: string): Buffer {
  try {
    if (statSync(path).size > MAX_TEXT_BYTES)
      throw new SoatInputError({ vi: `Tệp ${path} quá lớn để là một báo cáo (trên 50 MB).`, en: `${path} is too large for a report (over 50 MB).` });
    return readFileSync(path);
  } catch (e) {
    if (e instanceof SoatInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SoatInputError({ vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
    if (code === "EISDIR") throw new SoatInputError({ vi: `${path} là thư mục, không phải tệp`, en: `${path} is a folder, not a file` });
    throw new SoatInputError({ vi: `Không mở được tệp ${path} (${code})`, en: `Cannot open ${path} (${code})` });
  }
}

export { decodeText, htmlToLines };
