/** The analysis worker: runs the checks of large diagrams off the UI thread (analysis-protocol.ts). */
import { checkerHandler, type CheckerRequest } from './analysis-protocol';

const answer = checkerHandler();

self.onmessage = (event: MessageEvent<CheckerRequest>) => {
  const reply = answer(event.data);
  if (reply) self.postMessage(reply);
};
