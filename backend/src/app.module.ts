import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PlatformModule, type PlatformOptions } from './platform/platform.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';

/** The modular monolith: the platform plus every bounded context. */
@Module({})
export class AppModule {
  static forRoot(options: PlatformOptions, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(options), IdentityModule, ...extraModules],
    };
  }
}
