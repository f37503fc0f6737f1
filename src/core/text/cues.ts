/** The words (folded) that tell what a figure is and how figures relate. */
import { words, wordsAtEnd, wordsAtStart } from "./fold";

/** Before a stated rate: `đạt`, `chiếm`, `bằng`, `=`, `đạt tỷ lệ`. */
export const RATE_VERB = /(?<![a-z0-9])(dat|chiem|bang|tuong duong|tuong ung)(?:\s+(?:ty|ti) le)?(?:\s+la)?\s*:?\s*$|=\s*$/;
/** Immediately before a figure: it is approximate, so not checked. */
export const APPROXIMATE = wordsAtEnd(
  "khoang|gan|hon|tren|duoi|xap xi|uoc|uoc tinh|chua den|chua toi|toi thieu|toi da|it nhat|gan nhu|binh quan|trung binh|bq|vuot|hon|sap xi",
);
/** After a rate: compared with another period, so the base is not in the text. */
export const OTHER_PERIOD = wordsAtStart("so voi cung ky|cung ky|so voi nam|so voi thang|so voi quy|so voi dau|so voi cuoi|so voi giai doan|tang|giam");
/** A figure that is a plan, an assignment, a budget: the base of `đạt C%`. */
export const PLAN = words(
  "ke hoach|kh|chi tieu|du toan|muc tieu|duoc giao|von giao|giao von|duoc phan bo|phan bo|bo tri|tong kinh phi|tong von|tong muc|tong nguon von|tong du toan|kinh phi duoc",
);
/** A figure that is a whole: the base of `chiếm C%`. */
export const TOTAL = words("tong|tong so|tong cong|toan huyen|toan tinh|toan xa|toan thi xa|toan thanh pho|co tong");
/** Funds carried over from last year. */
export const CARRIED = words("chuyen sang|keo dai|nam truoc|chuyen nguon");
/** Any figure a rate may be reckoned over: a plan, a total, funds carried over from last year. */
export const BASE = new RegExp(`${PLAN.source}|${TOTAL.source}|${CARRIED.source}`);
/** `A trên tổng số B`, `A trên tổng kế hoạch B`: a ratio in words (`trên` alone is "over", an approximation). */
export const OVER_TOTAL = /^\s*(?:[a-z]+\s+){0,3}?tren\s+tong(?:\s+[a-z]+){0,4}\s*:?\s*$/;
/** A figure that is a decrease or an increase. */
export const CHANGE = words("giam|tang");
/** The parts are "some of": `trong đó`. */
export const SOME_OF = /^[\s,;:(–-]*trong do/;
/** Says the list is not all of it. */
export const OPEN_LIST = words("khac|v\\.?v|mot so|nhu(?! cau)|chu yeu|dien hinh|tieu bieu|ngoai ra|trong do co|\\.\\.\\.|…");
/** A segment that compares or qualifies a figure rather than naming a part. */
export const NOT_A_PART = words(
  "tang(?! cuong)|giam(?! ngheo)|so voi|vuot|dat|bang|chiem|luy ke|binh quan|trung binh|(?<!dau |duy )tu|den|khoang|tren|hon|gan|duoi|tong|tuong ung|tuong duong|con(?! lai)|xuong|len|ty le|ti le",
);
const MEASURE_WORDS = "ke hoach|kh|du toan|duoc giao|giai ngan|thanh toan|chi tieu|thuc hien|da chi";
/** Measure words: in a parenthesis they make it a remark (plan, disbursed…), not a breakdown. */
export const MEASURE = words(`${MEASURE_WORDS}|von giao|giao von|chuyen sang|keo dai`);
/** The same for counts, without the words of funds: households `chuyển sang cận nghèo` moved, they are not funds carried over. */
export const COUNT_MEASURE = words(MEASURE_WORDS);
/** From … to: `giảm từ a xuống b`. */
export const FROM = wordsAtEnd("tu|tu muc");
/**
 * When a figure stands: `(cuối năm 2024)`, `đầu năm 2025`, `năm 2026`. Between two consecutive
 * figures, digits are never figures (a year, a date), so a period may carry them.
 */
const PERIOD = String.raw`(?:\([^()]{0,30}\)|(?:(?:dau|cuoi|giua|het)\s+)?(?:nam|ky|quy|thang|giai doan|dot)(?:\s+[0-9ivx/\-]{1,9})?)`;
export const DOWN_TO = new RegExp(String.raw`^\s*(?:${PERIOD}\s*)?(?:[a-z ]{0,20}?\s)?(?:giam\s+)?(xuong con|xuong muc|xuong|con|giam con)\s*(?:muc\s*)?:?\s*$`);
export const UP_TO = new RegExp(String.raw`^\s*(?:${PERIOD}\s*)?(?:[a-z ]{0,20}?\s)?(?:tang\s+)?(len muc|len den|len|tang len)\s*(?:muc\s*)?:?\s*$`);
/** Before the stated change: `, giảm`, `(giảm`, `, tức giảm`, `, mức giảm là`. */
export const STATED_DOWN = new RegExp(
  String.raw`^\s*(?:${PERIOD})?[\s,;(]*(?:tuc la|tuc|hay|tuong ung|tuong duong)?\s*(?:da\s+)?(?:muc giam|ty le giam|ti le giam|giam duoc|giam)(?:\s+(?:duoc|la|them))*\s*:?\s*$`,
);
export const STATED_UP = new RegExp(
  String.raw`^\s*(?:${PERIOD})?[\s,;(]*(?:tuc la|tuc|hay|tuong ung|tuong duong)?\s*(?:da\s+)?(?:muc tang|ty le tang|ti le tang|tang duoc|tang them|tang)(?:\s+(?:duoc|la|them))*\s*:?\s*$`,
);

/**
 * Groups of labels that split a whole into disjoint parts. A list whose parts all fall in distinct
 * members of one group cannot add up to more than the whole; when it names every member marked
 * `covers`, it is all of the whole.
 */
export interface PartFamily {
  members: RegExp[];
  /** Members that, named together, cover the whole. */
  covers?: number[];
}

export const PART_FAMILIES: PartFamily[] = [
  {
    // Budget: central, local, mobilised.
    members: [
      words("trung uong|nstw|tw|ngan sach trung uong"),
      words("dia phuong|nsdp|dp|ngan sach dia phuong"),
      words("huy dong|xa hoi hoa|doi ung|von khac|nguon khac|von vay|ho dan|nhan dan dong gop"),
      words("long ghep"),
      words("tin dung|tin dung chinh sach|ngan hang chinh sach"),
    ],
    covers: [0, 1],
  },
  // The state budget and what is raised beside it.
  { members: [words("ngan sach nha nuoc|nsnn"), words("huy dong|xa hoi hoa|doi ung|von khac|nguon khac|ho dan|nhan dan dong gop")], covers: [0, 1] },
  // The funds of the programmes merged in 2026.
  { members: [words("giam ngheo"), words("nong thon moi|ntm"), words("dan toc thieu so|1719")] },
  // Works by status: continuing, started this year, maintained.
  { members: [words("chuyen tiep"), words("khoi cong moi|xay moi|moi khoi cong"), words("duy tu|bao duong|bao tri|sua chua")], covers: [0, 1, 2] },
  { members: [words("dau tu phat trien|dtpt|von dau tu"), words("su nghiep|sn|kinh phi thuong xuyen")], covers: [0, 1] },
  { members: [words("cap tinh|ngan sach tinh|ns tinh"), words("cap huyen|ngan sach huyen|ns huyen"), words("cap xa|ngan sach xa|ns xa")] },
  // Households by poverty status. `nghèo` alone is the poor, unless `cận`/`thoát` precede it.
  { members: [/(?<!can |thoat |ngoai )(?<![a-z0-9])ngheo(?![a-z0-9])/, words("can ngheo"), words("thoat ngheo|moi thoat ngheo")] },
];

/** Gender is read on the unfolded text: `năm` and `nam` fold alike. */
export const GENDER: PartFamily = { members: [/(?<![\p{L}\p{N}])nam(?![\p{L}\p{N}])/u, /(?<![\p{L}\p{N}])nữ(?![\p{L}\p{N}])/u], covers: [0, 1] };
/** Just before a stated change that is followed by `từ a xuống b`. */
export const STATED_DOWN_BEFORE = wordsAtEnd("giam|giam duoc|giam la|muc giam|ty le giam|ti le giam");
export const STATED_UP_BEFORE = wordsAtEnd("tang|tang duoc|tang them|tang la|muc tang|ty le tang|ti le tang");
