import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { SearchService } from './search.service';
import { SimilarService } from './similar.service';

@Module({ imports: [DirectoryModule], providers: [SearchService, SimilarService], exports: [SearchService, SimilarService] })
export class SearchModule {}
