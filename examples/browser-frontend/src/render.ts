import type { components } from '@apiclients/volubile';

type CallPage = components['schemas']['CallPage'];

const element = (selector: string) => {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the page lacks ${selector}`);
  return found;
};

// data-state is what the browser test waits on: text is for people, attributes for tests.
export function renderCalls(page: CallPage) {
  const calls = page.content ?? [];
  const list = element('#calls');
  list.replaceChildren(
    ...calls.map((call) => {
      const item = document.createElement('li');
      item.textContent = String(call.id ?? '(no id)');
      return item;
    }),
  );
  const status = element('#status');
  status.textContent = `${page.totalElements ?? calls.length} call(s), page ${page.page ?? 1} of ${page.totalPages ?? 1}`;
  status.dataset.state = 'done';
}

export function renderFailure(error: unknown) {
  const status = element('#status');
  status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  status.dataset.state = 'error';
}
