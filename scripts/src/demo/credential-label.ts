// How the demo names where a request's credentials travelled, from the kinds the example
// backend's stats record (examples/node-backend/src/upstream-stats.ts): a header and its scheme,
// or the fields of a JSON body. Names and placeholders only: a value is never printed.

const HEADER: Record<string, string> = {
  Bearer: 'Authorization: Bearer <token>',
  Basic: 'Authorization: Basic <base64 client id:secret>',
  'X-Api-Key': 'X-Api-Key: <API key>',
  none: 'no credentials',
};

const label = (kind: string) => {
  if (kind.startsWith('body:')) return `${kind.slice(5).split(',').join(' + ')} in the JSON body`;
  return HEADER[kind] ?? kind;
};

/** `Bearer` → `Authorization: Bearer <token>`; `body:client_id,client_secret` → `client_id + client_secret in the JSON body`. */
export const credential = (auth: string) => auth.split('+').map(label).join(', ');
