/** The fill result for people: what was filled, from what, what stayed empty and why, what found no place. */
import type { FillResult, SkippedCell } from "../core/fill";
import { address, parseAddress } from "../core/grid";

type Lang = "vi" | "en";

const MAX_LINES = 30;

export function formatFillReport(r: FillResult, files: { template: string; out: string }, lang: Lang): string {
  const vi = lang === "vi";
  const lines: string[] = [];
  const sheets = r.sheets.map((s) => `"${s}"`).join(", ");
  const count = (kind: string) => r.writes.filter((w) => w.kind === kind).length;
  const [fromSources, derived, labels] = [count("source"), count("derived"), count("label")];
  const parts = vi
    ? [`${fromSources} ô lấy từ nguồn`, `${derived} ô tổng/tỷ lệ tính cho khớp`, ...(labels ? [`${labels} tên đơn vị`] : [])]
    : [`${fromSources} from the sources`, `${derived} totals and rates computed to agree`, ...(labels ? [`${labels} unit names`] : [])];
  lines.push(
    vi
      ? `Đã điền ${r.filled} ô vào biểu ${sheets} (${files.template} → ${files.out}): ${parts.join(", ")}; giữ nguyên ${r.formulasKept} công thức của biểu.`
      : `Filled ${r.filled} cells of form ${sheets} (${files.template} → ${files.out}): ${parts.join(", ")}; kept ${r.formulasKept} of the form's formulas.`,
  );
  for (const u of r.sources)
    lines.push(
      u.sheet
        ? vi
          ? `  Nguồn ${u.source}: trang "${u.sheet}", góp số cho ${u.cells} ô`
          : `  Source ${u.source}: sheet "${u.sheet}", figures for ${u.cells} cells`
        : vi
          ? `  Nguồn ${u.source}: không có trang nào khớp với biểu "${u.formSheet}"`
          : `  Source ${u.source}: no sheet fits form "${u.formSheet}"`,
    );

  for (const e of r.sourceErrors) {
    const warnings = e.findings.length - e.count;
    const counts = vi
      ? [e.count ? `${e.count} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""].filter(Boolean).join(", ")
      : [e.count ? `${e.count} error${e.count === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""]
          .filter(Boolean)
          .join(", ");
    lines.push("");
    lines.push(
      vi
        ? `⚠ Đã điền từ trang "${e.sheet}" của ${e.source}, trang này có ${counts} — kiểm tra trước khi dùng số tổng hợp:`
        : `⚠ Filled from sheet "${e.sheet}" of ${e.source}, which has ${counts} — check before using the consolidated figures:`,
    );
    for (const f of e.findings) lines.push(`  ${f.severity === "error" ? "✗" : "!"} ${f.cell ?? ""} ${f.message[lang]}`);
  }

  const empty = groupByReason(r.skipped, lang);
  if (empty.length) {
    lines.push("");
    lines.push(vi ? `Ô của biểu để trống (${r.skipped.length}):` : `Form cells left empty (${r.skipped.length}):`);
    for (const [reason, cells] of empty) lines.push(`  - ${reason}: ${cellRanges(cells)}`);
    if (r.skipped.some((s) => s.occupied))
      lines.push(vi ? "  (dùng --overwrite để ghi đè các ô đã có số)" : "  (use --overwrite to write over cells that hold figures)");
  }

  if (r.unplaced.length) {
    lines.push("");
    lines.push(vi ? `Số liệu nguồn chưa có chỗ trong biểu (${r.unplaced.length}):` : `Source figures with no place in the form (${r.unplaced.length}):`);
    for (const u of r.unplaced.slice(0, MAX_LINES)) {
      const where = u.row !== undefined ? (vi ? `dòng ${u.row}` : `row ${u.row}`) : vi ? `cột ${u.column}` : `column ${u.column}`;
      const cells = u.cells ? ` [${cellRanges(u.cells)}]` : "";
      lines.push(`  - ${u.source} › ${u.sheet} › ${where} "${u.label}"${cells}: ${u.reason[lang]}`);
    }
    if (r.unplaced.length > MAX_LINES) lines.push(`  … ${r.unplaced.length - MAX_LINES}`);
  }

  if (r.notes.length) {
    lines.push("");
    lines.push(vi ? "Ghi chú:" : "Notes:");
    for (const n of r.notes.slice(0, MAX_LINES)) lines.push(`  - ${n.cell ? n.cell + ": " : ""}${n.message[lang]}`);
    if (r.notes.length > MAX_LINES) lines.push(`  … ${r.notes.length - MAX_LINES}`);
  }

  if (r.formFindings.length) {
    lines.push("");
    lines.push(
      vi
        ? `Biểu sau khi điền còn ${r.formFindings.length} chỗ không khớp:`
        : `The filled form still has ${r.formFindings.length} inconsistenc${r.formFindings.length === 1 ? "y" : "ies"}:`,
    );
    for (const f of r.formFindings.slice(0, MAX_LINES)) lines.push(`  ${f.cell ?? ""} ${f.message[lang]}`);
  }
  return lines.join("\n");
}

function groupByReason(skipped: SkippedCell[], lang: Lang): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const s of skipped) {
    const k = s.reason[lang];
    groups.set(k, [...(groups.get(k) ?? []), s.cell]);
  }
  return [...groups];
}

/** `D11, E11, F11, H11` → `D11:F11, H11`; ranges already written stay as they are. */
export function cellRanges(cells: string[]): string {
  const singles = cells.map((c) => ({ c, p: parseAddress(c) }));
  const ranges = singles.filter((s) => !s.p).map((s) => s.c);
  const points = singles
    .filter((s) => s.p)
    .map((s) => s.p!)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const out: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1].row === points[i].row && points[j + 1].col === points[j].col + 1) j++;
    const a = address(points[i].row, points[i].col);
    out.push(j > i ? `${a}:${address(points[j].row, points[j].col)}` : a);
    i = j + 1;
  }
  const all = [...out, ...ranges];
  return all.length > 40 ? `${all.slice(0, 40).join(", ")}, … (+${all.length - 40})` : all.join(", ");
}
