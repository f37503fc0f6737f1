/**
 * Reads a report's text for `soat check-text`: .txt in UTF-8, UTF-16 (with a byte-order mark, or
 * plain ASCII-range text without one) or UTF-32 with a mark; .docx through mammoth with footnotes
 * kept — marks as superscripts, bodies as lines at the end — one paragraph per line. A file that
 * does not decode to text is refused, never checked as if it were clean.
 */
import { extname } from "path";
import mammoth from "mammoth";
import { SoatInputError } from "./errors";
import { assertRegularFile, MAX_TEXT_BYTES, readRegularFile } from "./files";
import { guardWorkbookFile } from "./guard";
import { decodeText, htmlToLines } from "./textLines";

export interface ReportText {
  text: string;
  /** Each line is a paragraph (a .docx); otherwise wrapped lines may be joined. */
  paragraphPerLine: boolean;
}

export async function readReportText(path: string): Promise<ReportText> {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt") {
    const tooLarge = new SoatInputError({ vi: `Tệp ${path} quá lớn để là một báo cáo (trên 50 MB).`, en: `${path} is too large for a report (over 50 MB).` });
    return { text: decodeText(readRegularFile(path, MAX_TEXT_BYTES, tooLarge), path), paragraphPerLine: false };
  }
  if (ext === ".docx") {
    assertRegularFile(path);
    guardWorkbookFile(path, "docx");
    try {
      const { value } = await mammoth.convertToHtml({ path });
      return { text: htmlToLines(value), paragraphPerLine: true };
    } catch {
      throw new SoatInputError({
        vi: `Không đọc được ${path}: tệp .docx bị hỏng`,
        en: `Cannot read ${path}: the .docx file is damaged`,
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

export { decodeText, htmlToLines };
