import type { Words } from '../i18n/i18n.js';
import type { ListedPerson } from '../app/list.service.js';

/** One line for a person in lists: rank, name, work, circles, health, last exchange, id. */
export function personLine(words: Words, p: Omit<ListedPerson, 'health'> & { health?: number }): string {
  const rank = p.priority === null ? '    ' : `#${String(p.priority)}`.padEnd(4);
  const work = [p.title, p.organization].filter(Boolean).join(', ');
  const bits = [work, p.circles.join('/'), p.health === undefined ? null : `♥${String(p.health)}`, p.lastExchangeOn].filter(Boolean);
  return `${rank} ${p.name}${bits.length ? ` · ${bits.join(' · ')}` : ''}  [${p.id}]`;
}
