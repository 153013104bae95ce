/**
 * How a provider signs its webhook deliveries: its spec's `x-webhook-signature`, as the generator
 * emits it into each client's `generated/webhooks.ts`. Plain data, so that this runtime never
 * knows a provider's name.
 */
export interface WebhookSignature {
  /** The request header carrying the signature; matched in any case. */
  readonly header: string;
  /** The MAC: the only one a provider declares today. */
  readonly algorithm: 'hmac-sha256';
  /** How the MAC's bytes are written in the header; hex is read in either case. */
  readonly encoding: 'hex' | 'base64';
  /** What is signed: the request body exactly as received. */
  readonly payload: 'raw-body';
  /**
   * A literal the header value may start with (e.g. `sha256=`), in any case: stripped when
   * present, not required.
   */
  readonly prefix?: string;
}
