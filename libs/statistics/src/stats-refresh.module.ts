import { Module } from '@nestjs/common';
import { StatsRefreshService } from './stats-refresh.service';

/** Only the rollup refresher (what the worker needs). */
@Module({ providers: [StatsRefreshService], exports: [StatsRefreshService] })
export class StatsRefreshModule {}
