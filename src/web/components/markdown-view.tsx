// Renders parsed Markdown as React elements. React escapes every text node, so no user text
// ever reaches the page as HTML; links keep only http, https and mailto (see markdown.ts).
import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../markdown';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'br':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return <a key={i} href={node.href} rel="noopener noreferrer nofollow" target="_blank">{inline(node.children)}</a>;
    }
  });
}

export function Markdown({ text, className }: { text: string; className?: string }) {
  const blocks = parseMarkdown(text);
  return (
    <div className={className ?? 'markdown'}>
      {blocks.map((block, i) => {
        if (block.type === 'p') return <p key={i}>{inline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{inline(item)}</li>);
        return block.type === 'ul' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </div>
  );
}
