'use client';
import { Suspense } from 'react';
import { InvoiceList } from './invoice-list';

export default function InvoicesPage() {
  return (
    <Suspense>
      <InvoiceList />
    </Suspense>
  );
}
