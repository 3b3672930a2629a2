import { Suspense } from 'react';
import { FirstAccess } from './first-access';

export default function FirstAccessPage() {
  return (
    <Suspense>
      <FirstAccess />
    </Suspense>
  );
}
