import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { DirectoryModule } from '@app/directory';
import { AnnualReportService } from './annual-report.service';
import { StatisticsService } from './statistics.service';
import { StatsExportService } from './stats-export.service';
import { StatsOverdueService } from './stats-overdue.service';
import { StatsQueryService } from './stats-query.service';
import { statsReaderProvider, STATS_READER } from './stats-reader';
import { StatsRefreshModule } from './stats-refresh.module';
import { StatsScopeService } from './stats-scope.service';
import { WatchlistService } from './watchlist.service';
import { WorklistService } from './worklist.service';

/** Figures, rollups, exports, the supervisors' watch list and the court admin's work list. No controllers, processors or crons here. */
@Module({
  imports: [DirectoryModule, DeadlinesModule, StatsRefreshModule],
  providers: [
    statsReaderProvider,
    StatsScopeService,
    StatsQueryService,
    StatisticsService,
    StatsOverdueService,
    StatsExportService,
    AnnualReportService,
    WatchlistService,
    WorklistService,
  ],
  exports: [
    STATS_READER,
    StatsScopeService,
    StatsQueryService,
    StatsRefreshModule,
    StatisticsService,
    StatsOverdueService,
    StatsExportService,
    AnnualReportService,
    WatchlistService,
    WorklistService,
  ],
})
export class StatisticsModule {}
