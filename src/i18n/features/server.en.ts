/** English words of the local web server: its own errors and the `serve` command. server.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

export const serverEn = {
  reason: {},
  error: {
    'host.refused': (v: V) => `This server answers only to ${s(v.allowed)}; the address "${s(v.host)}" was refused.`,
    'csrf.refused': () => 'This change was refused: the page did not send the session token. Reload the page and try again.',
    'request.invalid': (v: V) => `The request is not valid: ${s(v.summary)}.`,
    'request.too_large': (v: V) => `The file is larger than ${s(v.megabytes)} MB.`,
    'route.not_found': (v: V) => `Nothing here: ${s(v.method)} ${s(v.path)}.`,
    'job.not_found': (v: V) => `No import has the id "${s(v.id)}"; imports are kept only while the server runs.`,
    'calendar.no_token': () => 'No calendar feed at this address: the link is wrong or was revoked.',
  },
  kind: {},
  cli: {
    help: {
      serve: 'serve the web app and its API on this machine',
      port: 'port to listen on (default 4747; 0 picks a free one)',
      host: 'address to listen on (default 127.0.0.1: this machine only)',
    },
    examples: ['maillon serve', 'maillon serve --port 8080'],
    out: {
      portInUse: (v: V) => `Port ${s(v.port)} is already in use (another Maillon?). Choose another with --port, or 0 for any free one.`,
      notBuilt: 'The web app is not built yet: run npm run build, then reload this page.',
      listening: (v: V) => `Maillon is open at ${s(v.url)}`,
      stopHint: 'Press Ctrl+C to stop.',
      exposed: (v: V) => `Warning: listening on ${s(v.host)}, other machines can reach this server.`,
    },
  },
} satisfies Feature;
