import { CanActivate, Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AppEnv, AppException } from '@app/core';

const DEV_ENVS: AppEnv[] = ['demo', 'development', 'test'];

export function devToolsEnabled(appEnv: AppEnv): boolean {
  return DEV_ENVS.includes(appEnv);
}

/** Developer/demo tools exist only when APP_ENV is demo, development or test: 404 in production. */
@Injectable()
export class DevOnlyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(): boolean {
    if (!devToolsEnabled(this.config.appEnv)) throw AppException.notFound();
    return true;
  }
}
