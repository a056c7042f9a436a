/** English words of the messages feature: reasons, errors and CLI text. messages.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const nothingToDraft: Record<string, (v: V) => string> = {
  exchange: (v) => `Maillon knows no exchange with ${s(v.name)} to follow up on. Log it first: maillon log "${s(v.name)}" --channel in-person --summary "..."`,
  milestone: (v) => `Maillon knows no news of ${s(v.name)} to congratulate them on. Record it first: maillon milestone "${s(v.name)}" --kind new-job`,
  article: (v) => `Nothing has been shared with ${s(v.name)} yet. Record what you send first: maillon share URL --with "${s(v.name)}"`,
  target: (v) => `Whom should ${s(v.name)} introduce you to? Name them with --meet REF, or record the request: maillon ask REF --about "..." --via "${s(v.name)}"`,
};

const emptyTemplate: Record<string, string> = {
  change: 'Nothing to change: give --subject, --body or --body-file.',
  both: 'Give the body once: --body or --body-file, not both.',
};

const detailLabels: Record<string, string> = {
  name: 'their name', organization: 'their organization', met_at: 'where you met', introducer: 'who introduced you',
  interest: 'an interest', last_exchange: 'your last exchange', milestone: 'their news', favour: 'what they did for you',
  article: 'the article', topic: 'what you want to ask about',
};

export const messagesEn = {
  reason: {},
  error: {
    'draft.bad_purpose': (v: V) => v.value
      ? `Unknown purpose "${s(v.value)}": expected one of ${s(v.allowed)}.`
      : `Say what the message is for with --purpose: ${s(v.allowed)}.`,
    'draft.empty': () => 'The message is empty: give its text with --text "...".',
    'draft.nothing_to_draft': (v: V) => nothingToDraft[s(v.missing)]?.(v) ?? `Maillon knows too little to draft this ${s(v.purpose)} message.`,
    'template.not_found': (v: V) => `No template in "${s(v.lang)}"${v.purpose ? ` for ${s(v.purpose)}` : ''}: expected a language among ${s(v.allowed)}.`,
    'template.bad_placeholder': (v: V) => `Unknown placeholder ${s(v.placeholder)} in the ${s(v.field)}: expected one of ${s(v.valid)}. Nothing was saved.`,
    'template.empty': (v: V) => emptyTemplate[s(v.field)] ?? `The template's ${s(v.field)} cannot be empty. Nothing was saved.`,
  },
  kind: {},
  cli: {
    help: {
      draft: 'write a personal message from what Maillon knows, then check that it could not be sent to anyone',
      ref: 'the recipient: id or name',
      purpose: 'what the message is for: follow-up, congratulate, thank, share, reconnect, ask-advice or introduce-request',
      in: 'language of the message, fr or en (default: the language of Maillon, --lang)',
      about: 'what you want advice or an introduction about (default: your open request, from maillon ask)',
      meet: 'for introduce-request: the person you would like to meet (id or name; default: your open request through them)',
      mailto: 'also print a mailto: link that opens the message in your mail client',
      check: 'check your own message: does it mention anything specific to its recipient?',
      text: 'the text of your message',
      template: 'see and edit the message templates drafts are written from',
      templateList: 'list the templates, by purpose and language',
      templateShow: 'show a template and the placeholders it may use',
      templateEdit: 'change a template; its placeholders are checked before anything is saved',
      templateReset: 'put back the default template of a purpose',
      templatePurpose: 'the purpose: follow-up, congratulate, thank, share, reconnect, ask-advice or introduce-request',
      templateIn: 'language of the template, fr or en (default: the language of Maillon, --lang)',
      subject: 'the new subject line',
      body: 'the new body; {placeholders} are filled in, and [ ... ] around a placeholder drops when it has no value',
      bodyFile: 'read the new body from this file',
      brief: 'what to remember before meeting someone: how you met, last exchanges and promises, interests, news, favours, opportunities, people you both know',
    },
    examples: {
      draft: [
        'maillon draft helene --purpose follow-up',
        'maillon draft "Marc Petit" --purpose congratulate --in fr --mailto',
        'maillon draft paul --purpose introduce-request --meet "Zoé Blanc" --about "data engineering at Acme"',
      ],
      'draft check': ['maillon draft check helene --text "Hi Hélène, how was the trip to Lyon?"'],
      'template edit': [
        'maillon template edit thank --subject "Many thanks[ for {favour}]"',
        'maillon template edit reconnect --in fr --body-file relance.txt',
      ],
      brief: ['maillon brief helene', 'maillon brief "Marc Petit" --json'],
    },
    out: {
      to: (v: V) => `To: ${s(v.name)}${v.email ? ` <${s(v.email)}>` : ''}`,
      subject: (v: V) => `Subject: ${s(v.subject)}`,
      personal: (v: V) => `✓ Personal: it mentions ${s(v.found)}.`,
      alsoAdd: (v: V) => `  You could also mention ${s(v.missing)}.`,
      anyone: (v: V) => `⚠ This message could be sent to anyone: nothing in it is specific to ${s(v.name)}.`,
      couldAdd: (v: V) => `  Maillon could add ${s(v.missing)}.`,
      knowsLittle: (v: V) => `  Maillon knows little about ${s(v.name)} yet: add an interest (maillon person edit "${s(v.name)}" --interest ...) or log an exchange with a summary.`,
      promise: (v: V) => `Remember what you promised: ${s(v.promise)}`,
      detail: (v: V) => `${detailLabels[s(v.kind)] ?? s(v.kind)} (${s(v.value)})`,
      and: ', ',
      /** Between a label and what follows it. */
      colon: ': ',
      templateLine: (v: V) => `${s(v.purpose).padEnd(18)} ${s(v.lang)}  ${s(v.subject)}${v.edited ? '  (edited)' : ''}`,
      templateHeader: (v: V) => `Template ${s(v.purpose)} (${s(v.lang)})${v.edited ? ', edited' : ', default'}`,
      placeholders: (v: V) => `Placeholders: ${s(v.list)}. [ ... ] around a placeholder drops when Maillon knows no value for it.`,
      templateSaved: (v: V) => `Saved the ${s(v.purpose)} template (${s(v.lang)}).`,
      templateReset: (v: V) => `The ${s(v.purpose)} template (${s(v.lang)}) is back to its default.`,
      brief: {
        rank: (v: V) => `#${s(v.rank)}`,
        health: (v: V) => `health ${s(v.score)}/100`,
        met: 'How you met',
        metAt: (v: V) => `at ${s(v.event)} (${s(v.date)})`,
        introducedBy: (v: V) => `introduced by ${s(v.name)}`,
        exchanges: 'Last exchanges',
        promised: (v: V) => `promised: ${s(v.promise)}`,
        interests: 'Interests',
        milestones: 'News worth mentioning',
        favours: 'Favours',
        given: (v: V) => `you helped them: ${s(v.kind)}`,
        received: (v: V) => `they helped you: ${s(v.kind)}`,
        introduced: (v: V) => `(${s(v.name)})`,
        notThanked: 'not thanked yet',
        thanked: (v: V) => `thanked ${s(v.date)}`,
        opportunities: 'Open opportunities',
        opportunity: (v: V) => `${s(v.title)}${v.organization ? ` at ${s(v.organization)}` : ''} (${s(v.stage)})`,
        mutual: 'People you both know',
        how: {
          'introduced-you': 'introduced you',
          'introduced-by-them': 'introduced to you by them',
          'you-introduced': 'you introduced them to each other',
          colleague: 'colleague',
        } as Record<string, string>,
        colleagueAt: (v: V) => `colleague at ${s(v.organization)}`,
        little: (v: V) => `Maillon knows little about ${s(v.name)} yet. Before you meet: maillon person edit "${s(v.name)}" --interest ... ; after: maillon log "${s(v.name)}" --channel in-person --summary "..."`,
      },
      milestoneKind: {
        'new-job': 'new job', promotion: 'promotion', award: 'award', publication: 'publication', launch: 'launch', birthday: 'birthday', other: 'news',
      } as Record<string, string>,
      favourKind: {
        introduction: 'an introduction', advice: 'advice', referral: 'a referral', recommendation: 'a recommendation', 'job-lead': 'a job lead', other: 'help',
      } as Record<string, string>,
      stage: {
        lead: 'lead', contacted: 'contacted', referred: 'referred', interviewing: 'interviewing', offer: 'offer', won: 'won', lost: 'lost',
      } as Record<string, string>,
    },
  },
} satisfies Feature;
