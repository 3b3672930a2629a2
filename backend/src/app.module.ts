import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PlatformModule, type PlatformOptions } from './platform/platform.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { CustomersModule } from './modules/customers/customers.module.js';
import { ContractsModule } from './modules/contracts/contracts.module.js';
import { BillingModule } from './modules/billing/billing.module.js';
import { CollectionsModule } from './modules/collections/collections.module.js';
import { FinanceModule } from './modules/finance/finance.module.js';
import { HelpdeskModule } from './modules/helpdesk/helpdesk.module.js';

/** The modular monolith: the platform plus every bounded context. */
@Module({})
export class AppModule {
  static forRoot(options: PlatformOptions, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(options), IdentityModule, PlansModule, CustomersModule, ContractsModule, BillingModule, CollectionsModule, FinanceModule, HelpdeskModule, ...extraModules],
    };
  }
}
