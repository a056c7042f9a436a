import type { DraftPurpose, FavourKind, MilestoneKind, Template } from './tending.js';

/*
 * The message skeletons a new database starts with; the user may edit them (`maillon
 * template edit`). They are message content rather than interface words, so they live here,
 * beside the phrases that fill them, and not in i18n.
 *
 * {name} is a placeholder (core/draft.ts lists them). [ ... ] marks an optional part: it is
 * dropped when one of its placeholders has no value. A line holding an unbracketed
 * placeholder without a value is dropped whole, so a missing fact never leaves half a sentence.
 */

const en: Record<DraftPurpose, { subject: string; body: string }> = {
  'follow-up': {
    subject: 'Following up on our conversation',
    body: `Hello {first_name},

Thank you for taking the time to talk[ at {last_exchange_event}]; I really enjoyed our conversation.
[To recap: {last_exchange_summary}.]
As promised, here is [{article_title}: ]{article_url}
[I'd be glad to talk about {interest} again sometime.]

Speak soon,`,
  },
  congratulate: {
    subject: 'Congratulations[ on {milestone}]!',
    body: `Hello {first_name},

I just heard the news[ ({milestone_note})]: congratulations[ on {milestone}]! It is well deserved.
I wish you all the best with it, and I'd love to hear how it's going.

Warm regards,`,
  },
  thank: {
    subject: 'Thank you[ for {favour}]',
    body: `Hello {first_name},

I wanted to thank you[ for {favour}][ ({favour_note})]. It means a lot to me, whatever comes of it.
I'll let you know how things turn out, and please tell me if I can ever help you in return.

With thanks,`,
  },
  share: {
    subject: 'Thought of you[: {article_title}]',
    body: `Hello {first_name},

I came across this and immediately thought of you[, given your interest in {interest}]:
[{article_title}: ]{article_url}
I'd love to know what you think.

Best,`,
  },
  reconnect: {
    subject: 'It has been a while',
    body: `Hello {first_name},

It has been too long since we last caught up[; I still remember our conversation at {met_at}].
How are things going[ at {organization}]?
[Are you still as involved in {interest}? I'd love to hear about it.]
Would you have time for a coffee or a call in the coming weeks?

All the best,`,
  },
  'ask-advice': {
    subject: 'A question[ about {topic}]',
    body: `Hello {first_name},

[{introducer} suggested I get in touch with you.]
I'm looking for advice[ about {topic}], and your experience[ at {organization}] would help me a lot.
Would you have twenty minutes for a call in the coming weeks?

Thank you in advance,`,
  },
  'introduce-request': {
    subject: 'Could you introduce me to {target}?',
    body: `Hello {first_name},

I hope all is well[ at {organization}].
I'd love to meet {target}[ to talk about {topic}]. Would you be comfortable introducing us?
I can send you a few lines to forward, to make it easy.

Thank you in advance,`,
  },
};

const fr: Record<DraftPurpose, { subject: string; body: string }> = {
  'follow-up': {
    subject: 'Suite à notre échange',
    body: `Bonjour {first_name},

Merci d’avoir pris le temps d’échanger[ lors de {last_exchange_event}] ; j’ai beaucoup apprécié notre conversation.
[Pour mémoire : {last_exchange_summary}.]
Comme promis, voici [{article_title} : ]{article_url}
[Ce serait un plaisir de reparler de {interest} prochainement.]

À bientôt,`,
  },
  congratulate: {
    subject: 'Félicitations[ pour {milestone}] !',
    body: `Bonjour {first_name},

Je viens d’apprendre la nouvelle[ ({milestone_note})] : toutes mes félicitations[ pour {milestone}] ! C’est amplement mérité.
Je vous souhaite le meilleur pour la suite, et j’aurai plaisir à avoir de vos nouvelles.

Bien à vous,`,
  },
  thank: {
    subject: 'Merci[ pour {favour}]',
    body: `Bonjour {first_name},

Je tenais à vous remercier[ pour {favour}][ ({favour_note})]. Cela compte beaucoup pour moi, quelle qu’en soit l’issue.
Je vous tiendrai au courant de la suite, et n’hésitez pas à me solliciter si je peux vous aider à mon tour.

Encore merci,`,
  },
  share: {
    subject: 'Cela devrait vous intéresser[ : {article_title}]',
    body: `Bonjour {first_name},

En lisant ceci, j’ai tout de suite pensé à vous[, vu votre intérêt pour {interest}] :
[{article_title} : ]{article_url}
J’aimerais beaucoup avoir votre avis.

Bonne lecture,`,
  },
  reconnect: {
    subject: 'Des nouvelles ?',
    body: `Bonjour {first_name},

Cela fait trop longtemps que nous n’avons pas échangé[ ; je repense encore à notre conversation lors de {met_at}].
Comment allez-vous[, et comment se passent les choses chez {organization}] ?
[Où en êtes-vous côté {interest} ? J’aimerais beaucoup en savoir plus.]
Auriez-vous un moment pour un café ou un appel dans les semaines à venir ?

Bien à vous,`,
  },
  'ask-advice': {
    subject: 'Une question[ sur {topic}]',
    body: `Bonjour {first_name},

[{introducer} m’a suggéré de vous contacter.]
Je cherche des conseils[ sur {topic}], et votre expérience[ chez {organization}] me serait précieuse.
Auriez-vous vingt minutes à m’accorder pour un appel dans les semaines à venir ?

Merci d’avance,`,
  },
  'introduce-request': {
    subject: 'Une mise en relation avec {target} ?',
    body: `Bonjour {first_name},

J’espère que tout va bien[ chez {organization}].
J’aimerais beaucoup rencontrer {target}[ pour échanger sur {topic}]. Accepteriez-vous de nous mettre en relation ?
Je peux vous envoyer quelques lignes à transférer, pour vous faciliter la tâche.

Merci d’avance,`,
  },
};

/** The message skeletons a new database starts with, in English and French; the user may edit them. */
export const DEFAULT_TEMPLATES: readonly Template[] = (['en', 'fr'] as const).flatMap((lang) =>
  Object.entries(lang === 'en' ? en : fr).map(([purpose, t]) => ({ purpose: purpose as DraftPurpose, lang, ...t })));

/** How a milestone reads inside a message: "Congratulations on your new job". */
export const MILESTONE_PHRASES: Record<'en' | 'fr', Record<MilestoneKind, string>> = {
  en: {
    'new-job': 'your new job', promotion: 'your promotion', award: 'your award', publication: 'your publication',
    launch: 'your launch', birthday: 'your birthday', other: 'your news',
  },
  fr: {
    'new-job': 'votre nouveau poste', promotion: 'votre promotion', award: 'votre prix', publication: 'votre publication',
    launch: 'votre lancement', birthday: 'votre anniversaire', other: 'cette belle nouvelle',
  },
};

/** How a favour reads inside a message: "Thank you for your introduction". */
export const FAVOUR_PHRASES: Record<'en' | 'fr', Record<FavourKind, string>> = {
  en: {
    introduction: 'the introduction', advice: 'your advice', referral: 'the referral', recommendation: 'your recommendation',
    'job-lead': 'the job lead', other: 'your help',
  },
  fr: {
    introduction: 'la mise en relation', advice: 'vos conseils', referral: 'la cooptation', recommendation: 'votre recommandation',
    'job-lead': 'la piste d’emploi', other: 'votre aide',
  },
};
