import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig, APP_CONFIG, AppConfigModule, AppLoggerModule, ClockModule, createRequestRedis, dataSourceOptions } from '@app/core';
import { AuditModule } from '@app/audit';
import { DirectoryModule } from '@app/directory';
import { AuthGuard, FailOpenThrottlerStorage, IdentityModule, LOGIN_THROTTLE_BY_IP, LOGIN_THROTTLE_BY_USER } from '@app/identity';
import { SCHEMA } from '@app/schema';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import { HEALTH_REDIS, RedisHealthIndicator } from './health/redis.health';
import { OrganizationsController } from './organizations/organizations.controller';
import { RedisLifecycle, REQUEST_REDIS } from './redis.provider';
import { UsersController } from './users/users.controller';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    AppLoggerModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REQUEST_REDIS],
      imports: [RedisLifecycle],
      useFactory: (config: AppConfig, redis: ReturnType<typeof createRequestRedis>) => ({
        throttlers: [
          { name: LOGIN_THROTTLE_BY_USER, ttl: config.loginWindowSeconds * 1000, limit: config.loginLimitPerUser },
          { name: LOGIN_THROTTLE_BY_IP, ttl: config.loginWindowSeconds * 1000, limit: config.loginLimitPerIp },
        ],
        storage: new FailOpenThrottlerStorage(new ThrottlerStorageRedisService(redis)),
      }),
    }),
    TerminusModule.forRoot({ logger: false }),
    RedisLifecycle,
    AuditModule,
    IdentityModule,
    DirectoryModule,
  ],
  controllers: [HealthController, AuthController, UsersController, OrganizationsController, AuditController],
  providers: [
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: HEALTH_REDIS, useExisting: REQUEST_REDIS },
    RedisHealthIndicator,
  ],
})
export class ApiModule {}
