/** The text worker: a diagram's file text, written off the UI thread (text-protocol.ts). */
import { textHandler, type TextRequest } from './text-protocol';

const answer = textHandler();

self.onmessage = (event: MessageEvent<TextRequest>) => self.postMessage(answer(event.data));
