import { OfxError } from './errors.js';

export interface OfxNode {
  name: string;
  /** leaf value (decoded, trimmed); undefined for aggregates */
  value?: string;
  children: OfxNode[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Tokenise the OFX body (SGML 1.x or XML 2.x) into a tree. Leaf elements may be unclosed (SGML): a leaf ends at the
 * next tag. Closing tags close every open element up to the matching one; unmatched closing tags are ignored.
 */
export function parseBody(body: string): OfxNode {
  const root: OfxNode = { name: '#root', children: [] };
  const stack: OfxNode[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z0-9._:-]+)[^>]*?(\/?)>|([^<]+)|</g;
  let m: RegExpExecArray | null;
  const top = (): OfxNode => stack[stack.length - 1] as OfxNode;
  const appendText = (text: string): void => {
    const t = top();
    if (t === root) return;
    t.value = (t.value ?? '') + text;
  };
  while ((m = re.exec(body)) !== null) {
    const [tok, cdata, slash, rawName, selfClose, text] = m;
    if (cdata !== undefined) {
      appendText(cdata);
    } else if (rawName !== undefined) {
      const name = rawName.toUpperCase();
      if (slash === '/') {
        const idx = stack.map((n) => n.name).lastIndexOf(name);
        if (idx > 0) stack.length = idx;
      } else {
        // an open tag ends a pending leaf (an element that already holds text)
        if (top() !== root && top().value !== undefined && top().value!.trim() !== '') stack.pop();
        const node: OfxNode = { name, children: [] };
        top().children.push(node);
        if (selfClose !== '/') stack.push(node);
      }
    } else if (text !== undefined) {
      if (text.trim() !== '') appendText(text);
    } else if (tok === '<') {
      appendText('<');
    }
  }
  const clean = (n: OfxNode): void => {
    if (n.value !== undefined) {
      const v = decodeEntities(n.value.trim());
      if (n.children.length > 0 && v === '') delete n.value;
      else n.value = v;
    }
    n.children.forEach(clean);
  };
  clean(root);
  return root;
}

export function child(n: OfxNode | undefined, name: string): OfxNode | undefined {
  return n?.children.find((c) => c.name === name);
}

export function leaf(n: OfxNode | undefined, name: string): string | undefined {
  const c = child(n, name);
  return c?.value;
}

export function findAll(n: OfxNode, name: string, out: OfxNode[] = []): OfxNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}
