/** One renegotiated invoice: what it still owed, and the fine and interest computed to the agreement date. */
export interface AgreementDebt {
  invoiceId: string;
  dueDate: string;
  principalCents: number;
  fineCents: number;
  interestCents: number;
}

export interface AgreementInstalment {
  /** 0 is the down payment (entrada); 1..n the monthly instalments. */
  number: number;
  invoiceId: string;
  dueDate: string;
  amountCents: number;
  /** Part of the amount that is renegotiated debt; the rest is the agreement's fine and interest. */
  debtCents: number;
  chargesCents: number;
}

export type AgreementMade = {
  type: 'AgreementMade';
  data: {
    agreementId: string;
    customerId: string;
    date: string;
    debts: AgreementDebt[];
    /** Fine and interest waived (needs the waiver permission). */
    chargesWaived: boolean;
    debtCents: number;
    chargesCents: number;
    totalCents: number;
    instalments: AgreementInstalment[];
    /** Broken when an instalment is this many days past its due date. */
    breakAfterDays: number;
    at: string;
  };
};

export type AgreementBroken = {
  type: 'AgreementBroken';
  data: {
    date: string;
    /** The instalment whose delay broke it. */
    overdueInvoiceId: string;
    /** Paid on the agreement (instalments' principal and discounts), imputed to its charges first (CC art. 354). */
    paidCents: number;
    cancelledInvoiceIds: string[];
    /** Partially paid instalments: their balance moved back to the original invoices. */
    movedBackInvoiceIds: string[];
    reopened: Array<{ invoiceId: string; amountCents: number }>;
    at: string;
  };
};

export type AgreementCompleted = { type: 'AgreementCompleted'; data: { date: string; at: string } };

export type AgreementEvent = AgreementMade | AgreementBroken | AgreementCompleted;
export const AGREEMENT_EVENT_TYPES: readonly AgreementEvent['type'][] = ['AgreementMade', 'AgreementBroken', 'AgreementCompleted'];
