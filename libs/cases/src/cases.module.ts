import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DirectoryModule } from '@app/directory';
import { CaseImportService } from './case-import.service';
import { CaseQueryService } from './case-query.service';
import { CaseScopeService } from './case-scope';
import { CaseTrendsService } from './case-trends.service';
import { ImpactService } from './impact.service';
import { LeadDetectionService } from './lead-detection.service';
import { LeadsService } from './leads.service';
import { AuthoritiesService } from './authorities.service';

const SERVICES = [
  CaseScopeService,
  CaseImportService,
  CaseQueryService,
  CaseTrendsService,
  LeadDetectionService,
  LeadsService,
  ImpactService,
  AuthoritiesService,
];

/** Case records, the 案由 catalogue, trends, class-case leads and governance impact (no controllers, processors or crons here). */
@Module({
  imports: [AuditModule, DirectoryModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CasesModule {}
