import { Suspense } from 'react';
import { CustomerArea } from './customer-area';

export default function CustomerAreaPage() {
  return (
    <Suspense>
      <CustomerArea />
    </Suspense>
  );
}
