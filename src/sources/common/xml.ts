/**
 * Streaming XML: saxes reads the file chunk by chunk and we build a small tree for one record
 * element at a time (an UN INDIVIDUAL, an OFAC sdnEntry...), hand it to the mapper and drop it.
 * Memory stays at one chunk plus the records it completed, whatever the file's size.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InputError } from '../../errors.js';
import { displayName, readUtf8 } from './decode.js';

/** One element of a record, namespace prefixes dropped (`ns:sdnEntry` -> `sdnEntry`). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside this element (trimmed). */
  text: string;
  /** Line of the start tag, for error messages and warnings. */
  line: number;
}

export interface XmlRoot {
  name: string;
  ns: string;
  attrs: Record<string, string>;
}

export interface XmlRecordOptions {
  /** Local names of the record elements. */
  records: ReadonlySet<string>;
  /** Called once with the root element, before any record; throw to refuse the file. */
  onRoot?: (root: XmlRoot) => void;
  /**
   * Elements outside records whose text the caller wants (e.g. a publication date in a header).
   * Called with the element's local name and its trimmed text.
   */
  onOutside?: (name: string, text: string) => void;
}

function local(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** Yields every record element of `file` as a tree. Throws InputError on malformed XML. */
export async function* xmlRecords(file: string, opts: XmlRecordOptions): AsyncGenerator<XmlNode> {
  const name = displayName(file);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let sawRoot = false;
  let outsideText = '';

  parser.on('opentag', (tag: SaxesTagNS) => {
    const ln = local(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      const attrs: Record<string, string> = {};
      for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
      opts.onRoot?.({ name: ln, ns: tag.uri ?? '', attrs });
    }
    if (stack.length || opts.records.has(ln)) {
      const attrs: Record<string, string> = {};
      for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
      const node: XmlNode = { name: ln, attrs, children: [], text: '', line: parser.line };
      stack.at(-1)?.children.push(node);
      stack.push(node);
    } else {
      outsideText = '';
    }
  });
  parser.on('text', (t) => {
    if (stack.length) stack.at(-1)!.text += t;
    else outsideText += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack.at(-1)!.text += t;
  });
  parser.on('closetag', (tag) => {
    const node = stack.pop();
    if (node) {
      node.text = node.text.trim();
      if (!stack.length) ready.push(node);
    } else if (opts.onOutside) {
      const t = outsideText.trim();
      if (t) opts.onOutside(local(tag.name), t);
      outsideText = '';
    }
  });

  const fail = (e: unknown): never => {
    if (e instanceof InputError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    // saxes messages start with "file:line:column: "; keep the reason, name the place ourselves.
    const reason = msg.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    throw new InputError(`malformed XML: ${reason}`, { file: name, line: parser.line });
  };

  let first = true;
  for await (const text of readUtf8(file)) {
    if (first && text.trim()) {
      first = false;
      // Another format handed to an XML reader: say so rather than "text outside the root".
      if (!text.trimStart().startsWith('<')) throw new InputError('not XML: the file does not start with "<"', { file: name, line: 1 });
    }
    try {
      parser.write(text);
    } catch (e) {
      fail(e);
    }
    while (ready.length) yield ready.shift()!;
  }
  try {
    parser.close();
  } catch (e) {
    fail(e);
  }
  if (!sawRoot) throw new InputError('not XML: no root element', { file: name });
  while (ready.length) yield ready.shift()!;
}

// Small accessors for mappers: records are shallow and their shapes are known.

export function child(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return n?.children.find((c) => c.name === name);
}

export function childrenOf(n: XmlNode | undefined, name: string): XmlNode[] {
  return n ? n.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of the first child called `name` ('' when absent). */
export function text(n: XmlNode | undefined, name: string): string {
  return child(n, name)?.text ?? '';
}

/** Texts of every child called `name`, empties dropped. */
export function texts(n: XmlNode | undefined, name: string): string[] {
  return childrenOf(n, name).map((c) => c.text).filter(Boolean);
}

/** Follows a path of child names: path(n, 'a', 'b') is child(child(n, 'a'), 'b'). */
export function path(n: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let cur = n;
  for (const k of names) cur = child(cur, k);
  return cur;
}
