// A Hashrails stand-in as a fetch: issues a distinct token per request for each known client id
// and answers API calls with whose token was sent, so that a test sees a tenant mix-up at once.
export function fakeHashrails(credentials: Record<string, string>) {
  const owners = new Map<string, string>();
  const revoked = new Set<string>();
  const issued: string[] = [];
  let serial = 0;
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === '/v1/auth/token/issue') {
      const body = (await request.json()) as { client_id: string; client_secret: string };
      if (credentials[body.client_id] !== body.client_secret)
        return Response.json({ success: false, message: 'Invalid client' }, { status: 401 });
      const token = `eyJfake.${body.client_id}.${++serial}.${crypto.randomUUID()}`;
      owners.set(token, body.client_id);
      issued.push(token);
      return Response.json({
        success: true,
        message: 'API token issued successfully',
        data: { access_token: token, expires_in: 3600, token_type: 'Bearer' },
      });
    }
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const owner = owners.get(token);
    if (!owner || revoked.has(token))
      return Response.json({ success: false, message: 'Unauthorized' }, { status: 401 });
    return Response.json({ success: true, data: { owner } });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    /** Every token issued so far, in order. */
    issued,
    revoke: (token: string) => revoked.add(token),
  };
}
