import { useEffect } from 'react';

const APP = '司法建议“一件事”';

/** The browser tab's title: the page's Chinese name, then the system's. */
export function usePageTitle(page?: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} - ${APP}` : APP;
  }, [page]);
}
