import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppConfigModule, AppLoggerModule, ClockModule, dataSourceOptions } from '@app/core';
import { AttachmentsModule } from '@app/attachments';
import { AuditModule } from '@app/audit';
import { DirectoryImportModule, DirectoryModule } from '@app/directory';
import { DeadlinesModule } from '@app/deadlines';
import { NotificationsModule } from '@app/notifications';
import { DeliveriesModule } from '@app/deliveries';
import { DocumentsModule } from '@app/documents';
import { SuggestionsModule } from '@app/suggestions';
import { AuthGuard, IdentityModule, LOGIN_LIMITER, LoginLimiter } from '@app/identity';
import { SCHEMA } from '@app/schema';
import { StatisticsModule } from '@app/statistics';
import { WorklistModule } from '@app/worklist';
import { SearchModule } from '@app/search';
import { CasesModule } from '@app/cases';
import { CasesController } from './cases/cases.controller';
import { ImpactController } from './cases/impact.controller';
import { AttachmentsController } from './attachments/attachments.controller';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { CalendarController } from './calendar/calendar.controller';
import { DevMailsController } from './dev/dev-mails.controller';
import { HealthController } from './health/health.controller';
import { HEALTH_REDIS, RedisHealthIndicator } from './health/redis.health';
import { SmtpHealthIndicator } from './health/smtp.health';
import { OrganizationsController } from './organizations/organizations.controller';
import { DirectoryImportController } from './directory/directory-import.controller';
import { RedisLifecycle, REQUEST_REDIS } from './redis.provider';
import type Redis from 'ioredis';
import { UsersController } from './users/users.controller';
import { StatisticsController } from './statistics/statistics.controller';
import { WatchlistController } from './watchlist/watchlist.controller';
import { WorklistController } from './worklist/worklist.controller';
import { SearchController } from './search/search.controller';
import { SimilarController } from './search/similar.controller';
import { SuggestionsController } from './suggestions/suggestions.controller';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryCopiesController } from './deliveries/delivery-copies.controller';
import { DocumentsController } from './documents/documents.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { AdminMailsController } from './admin/admin-mails.controller';
import { WebhooksModule } from '@app/webhooks';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    AppLoggerModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA),
    }),
    TerminusModule.forRoot({ logger: false }),
    RedisLifecycle,
    AuditModule,
    IdentityModule,
    DirectoryModule,
    DirectoryImportModule,
    WebhooksModule,
    AttachmentsModule,
    DeadlinesModule,
    NotificationsModule,
    DeliveriesModule,
    DocumentsModule,
    SuggestionsModule,
    StatisticsModule,
    WorklistModule,
    SearchModule,
    CasesModule,
  ],
  controllers: [
    HealthController,
    DirectoryImportController,
    AuthController,
    UsersController,
    OrganizationsController,
    AuditController,
    CalendarController,
    AttachmentsController,
    DevMailsController,
    ImpactController,
    SuggestionsController,
    CasesController,
    DocumentsController,
    DeliveriesController,
    DeliveryCopiesController,
    NotificationsController,
    StatisticsController,
    WatchlistController,
    WorklistController,
    SearchController,
    SimilarController,
    WebhooksController,
    AdminMailsController,
  ],
  providers: [
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: HEALTH_REDIS, useExisting: REQUEST_REDIS },
    {
      provide: LOGIN_LIMITER,
      inject: [APP_CONFIG, REQUEST_REDIS],
      useFactory: (config: AppConfig, redis: Redis) =>
        new LoginLimiter(redis, { perUser: config.loginLimitPerUser, perIp: config.loginLimitPerIp, windowSeconds: config.loginWindowSeconds }),
    },
    RedisHealthIndicator,
    SmtpHealthIndicator,
  ],
})
export class ApiModule {}
