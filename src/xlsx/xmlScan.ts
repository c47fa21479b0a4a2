/**
 * A strict, streaming XML tokenizer for the parts of a package, built for what the checker and
 * the annotated copy need: it reads attribute values and numbers in place (no string per
 * attribute), reports each tag's offsets in the text (so the copy rewrites one tag and copies
 * everything else), and is faster than saxes, ExcelJS's parser, on a register's sheet
 * (bench/files.bench.ts prints the ratio). It is strict where a damaged or hostile part shows:
 * tags must nest and close (a part cut off, or closed early, is damaged), attributes
 * must be quoted, entities must be the five predefined ones or character references, and a
 * DTD is refused (no entity expansion).
 */
import { StringDecoder } from "string_decoder";
import { DamagedError, LIMITS, LimitError } from "./limits";

/**
 * The attributes of the current tag, valid during the callback. Values are read from the text
 * on demand (a sheet's `r="B7"` is parsed where it stands, never copied into a string).
 */
export class Attrs {
  src = "";
  names: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  /** Entity-decoded value, for the (rare) values holding an entity; null otherwise. */
  decoded: (string | null)[] = [];
  length = 0;
  index(name: string): number {
    for (let i = 0; i < this.length; i++) if (this.names[i] === name) return i;
    return -1;
  }
  value(i: number): string {
    const d = this.decoded[i];
    return d !== null ? d : sliceShort(this.src, this.starts[i], this.ends[i]);
  }
  get(name: string): string | undefined {
    const i = this.index(name);
    return i < 0 ? undefined : this.value(i);
  }
  /** The value of the attribute whose local name (after any prefix) is `local`. */
  getLocal(local: string): string | undefined {
    for (let i = 0; i < this.length; i++) {
      const n = this.names[i];
      const c = n.indexOf(":");
      if ((c < 0 ? n : n.slice(c + 1)) === local) return this.value(i);
    }
    return undefined;
  }
  /** A non-negative integer value read in place; -1 when absent or not plain digits. */
  int(name: string): number {
    const i = this.index(name);
    if (i < 0 || this.decoded[i] !== null) return i < 0 ? -1 : intOf(this.value(i), 0, this.value(i).length);
    return intOf(this.src, this.starts[i], this.ends[i]);
  }
}

/** Plain decimal digits (at most 15) as a number; -1 otherwise. */
export function intOf(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export interface XmlHandler {
  /** `name` is the local name (prefix dropped); `scanner.tagStart/tagEnd` locate the tag. */
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entities decoded), possibly in several pieces. */
  text?(s: string): void;
  /** Character data without entities, as a range of `src` (preferred over text() when given). */
  textAt?(src: string, from: number, to: number): void;
}

const enum Ch {
  Lt = 60,
  Gt = 62,
  Slash = 47,
  Bang = 33,
  Question = 63,
  Eq = 61,
  Quot = 34,
  Apos = 39,
  Space = 32,
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Amp = 38,
  Colon = 58,
}

function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Lf || c === Ch.Cr || c === Ch.Tab;
}

/** Short names and values are shared strings, not fresh slices: fewer allocations per tag. */
const ONE: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
const SHORT = new Map<number, string>();
function sliceShort(b: string, s: number, e: number): string {
  const n = e - s;
  if (n === 1) {
    const c = b.charCodeAt(s);
    return c < 128 ? ONE[c] : b.slice(s, e);
  }
  if (n === 2 || n === 3) {
    const c0 = b.charCodeAt(s);
    const c1 = b.charCodeAt(s + 1);
    const c2 = n === 3 ? b.charCodeAt(s + 2) : 0;
    if (c0 < 128 && c1 < 128 && c2 < 128) {
      const key = (c0 << 14) | (c1 << 7) | c2 | (n << 21);
      let v = SHORT.get(key);
      if (v === undefined) {
        v = b.slice(s, e);
        if (SHORT.size < 4096) SHORT.set(key, v);
      }
      return v;
    }
  }
  return b.slice(s, e);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is damaged. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) throw new DamagedError("an unterminated entity");
    const ref = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : /^\d+$/.test(ref.slice(1)) ? parseInt(ref.slice(1), 10) : NaN;
      if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new DamagedError(`an invalid character reference &${ref};`);
      }
      if (ref[1] === "x" || ref[1] === "X" ? !/^[0-9a-fA-F]+$/.test(ref.slice(2)) : false) throw new DamagedError(`an invalid character reference &${ref};`);
      rep = String.fromCodePoint(code);
    } else rep = NAMED[ref];
    if (rep === undefined) throw new DamagedError(`an undefined entity &${ref};`);
    out += s.slice(from, amp) + rep;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

