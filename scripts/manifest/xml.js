// A small, strict XML parser for add-in manifests: elements, attributes, text, comments,
// CDATA, processing instructions and the predefined/numeric entities, with namespace
// resolution and line numbers. No dependency: none ships in node_modules, and the
// manifest is small and plain. Throws XmlError on anything not well-formed.
"use strict";

class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const NAME = /^[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?$/;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const XML_NS = "http://www.w3.org/XML/1998/namespace";

function decode(text, line) {
  return text.replace(/&([^;&\s]*);?/g, (whole, ref) => {
    if (!whole.endsWith(";")) throw new XmlError(`bare "&" (write &amp;)`, line);
    if (ref in ENTITIES) return ENTITIES[ref];
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!m) throw new XmlError(`unknown entity &${ref};`, line);
    const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    return String.fromCodePoint(code);
  });
}

/**
 * Parses XML text into { root } where each element is
 * { name, prefix, local, ns, attrs: {qname: value}, children: Element[], text, line, parent }.
 */
function parseXml(src) {
  let i = 0;
  let line = 1;
  const advance = (to) => {
    for (let k = i; k < to; k++) if (src.charCodeAt(k) === 10) line++;
    i = to;
  };
  const expectEnd = (token, what) => {
    const end = src.indexOf(token, i);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };
  if (src.charCodeAt(0) === 0xfeff) i = 1;

  const stack = [];
  let root = null;
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      if (stack.length === 0) {
        if (raw.trim()) throw new XmlError("text outside the root element", line);
      } else {
        stack[stack.length - 1].text += decode(raw, line);
      }
      advance(textEnd);
    }
    if (lt < 0) break;
    if (src.startsWith("<!--", i)) {
      const end = expectEnd("-->", "comment");
      if (src.slice(i + 4, end).includes("--")) throw new XmlError('"--" inside a comment', line);
      advance(end + 3);
    } else if (src.startsWith("<![CDATA[", i)) {
      if (!stack.length) throw new XmlError("CDATA outside the root element", line);
      const end = expectEnd("]]>", "CDATA section");
      stack[stack.length - 1].text += src.slice(i + 9, end);
      advance(end + 3);
    } else if (src.startsWith("<?", i)) {
      const end = expectEnd("?>", "processing instruction");
      if (/^<\?xml\b/i.test(src.slice(i, end)) && i > 1) throw new XmlError("XML declaration not at the start", line);
      advance(end + 2);
    } else if (src.startsWith("<!DOCTYPE", i)) {
      throw new XmlError("DOCTYPE is not allowed in a manifest", line);
    } else if (src.startsWith("</", i)) {
      const end = expectEnd(">", "end tag");
      const name = src.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> with no open element`, line);
      if (open.name !== name) throw new XmlError(`</${name}> closes <${open.name}> (opened on line ${open.line})`, line);
      advance(end + 1);
    } else {
      const el = readStartTag();
      if (stack.length) {
        el.parent = stack[stack.length - 1];
        el.parent.children.push(el);
      } else if (root) {
        throw new XmlError(`second root element <${el.name}>`, el.line);
      } else {
        root = el;
      }
      if (!el.selfClosing) stack.push(el);
      delete el.selfClosing;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, stack[stack.length - 1].line);
  if (!root) throw new XmlError("no root element", line);
  resolveNamespaces(root, { xml: XML_NS });
  return { root };

  function readStartTag() {
    const startLine = line;
    let k = i + 1;
    const nameMatch = /^[^\s/>]+/.exec(src.slice(k));
    if (!nameMatch || !NAME.test(nameMatch[0])) throw new XmlError("bad element name", line);
    const name = nameMatch[0];
    k += name.length;
    const attrs = {};
    for (;;) {
      const ws = /^\s*/.exec(src.slice(k))[0];
      k += ws.length;
      if (src.startsWith("/>", k)) {
        advance(k + 2);
        return element(name, attrs, startLine, true);
      }
      if (src[k] === ">") {
        advance(k + 1);
        return element(name, attrs, startLine, false);
      }
      if (k >= src.length) throw new XmlError(`<${name}> is not closed`, startLine);
      if (!ws) throw new XmlError(`missing space before an attribute in <${name}>`, startLine);
      const m = /^([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/.exec(src.slice(k));
      if (!m || !NAME.test(m[1])) throw new XmlError(`bad attribute in <${name}>`, startLine);
      if (m[1] in attrs) throw new XmlError(`duplicate attribute ${m[1]} in <${name}>`, startLine);
      attrs[m[1]] = decode(m[2] !== undefined ? m[2] : m[3], startLine).replace(/[\t\n\r]/g, " ");
      k += m[0].length;
    }
  }
}

function element(name, attrs, line, selfClosing) {
  const colon = name.indexOf(":");
  return {
    name,
    prefix: colon < 0 ? "" : name.slice(0, colon),
    local: colon < 0 ? name : name.slice(colon + 1),
    ns: null,
    attrs,
    children: [],
    text: "",
    line,
    parent: null,
    selfClosing,
  };
}

function resolveNamespaces(el, inScope) {
  const scope = { ...inScope };
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k === "xmlns") scope[""] = v;
    else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
  }
  if (el.prefix && !(el.prefix in scope)) throw new XmlError(`undeclared namespace prefix "${el.prefix}"`, el.line);
  el.ns = scope[el.prefix] ?? null;
  el.nsScope = scope;
  for (const c of el.children) resolveNamespaces(c, scope);
}

/** The namespace URI and local part of a QName value such as xsi:type="ov:Foo". */
function resolveQName(el, qname) {
  const colon = qname.indexOf(":");
  const prefix = colon < 0 ? "" : qname.slice(0, colon);
  return { ns: el.nsScope[prefix] ?? null, local: colon < 0 ? qname : qname.slice(colon + 1) };
}

module.exports = { parseXml, resolveQName, XmlError };
