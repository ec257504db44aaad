/**
 * An error of the project's own checks, printed by Astro as its message alone: no stack trace of our hook, and no
 * hint Astro guesses from the message's words (a URL containing "document" earned "Browser APIs are not available").
 */
export function buildError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  error.toString = () => message.split('\n')[0];
  return error;
}
