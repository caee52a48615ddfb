import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { DirectoryModule } from '@app/directory';
import { WatchlistService } from './watchlist.service';
import { WorklistService } from './worklist.service';

/** The court admin's work list and the watch list: lists of letters and deliveries that need someone's eye. No controllers here. */
@Module({
  imports: [DirectoryModule, DeadlinesModule],
  providers: [WatchlistService, WorklistService],
  exports: [WatchlistService, WorklistService],
})
export class WorklistModule {}
