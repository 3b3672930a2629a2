import { Injectable } from '@nestjs/common';
import type { IntegrationEventMapper } from './outbox.js';

/** Modules register which of their domain events leave the module as integration events (in onModuleInit). */
@Injectable()
export class IntegrationEventRegistry {
  private readonly list: IntegrationEventMapper[] = [];
  private sealed = false;

  register(...mappers: IntegrationEventMapper[]): void {
    if (this.sealed) throw new Error('integration event mappers must be registered during module init');
    this.list.push(...mappers);
  }

  seal(): readonly IntegrationEventMapper[] {
    this.sealed = true;
    return this.list;
  }
}
