import type { EventPayloads } from '../../shared/contract.ts';
import type { EventName } from '../../shared/methods.ts';

type Listener = (event: EventName, payload: unknown) => void;

/** Fan-out of backend events to whichever transport is listening (IPC, server-sent events). */
export class EventBus {
  #listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.#listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
