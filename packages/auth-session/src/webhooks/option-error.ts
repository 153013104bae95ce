// The house format of an option error (`verifyWebhook: options.<name> <must>`), without importing
// the kit's validators: this entry has a budget of its own. Never echoes the value.
export const optionError = (name: string, must: string) =>
  new TypeError(`verifyWebhook: options${name && `.${name}`} ${must}`);
