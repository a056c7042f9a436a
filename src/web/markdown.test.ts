import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './components/markdown-view';
import { parseMarkdown, safeHref } from './markdown';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('notes in Markdown', () => {
  it('shows a <script> in a note as text, never as an element', () => {
    const out = html('Hello <script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders bold, italics, line breaks and lists', () => {
    expect(html('**Met** at _VivaTech_\nsecond line')).toBe('<div class="markdown"><p><strong>Met</strong> at <em>VivaTech</em><br/>second line</p></div>');
    expect(html('- one\n- two\n\n1. first')).toBe('<div class="markdown"><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol></div>');
  });

  it('keeps http, https and mailto links and shows any other link as text', () => {
    expect(html('[site](https://example.org/a)')).toContain('href="https://example.org/a"');
    expect(html('[mail](mailto:a@b.fr)')).toContain('href="mailto:a@b.fr"');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', 'vbscript:x']) {
      const out = html(`[x](${bad})`);
      expect(out).not.toContain('href');
      expect(out).toContain('[x](');
    }
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
  });

  it('leaves unmatched marks as they were typed', () => {
    expect(parseMarkdown('2 * 3 = 6 and a_b_c **open')).toEqual([{ type: 'p', children: [{ type: 'text', text: '2 * 3 = 6 and a_b_c **open' }] }]);
  });
});
