/**
 * A small forward XML scanner over one part's text, enough for the parts Soát reads (no DTD: a
 * document type declaration is refused, so no entity can expand or reach outside).
 * Tag names are given without their namespace prefix.
 */

export type Fail = (vi: string, en: string) => never;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  });
}

export class XmlScanner {
  /** Local name of the current tag. */
  name = "";
  closing = false;
  selfClosing = false;
  private attrStart = 0;
  private attrEnd = 0;
  private pos = 0;

  constructor(
    readonly xml: string,
    private readonly fail: Fail,
    private readonly part: string,
  ) {}

  private malformed(): never {
    return this.fail(`${this.part} không phải XML hợp lệ`, `${this.part} is not well-formed XML`);
  }

  /** Moves to the next start or end tag, skipping text, comments and processing instructions. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = xml.length;
        return false;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = this.after("-->", lt + 4);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = this.after("]]>", lt + 9);
        else this.fail(`${this.part} có khai báo DOCTYPE`, `${this.part} has a DOCTYPE declaration`);
        continue;
      }
      if (c === 63 /* ? */) {
        this.pos = this.after("?>", lt + 2);
        continue;
      }
      this.readTag(lt);
      return true;
    }
  }

  private after(token: string, from: number): number {
    const e = this.xml.indexOf(token, from);
    if (e < 0) this.malformed();
    return e + token.length;
  }

  private readTag(lt: number): void {
    const xml = this.xml;
    let i = lt + 1;
    this.closing = xml.charCodeAt(i) === 47; /* / */
    if (this.closing) i++;
    let nameStart = i;
    const len = xml.length;
    for (; i < len; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 58 /* : */) nameStart = i + 1;
      else if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
    }
    this.name = xml.slice(nameStart, i);
    this.attrStart = i;
    for (; i < len; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 34 || ch === 39) {
        i = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
        if (i < 0) this.malformed();
      } else if (ch === 62) break;
    }
    if (i >= len) this.malformed();
    this.selfClosing = xml.charCodeAt(i - 1) === 47;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
  }

  /** One attribute of the current tag (unprefixed name), without building them all: for hot loops. */
  attr(name: string): string | undefined {
    const a = this.xml.slice(this.attrStart, this.attrEnd);
    const key = name + "=";
    for (let i = a.indexOf(key); i >= 0; i = a.indexOf(key, i + 1)) {
      const prev = a.charCodeAt(i - 1);
      if (prev !== 32 && prev !== 9 && prev !== 10 && prev !== 13) continue;
      const q = a[i + key.length];
      if (q !== '"' && q !== "'") this.malformed();
      const close = a.indexOf(q, i + key.length + 1);
      if (close < 0) this.malformed();
      return decodeEntities(a.slice(i + key.length + 1, close));
    }
    return undefined;
  }

  /** The current tag's attributes, by qualified name, entities decoded. */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const eq = xml.indexOf("=", i);
      if (eq < 0 || eq >= end) break;
      const key = xml.slice(i, eq).trim();
      let q = eq + 1;
      while (q < end && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
      if (q >= end) this.malformed();
      const close = xml.indexOf(xml[q], q + 1);
      if (close < 0 || close > end) this.malformed();
      out[key] = decodeEntities(xml.slice(q + 1, close));
      i = close + 1;
    }
    return out;
  }

  /**
   * The text of the element just opened, when it holds text only (CDATA included), consuming its
   * end tag; nested elements are skipped and their text ignored.
   */
  text(): string {
    if (this.selfClosing) return "";
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) this.malformed();
      out += decodeEntities(xml.slice(this.pos, lt));
      if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) this.malformed();
        out += xml.slice(lt + 9, e);
        this.pos = e + 3;
        continue;
      }
      this.pos = lt;
      const depth = this.skipToClose();
      if (depth === 0) return out;
    }
  }

  /**
   * All the text inside the element just opened, nested elements included, consuming its end tag;
   * `empty` gives the text an empty nested element stands for (a space, a tab), from its attributes.
   */
  deepText(empty?: (name: string, attrs: () => Record<string, string>) => string): string {
    if (this.selfClosing) return "";
    const xml = this.xml;
    let out = "";
    let depth = 1;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) this.malformed();
      out += decodeEntities(xml.slice(this.pos, lt));
      if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) this.malformed();
        out += xml.slice(lt + 9, e);
        this.pos = e + 3;
      } else if (xml.startsWith("<!--", lt) || xml.startsWith("<?", lt)) {
        this.pos = this.after(xml[lt + 1] === "!" ? "-->" : "?>", lt + 2);
      } else if (xml.startsWith("<!", lt)) {
        this.fail(`${this.part} có khai báo DOCTYPE`, `${this.part} has a DOCTYPE declaration`);
      } else {
        this.readTag(lt);
        if (this.closing) depth--;
        else if (this.selfClosing) out += empty?.(this.name, () => this.attrs()) ?? "";
        else depth++;
        if (depth === 0) return out;
      }
    }
  }

  /** Consumes the element just opened, whatever it holds. */
  skip(): void {
    if (this.selfClosing) return;
    while (this.skipToClose() !== 0);
  }

  /** Consumes tags up to the end tag closing the current element; returns 0 when it has. */
  private skipToClose(): number {
    let depth = 1;
    while (this.next()) {
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return 0;
      if (depth === 1) return 1;
    }
    return this.malformed();
  }
}
