// A small Markdown subset for notes: **bold**, *italics* (or _italics_), [links](https://...)
// with http, https or mailto only, line breaks, and "- " / "1. " lists. It yields a tree that
// markdown-view.tsx turns into React elements: user text is never parsed as HTML, so a
// "<script>" in a note is shown as text.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'ul' | 'ol'; items: Inline[][] };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The normalised URL when it is absolute and http, https or mailto; otherwise null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

/** Splits text into paragraphs and lists, then parses each line's inline marks. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { type: 'ul' | 'ol'; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'p', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
    if (list) blocks.push(list);
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const type = bullet ? 'ul' : 'ol';
      if (paragraph.length || (list && list.type !== type)) flush();
      list ??= { type, items: [] };
      list.items.push(parseInline(item[1] ?? ''));
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Parses bold, italics, links and line breaks; anything unmatched stays literal text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const push = (node: Inline) => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('\n')) {
      push({ type: 'br' });
      i += 1;
      continue;
    }
    if (rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    const mark = rest.charAt(0);
    // snake_case_words are not italics: '_' marks only at word edges.
    const edge = mark !== '_' || !/\w/.test(text[i - 1] ?? '');
    if ((mark === '*' || mark === '_') && edge && rest[1] !== mark && rest[1] !== ' ' && rest[1] !== undefined) {
      const end = text.indexOf(mark, i + 1);
      if (end > i + 1 && text[end - 1] !== ' ' && (mark !== '_' || !/\w/.test(text[end + 1] ?? ''))) {
        push({ type: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (mark === '[') {
      const link = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(rest);
      const href = link ? safeHref(link[2] ?? '') : null;
      if (link && href) {
        push({ type: 'link', href, children: parseInline(link[1] ?? '') });
        i += link[0].length;
        continue;
      }
    }
    plain += mark;
    i += 1;
  }
  if (plain) out.push({ type: 'text', text: plain });
  return out;
}
