/** The text worker: a diagram's file text, written off the UI thread (text-protocol.ts). */
import { inParts, textHandler, type TextRequest } from './text-protocol';

const answer = textHandler();

self.onmessage = (event: MessageEvent<TextRequest>) => {
  for (const message of inParts(answer(event.data))) self.postMessage(message);
};
