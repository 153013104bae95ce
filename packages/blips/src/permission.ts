// Hand-written, because no spec can say it: that the items of CreateApiTokenRequest.permissions
// are what users call a "Permission". The union itself comes from the generated schema.
import type { components } from './generated/schema.js';

/** A permission a Blips API token can be granted. */
export type Permission = components['schemas']['CreateApiTokenRequest']['permissions'][number];
