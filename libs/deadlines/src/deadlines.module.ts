import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CalendarService } from './calendar.service';
import { DeadlineService } from './deadline.service';

@Module({ imports: [AuditModule], providers: [DeadlineService, CalendarService], exports: [DeadlineService, CalendarService] })
export class DeadlinesModule {}
