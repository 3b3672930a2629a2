import '@mantine/charts/styles.css';
import type { ReactNode } from 'react';

/** The reports' segment: the chart styles load here only (the charts' code too, from the pages that use them). */
export default function ReportsLayout({ children }: { children: ReactNode }) {
  return children;
}
