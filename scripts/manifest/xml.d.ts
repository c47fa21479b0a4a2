// Types for xml.js, so TypeScript tests can import it.
export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string | null;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}
export class XmlError extends Error {
  line: number;
}
export function parseXml(src: string): { root: XmlElement };
