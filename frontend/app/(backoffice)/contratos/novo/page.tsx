'use client';
import { Suspense } from 'react';
import { ContractWizard } from './contract-wizard';

export default function NewContractPage() {
  return (
    <Suspense>
      <ContractWizard />
    </Suspense>
  );
}
