'use client';
import { Suspense } from 'react';
import { CustomerDetail } from './customer-detail';

export default function CustomerPage() {
  return (
    <Suspense>
      <CustomerDetail />
    </Suspense>
  );
}
