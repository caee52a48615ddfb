import { Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '@app/core';

/** `:year` must be a four-digit year the calendar table accepts (2000–2100); otherwise 400. */
@Injectable()
export class CalendarYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw AppException.validation([{ field: 'year', message: 'year must be between 2000 and 2100' }]);
    return year;
  }
}
