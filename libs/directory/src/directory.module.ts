import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { JurisdictionService } from './jurisdiction.service';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [AuditModule],
  providers: [OrganizationsService, JurisdictionService],
  exports: [OrganizationsService, JurisdictionService],
})
export class DirectoryModule {}