export class XmlScanner {
  private buf = "";
  /** Offset in the whole text of buf[0]. */
  private base = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private textRun = 0;
  private readonly attrs = new Attrs();
  private decoder: StringDecoder;
  private first = true;
  private utf16 = false;
  /** Offsets (in the decoded text) of the tag being reported: its '<' and just past its '>'. */
  tagStart = 0;
  tagEnd = 0;
  /** The qualified name of the tag being reported ("x:row"). */
  rawName = "";
  /** Comments, CDATA sections and processing instructions inside the root element. */
  specials = 0;
  /** While set, everything up to this closing tag is passed over untokenized (see skipTo). */
  private skip: string | null = null;

  /**
   * Passes over everything up to the next `</name` without tokenizing it (the annotated copy
   * skips rows it leaves alone). Only for a part already scanned whole with no comments, CDATA or
   * processing instructions (specials === 0): nothing in between can hide a `</name`.
   */
  skipTo(closeTag: string): void {
    this.skip = closeTag;
  }
  /** Characters fully scanned so far (everything before this may be emitted by a rewriter). */
  get consumed(): number {
    return this.base;
  }

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string
  ) {
    this.decoder = new StringDecoder("utf8");
  }

  /** UTF-8 bytes after the last '<' of the previous chunk (a '<' byte never occurs inside a character). */
  private carryBytes: Buffer | null = null;

  /**
   * Feeds bytes. UTF-8 is cut
   * before the chunk's last '<', so each piece scanned is one flat string of whole tags.
   */
  writeBytes(chunk: Buffer): void {
    if (this.first || this.utf16) {
      this.write(this.decode(chunk));
      return;
    }
    for (const piece of this.decodePieces(chunk)) this.write(piece);
  }

  /** Decodes bytes without scanning them (write() the result next): a rewriter keeps the text first. */
  decode(chunk: Buffer): string {
    if (this.first) {
      this.first = false;
      if (chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe) {
        this.utf16 = true;
        this.decoder = new StringDecoder("utf16le");
        chunk = chunk.subarray(2);
      } else if (chunk.length >= 2 && chunk[0] === 0xfe && chunk[1] === 0xff) {
        throw new DamagedError(`${this.part}: UTF-16 big-endian is not supported`);
      } else if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3);
      }
    }
    if (this.utf16) return this.decoder.write(chunk);
    const pieces = this.decodePieces(chunk);
    return pieces.length === 1 ? pieces[0] : pieces.join("");
  }

  /**
   * decode() in pieces: the tag held back from the last chunk is completed with this chunk's
   * bytes up to its first '>' (a small piece), and the rest is decoded on its own, so a large
   * chunk is never copied to join it to a few held-back bytes.
   */
  private decodePieces(chunk: Buffer): string[] {
    const carry = this.carryBytes;
    if (carry) {
      const gt = chunk.indexOf(0x3e);
      const cut = chunk.lastIndexOf(0x3c);
      if (gt >= 0 && cut > gt) {
        this.carryBytes = Buffer.from(chunk.subarray(cut));
        return [Buffer.concat([carry, chunk.subarray(0, gt + 1)]).toString("utf8"), chunk.toString("utf8", gt + 1, cut)];
      }
    }
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
    const cut = bytes.lastIndexOf(0x3c);
    if (cut <= 0) {
      if (bytes.length > LIMITS.maxTagChars * 4) throw new LimitError("tag", LIMITS.maxTagChars, this.part);
      this.carryBytes = Buffer.from(bytes);
      return [""];
    }
    this.carryBytes = Buffer.from(bytes.subarray(cut));
    return [bytes.toString("utf8", 0, cut)];
  }

  /** The bytes still held back, decoded (at the end of the part). */
  private flushBytes(): string {
    if (this.utf16) return this.decoder.end();
    const rest = this.carryBytes;
    this.carryBytes = null;
    return rest ? rest.toString("utf8") : "";
  }

  get isUtf16(): boolean {
    return this.utf16;
  }

  write(s: string): void {
    if (s.length === 0) return;
    this.buf = this.buf.length ? this.buf + s : s;
    this.scan(false);
  }

  /** The text still held back by the decoder (a rewriter keeps it, then calls end()). */
  flush(): string {
    const tail = this.flushBytes();
    if (tail) this.write(tail);
    return tail;
  }

  /** Ends the text: anything unclosed or cut off is damaged. */
  end(): string {
    const tail = this.flush();
    this.scan(true);
    if (this.buf.trim() !== "") throw new DamagedError(`${this.part} ends in the middle of a tag`);
    if (!this.rootSeen) throw new DamagedError(`${this.part} holds no XML element`);
    if (this.stack.length) throw new DamagedError(`${this.part} ends before <${this.stack[this.stack.length - 1]}> closes`);
    return tail;
  }

  private damaged(what: string): never {
    throw new DamagedError(`${this.part}: ${what}`);
  }

  private text(from: number, to: number): void {
    const b = this.buf;
    if (this.stack.length === 0) {
      for (let i = from; i < to; i++) if (!isSpace(b.charCodeAt(i))) this.damaged("text outside the root element");
      return;
    }
    this.textRun += to - from;
    if (this.textRun > LIMITS.maxTextChars) throw new LimitError("text", LIMITS.maxTextChars, this.part);
    const h = this.handler;
    if (h.textAt) {
      let amp = false;
      for (let i = from; i < to; i++) if (b.charCodeAt(i) === Ch.Amp) amp = true;
      if (!amp) return h.textAt(b, from, to);
    }
    if (h.text) {
      let t = b.slice(from, to);
      if (t.indexOf("&") >= 0) t = decodeEntities(t);
      h.text(t);
    }
  }

  private scan(atEnd: boolean): void {
    const b = this.buf;
    const len = b.length;
    let pos = 0;
    const keep = (from: number): void => {
      if (len - from > LIMITS.maxTagChars) throw new LimitError("tag", LIMITS.maxTagChars, this.part);
      this.buf = b.slice(from);
      this.base += from;
    };
    for (;;) {
      if (this.skip !== null) {
        const at = b.indexOf(this.skip, pos);
        if (at < 0) {
          // Keep only what could be the start of the closing tag.
          const from = Math.max(pos, len - this.skip.length);
          this.buf = b.slice(from);
          this.base += from;
          return;
        }
        this.skip = null;
        pos = at;
      }
      const lt = b.indexOf("<", pos);
      if (lt < 0) {
        // Text up to the end: pass it on, except a partial entity at the very end.
        let stop = len;
        const amp = b.lastIndexOf("&");
        if (amp >= pos && b.indexOf(";", amp) < 0) stop = amp;
        if (stop > pos) this.text(pos, stop);
        keep(stop);
        return;
      }
      if (lt > pos) this.text(pos, lt);
      if (lt + 1 >= len) return keep(lt);
      const c1 = b.charCodeAt(lt + 1);
      if (c1 === Ch.Slash) {
        const gt = b.indexOf(">", lt);
        if (gt < 0) return keep(lt);
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(b.charCodeAt(nameEnd - 1))) nameEnd--;
        const stack = this.stack;
        const open = stack.length ? stack[stack.length - 1] : undefined;
        // Compare in place: no slice for the (usual) matching close tag.
        if (open === undefined || nameEnd - lt - 2 !== open.length || !b.startsWith(open, lt + 2)) {
          const name = b.slice(lt + 2, nameEnd);
          this.damaged(open === undefined ? `</${name}> without an opening tag` : `<${open}> closed by </${name}>`);
        }
        stack.pop();
        if (stack.length === 0) this.rootClosed = true;
        this.textRun = 0;
        this.tagStart = this.base + lt;
        this.tagEnd = this.base + gt + 1;
        this.rawName = open;
        const colon = open.indexOf(":");
        this.handler.close(colon < 0 ? open : open.slice(colon + 1));
        pos = gt + 1;
        continue;
      }
      if (c1 === Ch.Question) {
        const end = b.indexOf("?>", lt + 2);
        if (end < 0) return keep(lt);
        if (this.stack.length > 0) this.specials++;
        pos = end + 2;
        continue;
      }
      if (c1 === Ch.Bang) {
        if (len - lt < 9 && !atEnd) return keep(lt);
        if (b.startsWith("<!--", lt)) {
          const end = b.indexOf("-->", lt + 4);
          if (end < 0) return keep(lt);
          if (this.stack.length > 0) this.specials++;
          pos = end + 3;
          continue;
        }
        if (b.startsWith("<![CDATA[", lt)) {
          if (this.stack.length === 0) this.damaged("CDATA outside the root element");
          const end = b.indexOf("]]>", lt + 9);
          if (end < 0) return keep(lt);
          this.specials++;
          this.textRun += end - lt - 9;
          if (this.textRun > LIMITS.maxTextChars) throw new LimitError("text", LIMITS.maxTextChars, this.part);
          this.handler.text?.(b.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        this.damaged("a DTD or declaration (refused: entities are not expanded)");
      }
      // A start tag: name, attributes, '>' or '/>'.
      let i = lt + 1;
      while (i < len) {
        const c = b.charCodeAt(i);
        if (isSpace(c) || c === Ch.Gt || c === Ch.Slash) break;
        if (c === Ch.Lt || c === Ch.Eq || c === Ch.Quot || c === Ch.Apos) this.damaged("a malformed tag name");
        i++;
      }
      if (i >= len) return keep(lt);
      if (i === lt + 1) this.damaged("a tag without a name");
      const name = sliceShort(b, lt + 1, i);
      const attrs = this.attrs;
      attrs.length = 0;
      attrs.src = b;
      let selfClosing = false;
      let done = false;
      while (i < len) {
        let c = b.charCodeAt(i);
        if (isSpace(c)) {
          i++;
          continue;
        }
        if (c === Ch.Gt) {
          done = true;
          break;
        }
        if (c === Ch.Slash) {
          if (i + 1 >= len) break;
          if (b.charCodeAt(i + 1) !== Ch.Gt) this.damaged("'/' inside a tag");
          selfClosing = true;
          i++;
          done = true;
          break;
        }
        // Attribute name.
        const ns = i;
        while (i < len) {
          c = b.charCodeAt(i);
          if (c === Ch.Eq || isSpace(c) || c === Ch.Gt || c === Ch.Slash) break;
          if (c === Ch.Lt || c === Ch.Quot || c === Ch.Apos) this.damaged("a malformed attribute");
          i++;
        }
        if (i >= len) break;
        const an = sliceShort(b, ns, i);
        while (i < len && isSpace(b.charCodeAt(i))) i++;
        if (i >= len) break;
        if (b.charCodeAt(i) !== Ch.Eq) this.damaged(`attribute ${an} without a value`);
        i++;
        while (i < len && isSpace(b.charCodeAt(i))) i++;
        if (i >= len) break;
        const q = b.charCodeAt(i);
        if (q !== Ch.Quot && q !== Ch.Apos) this.damaged(`attribute ${an} not quoted`);
        // One pass to the closing quote, noting entities and refusing '<'.
        let ve = i + 1;
        let amp = false;
        for (; ve < len; ve++) {
          const cj = b.charCodeAt(ve);
          if (cj === q) break;
          if (cj === Ch.Lt) this.damaged("'<' in an attribute value");
          if (cj === Ch.Amp) amp = true;
        }
        if (ve >= len) {
          i = len;
          break;
        }
        const k = attrs.length++;
        attrs.names[k] = an;
        attrs.starts[k] = i + 1;
        attrs.ends[k] = ve;
        attrs.decoded[k] = amp ? decodeEntities(b.slice(i + 1, ve)) : null;
        i = ve + 1;
        if (i < len) {
          const n = b.charCodeAt(i);
          if (!isSpace(n) && n !== Ch.Gt && n !== Ch.Slash) this.damaged("attributes not separated");
        }
      }
      if (!done) return keep(lt);
      if (this.rootClosed && this.stack.length === 0) this.damaged("a second root element");
      this.rootSeen = true;
      if (!selfClosing) {
        if (this.stack.length >= LIMITS.maxDepth) throw new LimitError("depth", LIMITS.maxDepth, this.part);
        this.stack.push(name);
      } else if (this.stack.length === 0) this.rootClosed = true;
      this.textRun = 0;
      this.tagStart = this.base + lt;
      this.tagEnd = this.base + i + 1;
      this.rawName = name;
      const colon = name.indexOf(":");
      this.handler.open(colon < 0 ? name : name.slice(colon + 1), attrs, selfClosing);
      pos = i + 1;
    }
  }
}

/** Scans a whole part from its inflated bytes; returns the scanner (its counts). */
export async function scanPart(bytes: AsyncIterable<Buffer>, part: string, handler: XmlHandler): Promise<XmlScanner> {
  const s = new XmlScanner(handler, part);
  const PIECE = 1024 * 1024;
  for await (const chunk of bytes) {
    // A part inflated whole is scanned in pieces: strings of a bounded size, never one huge one.
    for (let i = 0; i < chunk.length; i += PIECE) s.writeBytes(chunk.length <= PIECE ? chunk : chunk.subarray(i, i + PIECE));
  }
  s.end();
  return s;
}
