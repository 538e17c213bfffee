/**
 * Wires the IPC channels to plain handler functions. Every message is checked twice before a
 * handler runs: the sender must be our window's main frame, and the payload must match its
 * schema. Handlers therefore receive typed, validated data and never see the event.
 */
import { INVOKE_CHANNELS, SEND_CHANNELS, type InvokeName, type SendName } from '../shared/ipc-channels';
import { INVOKE_SCHEMAS, SEND_SCHEMAS, type InvokePayload, type SendPayload } from './ipc-schemas';
import type { SenderEvent } from './sender';

export type InvokeHandlers = { [N in InvokeName]: (payload: InvokePayload<N>) => unknown };
export type SendHandlers = { [N in SendName]: (payload: SendPayload<N>) => void };

/** The subset of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): void;
}

export interface IpcOptions {
  isTrusted(event: SenderEvent): boolean;
  /** Where refused messages are reported (main-process log). */
  warn(message: string): void;
}

/** Raised to the renderer when a request is refused; the message says why without echoing the payload. */
export class IpcRefusal extends Error {}

function schemaError(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid payload';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Registers every channel of the registry; a channel without a handler is a type error. */
export function registerIpc(
  ipcMain: IpcMainLike,
  invoke: InvokeHandlers,
  send: SendHandlers,
  options: IpcOptions,
): void {
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    const channel = INVOKE_CHANNELS[name];
    const schema = INVOKE_SCHEMAS[name];
    const handler = invoke[name] as (payload: unknown) => unknown;
    ipcMain.handle(channel, async (event, ...args) => {
      if (!options.isTrusted(event)) {
        options.warn(`Refused ${channel}: the sender is not the app's window.`);
        throw new IpcRefusal(`${channel} refused: unknown sender`);
      }
      if (args.length > 1) throw new IpcRefusal(`${channel} refused: too many arguments`);
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        const reason = schemaError(parsed.error.issues);
        options.warn(`Refused ${channel}: ${reason}`);
        throw new IpcRefusal(`${channel} refused: ${reason}`);
      }
      return handler(parsed.data);
    });
  }
  for (const name of Object.keys(SEND_CHANNELS) as SendName[]) {
    const channel = SEND_CHANNELS[name];
    const schema = SEND_SCHEMAS[name];
    const handler = send[name] as (payload: unknown) => void;
    ipcMain.on(channel, (event, ...args) => {
      if (!options.isTrusted(event)) {
        options.warn(`Ignored ${channel}: the sender is not the app's window.`);
        return;
      }
      const parsed = args.length <= 1 ? schema.safeParse(args[0]) : null;
      if (!parsed || !parsed.success) {
        options.warn(`Ignored ${channel}: ${parsed ? schemaError(parsed.error.issues) : 'too many arguments'}`);
        return;
      }
      handler(parsed.data);
    });
  }
}
