/** The provider's id for a response (`X-Request-Id`, or `Request-Id`): what its support asks for. */
export const requestIdOf = (response: Response | undefined): string | undefined =>
  response?.headers.get('x-request-id') ?? response?.headers.get('request-id') ?? undefined;
