import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { PlanAggregates } from './infrastructure/aggregates.js';
import { CreatePlanController } from './commands/create-plan/create-plan.http.controller.js';
import { CreatePlanHandler } from './commands/create-plan/create-plan.handler.js';
import { UpdatePlanController } from './commands/update-plan/update-plan.http.controller.js';
import { UpdatePlanHandler } from './commands/update-plan/update-plan.handler.js';
import { planCatalogueProjection } from './queries/plan-catalogue/plan-catalogue.projection.js';
import { PlanCatalogueReader } from './queries/plan-catalogue/plan-catalogue.reader.js';
import { GetPlanHandler, ListPlansHandler, PlanCatalogueController } from './queries/plan-catalogue/plan-catalogue.http.controller.js';
import { PlanExtensions, PlansPublicApi } from './public-api.js';
import { AdjustPlanPriceController, AdjustPlanPriceHandler } from './commands/adjust-plan-price/adjust-plan-price.js';
import { ManageCombosController } from './commands/manage-combos/manage-combos.http.controller.js';
import { ComboQueriesController } from './queries/combos/combos.http.controller.js';
import { combosProjection } from './queries/combos/combos.projection.js';
import { ManageAddOnsController } from './commands/manage-add-ons/manage-add-ons.http.controller.js';
import { ManagePromotionsController } from './commands/manage-promotions/manage-promotions.http.controller.js';
import { AddOnQueriesController } from './queries/add-ons/add-ons.http.controller.js';
import { addOnsProjection } from './queries/add-ons/add-ons.projection.js';
import { PromotionQueriesController } from './queries/promotions/promotions.http.controller.js';
import { promotionsProjection } from './queries/promotions/promotions.projection.js';

class PlansWiring implements OnModuleInit {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onModuleInit(): void {
    this.store.addInlineProjection(planCatalogueProjection);
    this.store.addInlineProjection(addOnsProjection);
    this.store.addInlineProjection(promotionsProjection);
    this.store.addInlineProjection(combosProjection);
  }
}

/** The commercial catalogue: plans and their versions, add-on services (SVA), promotions and combos. */
@Module({
  controllers: [
    CreatePlanController, UpdatePlanController, PlanCatalogueController,
    ManageAddOnsController, AddOnQueriesController, ManagePromotionsController, PromotionQueriesController,
    ManageCombosController, ComboQueriesController, AdjustPlanPriceController,
  ],
  providers: [PlansWiring, PlanAggregates, PlanCatalogueReader, CreatePlanHandler, UpdatePlanHandler, ListPlansHandler, GetPlanHandler, PlansPublicApi, PlanExtensions, AdjustPlanPriceHandler],
  exports: [PlansPublicApi],
})
export class PlansModule {}
