import { createHashrailsClient } from '@apiclients/hashrails';

// Stand-ins: the point is that the client refuses them before any request could be sent.
const credentials = { clientId: 'example-client-id', clientSecret: 'example-client-secret' };

function show(selector: string, construct: () => unknown) {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  try {
    construct();
    target.textContent = 'constructed';
    target.dataset.outcome = 'constructed';
  } catch (error) {
    target.textContent = error instanceof Error ? error.message : String(error);
    target.dataset.outcome = 'threw';
  }
}

show('#refused', () => createHashrailsClient(credentials));
show('#allowed', () => createHashrailsClient({ ...credentials, dangerouslyAllowBrowser: true }));
