import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { DeadlinesModule } from '@app/deadlines';
import { DirectoryModule } from '@app/directory';
import { AnnualReportService } from './annual-report.service';
import { StatisticsService } from './statistics.service';
import { StatsExportService } from './stats-export.service';
import { StatsOverdueService } from './stats-overdue.service';
import { StatsQueryService } from './stats-query.service';
import { statsReaderProvider, STATS_READER } from './stats-reader';
import { StatsRefreshModule } from './stats-refresh.module';
import { StatsImpactService } from './stats-impact.service';
import { StatsScopeService } from './stats-scope.service';

/** Figures, rollups and exports. No controllers, processors or crons here. */
@Module({
  imports: [CasesModule, DirectoryModule, DeadlinesModule, StatsRefreshModule],
  providers: [
    statsReaderProvider,
    StatsScopeService,
    StatsQueryService,
    StatisticsService,
    StatsOverdueService,
    StatsImpactService,
    StatsExportService,
    AnnualReportService,
  ],
  exports: [
    STATS_READER,
    StatsScopeService,
    StatsQueryService,
    StatsRefreshModule,
    StatisticsService,
    StatsOverdueService,
    StatsImpactService,
    StatsExportService,
    AnnualReportService,
  ],
})
export class StatisticsModule {}
