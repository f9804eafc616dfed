/**
 * A typeset formula as data, so the first screen can show it before KaTeX (75 KB gzip) has loaded
 * (issue 10 §5: the first complete screen ≤ 200 KB). `toTree` records what katex.render put into
 * an element; `fromTree` builds the same DOM again with DOM calls only — styles through the CSSOM
 * (`style.cssText`), never innerHTML or a style attribute, so the strict CSP allows it (GUIDE §6).
 */

/** One node: text, or [tag, namespace (0 HTML, 1 SVG, 2 MathML), attributes [name, value][], children]. */
export type FormulaNode = string | [tag: string, ns: 0 | 1 | 2, attrs: [string, string][], children: FormulaNode[]];

const NS = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'] as const;

/** The children of `el` (what katex.render wrote into it) as data. */
export function toTree(el: Element): FormulaNode[] {
  const walk = (n: Node): FormulaNode | null => {
    if (n.nodeType === 3) return n.textContent ?? '';
    if (n.nodeType !== 1) return null;
    const e = n as Element;
    const ns = Math.max(0, NS.indexOf(e.namespaceURI as (typeof NS)[number])) as 0 | 1 | 2;
    const attrs = [...e.attributes].map((a): [string, string] => [a.name, a.value]);
    return [e.localName, ns, attrs, [...e.childNodes].map(walk).filter((c): c is FormulaNode => c !== null)];
  };
  return [...el.childNodes].map(walk).filter((c): c is FormulaNode => c !== null);
}

/** The DOM nodes of `tree`, created in `doc`. */
export function fromTree(tree: readonly FormulaNode[], doc: Document = document): Node[] {
  const build = (n: FormulaNode): Node => {
    if (typeof n === 'string') return doc.createTextNode(n);
    const [tag, ns, attrs, children] = n;
    const e = doc.createElementNS(NS[ns], tag);
    for (const [name, value] of attrs) {
      if (name === 'style') (e as HTMLElement).style.cssText = value;
      else e.setAttribute(name, value);
    }
    for (const c of children) e.appendChild(build(c));
    return e;
  };
  return tree.map(build);
}
