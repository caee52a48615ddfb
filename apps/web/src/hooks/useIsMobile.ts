import { Grid } from 'antd';

/** Phones (below the `md` breakpoint, 768px). */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
