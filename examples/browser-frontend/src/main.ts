import { createVolubileClient } from '@apiclients/volubile';
import { fetchConfig, tokenFromBackend } from './backend-api.js';
import { renderCalls, renderFailure } from './render.js';

async function showCalls() {
  const { volubileBaseUrl } = await fetchConfig();
  const volubile = createVolubileClient({
    getToken: tokenFromBackend,
    ...(volubileBaseUrl === null ? {} : { baseUrl: volubileBaseUrl }),
  });
  const { data, error, response } = await volubile.GET('/v1/calls', {
    params: { query: { page: 1, size: 20 } },
  });
  if (data === undefined)
    throw new Error(`Volubile answered ${response.status}: ${JSON.stringify(error)}`);
  renderCalls(data);
}

showCalls().catch(renderFailure);
