// A fixed-row-height windowed list: only the rows in view (plus a few above and below) are in
// the DOM, placed absolutely through CSSOM styles, so 30,000 rows scroll as fast as 30.
// It is one focusable listbox: arrows, Page Up/Down, Home and End move the selection, Enter
// opens it; aria-setsize and aria-posinset tell screen readers where they are in the whole.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  count: number;
  rowHeight: number;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  /** Called with the rows in view, so the caller can fetch what is missing. */
  onRange: (start: number, end: number) => void;
  renderRow: (index: number) => ReactNode;
  /** Rows rendered beyond the visible ones, each side. */
  overscan?: number;
  describedBy?: string;
  /** Where to scroll once there are rows, e.g. back where the user left the list. */
  initialScrollTop?: number;
  onScrolled?: (top: number) => void;
}

export const rowId = (listId: string, index: number) => `${listId}-row-${index}`;

export function VirtualList({ id, label, count, rowHeight, selected, onSelect, onOpen, onRange, renderRow, overscan = 8, describedBy, initialScrollTop, onScrolled }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => { setHeight(el.clientHeight); });
    observer.observe(el);
    return () => { observer.disconnect(); };
  }, []);

  // Once, when the rows arrive: before that the list has no height to scroll in.
  const restored = useRef(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || restored.current || !initialScrollTop || count === 0) return;
    restored.current = true;
    el.scrollTop = initialScrollTop;
    setScrollTop(el.scrollTop);
  }, [count, initialScrollTop]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => { onRange(first, last); }, [first, last, onRange]);

  // Keep the selected row in view when the keyboard moves it.
  const scrollTo = (index: number) => {
    const el = box.current;
    if (!el) return;
    const top = index * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  };

  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: selected + 1, ArrowUp: selected - 1, PageDown: selected + page, PageUp: selected - page, Home: 0, End: count - 1,
    };
    if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault();
      onOpen(selected);
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, selected < 0 && event.key === 'ArrowDown' ? 0 : target));
    onSelect(next);
    scrollTo(next);
  };

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        id={rowId(id, i)}
        role="option"
        aria-selected={i === selected}
        aria-setsize={count}
        aria-posinset={i + 1}
        className="vrow"
        style={{ transform: `translateY(${i * rowHeight}px)`, height: rowHeight }}
        onClick={() => { onSelect(i); onOpen(i); }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      id={id}
      className="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-describedby={describedBy}
      aria-activedescendant={selected >= first && selected < last ? rowId(id, selected) : undefined}
      onKeyDown={keyDown}
      onFocus={() => { if (selected < 0 && count > 0) onSelect(Math.floor(scrollTop / rowHeight)); }}
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        onScrolled?.(e.currentTarget.scrollTop);
      }}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
