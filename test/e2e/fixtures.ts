/**
 * Small networks the journeys start from, written through the CLI on the harness's day
 * (2026-03-02), so every agenda below is known in advance.
 */
import type { Session } from '../helpers/cli.js';

/**
 * Claire (rank 1) has a follow-up 8 days overdue from a trade-show talk; Marc (rank 2) has
 * not been heard from for 91 days; Zoé has nothing due.
 */
export async function morningNetwork(cli: Session): Promise<void> {
  await cli('person', 'add', 'Claire Martin', '--org', 'Bleu Horizon', '--priority', '1');
  await cli.on('2026-02-20')('log', 'Claire', '--channel', 'in-person', '--summary', 'Talked pricing; I promised to send the churn article');
  await cli.on('2025-12-01')('person', 'add', 'Marc Petit', '--priority', '2', '--interest', 'jazz');
  await cli.on('2025-12-01')('log', 'Marc', '--channel', 'call', '--summary', 'Caught up', '--no-follow-up');
  await cli('person', 'add', 'Zoé Blanc', '--org', 'Acme');
}

/** What the server says about those prompts, in each language. */
export const MORNING_REASONS = {
  en: { claire: ['overdue by 8 days', 'churn article'], marc: ['last exchange 91 days ago'] },
  fr: { claire: ['en retard de 8 jours', 'churn article'], marc: ['dernier échange il y a 91 jours'] },
} as const;

/** The morning network, plus what a person page shows: a promotion and a declared tie. */
export async function tendedNetwork(cli: Session): Promise<void> {
  await morningNetwork(cli);
  await cli.on('2026-02-25')('milestone', 'Claire', '--kind', 'promotion', '--note', 'Head of Data at Bleu Horizon');
  await cli('knows', 'Claire Martin', 'Marc Petit', '--strength', 'strong', '--how', 'co-founded Lumen');
}

/**
 * A chain to reach Globex: the user knows Claire (a former colleague, met last month), Claire
 * co-founded Lumen with Marc, and Marc rows with Nina, Head of Data at Globex.
 */
export async function chainToGlobex(cli: Session): Promise<void> {
  await cli('person', 'add', 'Claire Martin', '--org', 'Bleu Horizon', '--circle', 'former-colleague');
  await cli.on('2026-02-20')('log', 'Claire', '--channel', 'in-person', '--summary', 'Lunch', '--no-follow-up');
  await cli('person', 'add', 'Marc Petit', '--org', 'Lumen', '--circle', 'other');
  await cli('person', 'add', 'Nina Roux', '--org', 'Globex', '--title', 'Head of Data', '--circle', 'other');
  await cli('knows', 'Claire Martin', 'Marc Petit', '--strength', 'strong', '--how', 'co-founded Lumen');
  await cli('knows', 'Marc Petit', 'Nina Roux', '--how', 'rowing club');
}

/** The reason the server gives for the Claire → Marc hop. */
export const STRONG_TIE = { en: 'they know each other well (co-founded Lumen)', fr: 'ils se connaissent bien (co-founded Lumen)' } as const;
