import type { CaseSummary } from './cases.js';

/** What the live feed carries: a new alert (as its case) or a change to a case. */
export type ReviewEvent =
  | { type: 'alert'; case: CaseSummary }
  | { type: 'case'; caseId: number; status: string; assignee: string | null; legalHold: boolean; at: string };

/**
 * In-process publish/subscribe for the live feed. Delivery is best-effort and in order per
 * subscriber; a subscriber that throws is dropped so it cannot stop the others.
 */
export class EventBus {
  private readonly subscribers = new Set<(e: ReviewEvent) => void>();
  private readonly closers = new Set<() => void>();

  /** Calls `fn` for each event and `onClose` when the service shuts down; returns the unsubscribe. */
  subscribe(fn: (e: ReviewEvent) => void, onClose?: () => void): () => void {
    this.subscribers.add(fn);
    if (onClose) this.closers.add(onClose);
    return () => {
      this.subscribers.delete(fn);
      if (onClose) this.closers.delete(onClose);
    };
  }

  /** Tells every subscriber the feed is ending (so open streams can finish). */
  close(): void {
    for (const c of this.closers) c();
    this.closers.clear();
    this.subscribers.clear();
  }

  publish(e: ReviewEvent): void {
    for (const fn of this.subscribers) {
      try {
        fn(e);
      } catch {
        this.subscribers.delete(fn);
      }
    }
  }

  get size(): number {
    return this.subscribers.size;
  }
}
