/**
 * The text worker: a diagram's file text, written off the UI thread (text-protocol.ts), and the
 * web build's recovery copy stored from here into IndexedDB, which workers share with the page.
 */
import { indexedDbRecovery, NO_RECOVERY_STORE } from '../host/recovery-store';
import { autosave, inParts, textHandler, type TextRequest } from './text-protocol';

const answer = textHandler();
const recovery = typeof indexedDB === 'undefined' ? NO_RECOVERY_STORE : indexedDbRecovery(indexedDB, NO_RECOVERY_STORE);

self.onmessage = async (event: MessageEvent<TextRequest>) => {
  const request = event.data;
  if (request.kind === 'autosave') self.postMessage(await autosave(answer, request, recovery.write));
  else for (const message of inParts(answer(request))) self.postMessage(message);
};
