/**
 * How a provider signs its webhook deliveries: its spec's `x-webhook-signature`, as the generator
 * emits it into each client's `generated/webhooks.ts`. Plain data, so that this runtime never
 * knows a provider's name. Only what a provider declares today is implemented (the generator
 * refuses the rest): a new algorithm or encoding is a new member here and a branch in `mac.ts`.
 */
export interface WebhookSignature {
  /** The request header carrying the signature; matched in any case. */
  readonly header: string;
  readonly algorithm: 'hmac-sha256';
  /** How the MAC's bytes are written in the header: hex, read in either case. */
  readonly encoding: 'hex';
  /** What is signed: the request body exactly as received. */
  readonly payload: 'raw-body';
  /**
   * A literal the header value may start with (e.g. `sha256=`), in any case: stripped when
   * present, not required.
   */
  readonly prefix?: string;
}
