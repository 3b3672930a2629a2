import { Global, Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createFileStorage } from './storage/create-file-storage.js';
import { FILE_STORAGE } from './storage/file-storage.js';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { EventStore, ProcessorRunner, runMigrations, eventStoreMigrations, type Database, type Migration } from '@netprovider/event-store';
import type { Config } from './config/config.js';
import { CACHE, CONFIG, DATABASE, EVENT_STORE, INTEGRATION_PUBLISHER, LOGGER, PROCESSOR_RUNNER } from './database/tokens.js';
import { openDatabase } from './database/open-database.js';
import { platformMigrations } from './database/platform-migrations.js';
import { createCache, type Cache } from './cache/cache.js';
import { Metrics } from './metrics/metrics.js';
import { HealthController } from './health/health.controller.js';
import { ProblemFilter } from './http/problem.filter.js';
import { ValidationInterceptor } from './http/validation.interceptor.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { AccessGuard } from './auth/access.guard.js';
import { InProcessBus, KafkaPublisher, topicPerSource, type IntegrationEventPublisher } from './messaging/publisher.js';
import { createOutboxProcessor } from './messaging/outbox.js';
import { IntegrationEventRegistry } from './messaging/integration-events.registry.js';
import { messagingMigrations } from './messaging/consumer.js';

export interface PlatformOptions {
  config: Config;
  logger: Logger;
  /** Migrations of every bounded context, in order (see src/migrations.ts). */
  migrations: readonly Migration[];
  /** Start processors in this process (role all/worker). */
  runProcessors: boolean;
}

class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject('PLATFORM_OPTIONS') private readonly options: PlatformOptions,
    @Inject(PROCESSOR_RUNNER) private readonly runner: ProcessorRunner,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(CACHE) private readonly cache: Cache,
    @Inject(INTEGRATION_PUBLISHER) private readonly publisher: IntegrationEventPublisher,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: IntegrationEventRegistry,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const mappers = this.registry.seal();
    this.runner.add(
      createOutboxProcessor({
        name: 'outbox',
        mappers,
        publisher: this.publisher,
        topicFor: topicPerSource(this.options.config.KAFKA_TOPIC_PREFIX),
      }),
    );
    this.metrics.watch(this.store, this.runner);
    if (this.options.runProcessors) await this.runner.start();
  }

  /** Processors finish their batch and checkpoint, then connections close. */
  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.publisher.close().catch(() => undefined);
    await this.cache.close().catch(() => undefined);
    await this.db.close();
  }
}

/**
 * The technical core every bounded context uses: configuration, logging, the database (PostgreSQL or
 * PGlite), the event store, processors, integration events, cache, and the HTTP conventions (deny-by-default
 * access guard, problem+json, validation, idempotency keys).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config, logger } = options;
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: 'PLATFORM_OPTIONS', useValue: options },
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: DATABASE,
          useFactory: async () => {
            const db = await openDatabase(config);
            await runMigrations(db, [...eventStoreMigrations, ...platformMigrations, ...messagingMigrations, ...options.migrations]);
            return db;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [DATABASE],
          useFactory: (db: Database) => new EventStore({ db, personalData: { masterKey: config.masterKey, policies: {} } }),
        },
        {
          provide: PROCESSOR_RUNNER,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) =>
            new ProcessorRunner(store, [], {
              logger: {
                info: (o, m) => logger.info(o, m),
                warn: (o, m) => logger.warn(o, m),
                error: (o, m) => logger.error(o, m),
              },
            }),
        },
        {
          provide: INTEGRATION_PUBLISHER,
          useFactory: (): IntegrationEventPublisher =>
            config.KAFKA_BROKERS?.length
              ? new KafkaPublisher({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID, logger })
              : new InProcessBus(),
        },
        { provide: CACHE, useFactory: () => createCache(config.REDIS_URL) },
        { provide: FILE_STORAGE, useFactory: () => createFileStorage(config) },
        Metrics,
        IntegrationEventRegistry,
        PlatformLifecycle,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ValidationInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useFactory: () => new ProblemFilter(logger) },
      ],
      exports: [CONFIG, LOGGER, DATABASE, EVENT_STORE, PROCESSOR_RUNNER, INTEGRATION_PUBLISHER, CACHE, FILE_STORAGE, Metrics, IntegrationEventRegistry, CqrsModule],
    };
  }
}
