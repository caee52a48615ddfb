import { AuditService } from '@app/audit';
import { AppConfig } from '@app/core';
import { DataSource } from 'typeorm';
import { seedProvisionalCalendars } from './demo-calendars';
import { seedDemoCases } from './demo-cases';
import { seedDemoLetters } from './demo-letters';
import { seedDirectory } from './seed-directory';

/** The whole demo: directory and users now; letters in every state join as features land. */
export async function seedDemo(ds: DataSource, audit: AuditService, config: AppConfig): Promise<string> {
  const dir = await seedDirectory(ds, audit, config.demoPassword);
  const calendars = await seedProvisionalCalendars(ds, audit);
  const letters = await seedDemoLetters(ds, audit, config);
  const cases = await seedDemoCases(ds, audit, config);
  return `demo directory: ${dir.orgs.size} organizations, ${dir.users.size} users; ${calendars}; ${letters}; ${cases}`;
}
