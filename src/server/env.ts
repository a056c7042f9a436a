import type { AppContext } from '../app/context.js';
import type { Words } from '../i18n/i18n.js';
import type { Lang } from './options.js';

/** What every request carries once the middleware has run: the app context of its day and the words of its language. */
export interface ServerEnv {
  Variables: {
    ctx: AppContext;
    words: Words;
    lang: Lang;
  };
}
