/**
 * The notice dialog's page: shows the message from the URL and asks its opener to close it
 * after a few seconds or when the user clicks 知道了.
 */
const params = new URLSearchParams(location.search);
const seconds = Math.max(1, Number(params.get('s')) || 8);

const text = document.getElementById('message');
if (text) text.textContent = params.get('m') ?? '';

function close(): void {
  Office.context.ui.messageParent('close');
}

Office.onReady(() => {
  document.getElementById('ok')?.addEventListener('click', close);
  setTimeout(close, seconds * 1000);
});
