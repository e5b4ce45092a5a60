import { EventBus } from '../../review/events.js';
import type { ReviewEvent } from '../../review/events.js';
import type { RedisStreamBus } from './redis-stream-bus.js';

/**
 * The live feed across processes: events published here go out on a Redis channel, and every
 * process (service or worker) delivers what arrives on that channel to its own subscribers. Like
 * the in-process feed it is best effort; while Redis is unreachable, events are delivered locally.
 */
export class RelayedEventBus extends EventBus {
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(private readonly redis: RedisStreamBus) {
    super();
  }

  override publish(e: ReviewEvent): void {
    this.redis.publish('events', JSON.stringify(e)).catch(() => this.deliver(e));
  }

  private deliver(e: ReviewEvent): void {
    super.publish(e);
  }

  async start(): Promise<void> {
    this.unsubscribe = await this.redis.subscribe('events', (m) => {
      try {
        this.deliver(JSON.parse(m) as ReviewEvent);
      } catch {
        // not one of ours
      }
    });
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
