// The user's neighbourhood as an SVG: rings by hops, few labels, the name on hover or focus.
// One tab stop: arrow keys move between people (ring by ring), Enter opens the person.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { layoutGraph, type GraphInput } from '../graph-layout';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';

export function NeighbourhoodGraph({ data, label }: { data: GraphInput; label: string }) {
  const { t } = useI18n();
  const { nodes, rings, size } = useMemo(() => layoutGraph(data), [data]);
  const people = useMemo(() => nodes.filter((n) => n.id !== 'me'), [nodes]);
  const at = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGCircleElement>());
  const half = size / 2;

  const move = (index: number) => {
    const next = (index + people.length) % people.length;
    setActive(next);
    const node = people[next];
    if (node) refs.current.get(node.id)?.focus();
  };
  const keyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(active + step);
    }
  };
  const open = (id: string) => { if (id !== 'me') navigate(`/people/${encodeURIComponent(id)}`); };
  const hovered = shown ? at.get(shown) : undefined;

  return (
    <svg className="graph" width={size} height={size} viewBox={`${-half} ${-half} ${size} ${size}`} role="group" aria-label={label} onKeyDown={keyDown}>
      {rings.map((r) => <circle key={r} className="ring" r={r} aria-hidden="true" />)}
      <g aria-hidden="true">
        {data.edges.map((e, i) => {
          // The rings already say who is one hop from the user: their spokes would only hide the rest.
          if (e.a === 'me' || e.b === 'me') return null;
          const a = at.get(e.a);
          const b = at.get(e.b);
          return a && b ? <line key={i} className="edge" x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeOpacity={0.15 + 0.45 * e.strength} /> : null;
        })}
      </g>
      {nodes.map((n) => {
        const index = people.indexOf(n);
        const me = n.id === 'me';
        return (
          <circle
            key={n.id}
            ref={(el) => { if (el) refs.current.set(n.id, el); else refs.current.delete(n.id); }}
            className={me ? 'node me' : 'node'}
            cx={n.x} cy={n.y} r={n.r}
            role={me ? undefined : 'link'}
            aria-label={me ? undefined : n.name}
            aria-hidden={me ? true : undefined}
            tabIndex={me ? undefined : index === active ? 0 : -1}
            onFocus={() => { setShown(n.id); if (!me) setActive(index); }}
            onBlur={() => { setShown(null); }}
            onMouseEnter={() => { setShown(n.id); }}
            onMouseLeave={() => { setShown(null); }}
            onClick={() => { open(n.id); }}
            onKeyDown={(e) => { if (e.key === 'Enter') open(n.id); }}
          />
        );
      })}
      <g aria-hidden="true">
        {nodes.filter((n) => n.labelled || n.id === 'me').map((n) => (
          <text key={n.id} x={n.x + n.r + 2} y={n.y + 3}>{n.id === 'me' ? t('network.you') : n.name}</text>
        ))}
        {hovered && hovered.id !== 'me' && (
          <text className="hover-label" x={hovered.x + hovered.r + 3} y={hovered.y - hovered.r - 3}>{hovered.name}</text>
        )}
      </g>
    </svg>
  );
}
