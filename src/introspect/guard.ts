import { IntrospectionError } from './errors.js';

/** Events whose jobs hold secrets and a write token while the code under test comes from a fork. */
export const UNTRUSTED_EVENTS: readonly string[] = ['pull_request_target'];
export const ALLOW_UNTRUSTED_INPUT = 'allow-untrusted-introspection';

/**
 * Live introspection runs the repository's server. Under `pull_request_target` that code is the
 * pull request's, so refuse unless the user opted in. Returns the error to report, or undefined.
 */
export function refuseUntrusted(ctx: { eventName?: string | undefined; allowUntrusted: boolean }): IntrospectionError | undefined {
  if (ctx.allowUntrusted || ctx.eventName === undefined || !UNTRUSTED_EVENTS.includes(ctx.eventName)) return undefined;
  return new IntrospectionError(
    'untrusted',
    `Live introspection refused: this run is triggered by "${ctx.eventName}", where the server being started is code from the pull request, running in a job that has the base repository's secrets and a write token.`,
    {
      hint: `Set the input \`${ALLOW_UNTRUSTED_INPUT}: true\` only if this job has no secrets and a read-only token; otherwise introspect in a \`pull_request\` workflow, or commit a tools dump and pass it with \`tools\`.`,
    },
  );
}
