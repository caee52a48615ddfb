import { AppException } from '@app/core';
import { expectedVersion } from './if-match';

describe('expectedVersion (If-Match or the body version)', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return `${(e as AppException).getStatus()} ${(e as AppException).code}`;
    }
    return 'none';
  };

  it('reads "3", W/"3" and 3 as version 3, and falls back to the body without a header or with *', () => {
    expect(expectedVersion('"3"', undefined)).toBe(3);
    expect(expectedVersion('W/"3"', undefined)).toBe(3);
    expect(expectedVersion('3', 3)).toBe(3);
    expect(expectedVersion(undefined, 5)).toBe(5);
    expect(expectedVersion('*', 5)).toBe(5);
    expect(expectedVersion(' ', undefined)).toBeUndefined();
  });

  it('refuses a header that names no version (400) and one that contradicts the body (409)', () => {
    expect(code(() => expectedVersion('abc', undefined))).toBe('400 VALIDATION_FAILED');
    expect(code(() => expectedVersion('"3", "4"', undefined))).toBe('400 VALIDATION_FAILED');
    expect(code(() => expectedVersion('"4"', 3))).toBe('409 VERSION_CONFLICT');
  });
});
