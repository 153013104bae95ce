/**
 * Refuses a secret in a browser: anything shipped to a page is public. The backend mints a
 * short-lived token and the page passes `getToken` instead.
 */
export function assertNotInBrowser(
  caller: string,
  option: string,
  allow: boolean | undefined,
): void {
  const g = globalThis as { window?: unknown; document?: unknown };
  if (allow !== true && g.window !== undefined && g.document !== undefined) {
    throw new Error(
      `${caller}: options.${option} looks like it is running in a browser, where anyone can read it. ` +
        'Keep secrets on your backend, let it mint tokens, and pass ' +
        '`getToken: () => fetch("/your-token-endpoint").then((r) => r.json())` instead; ' +
        'in a trusted environment, pass `dangerouslyAllowBrowser: true`.',
    );
  }
}
