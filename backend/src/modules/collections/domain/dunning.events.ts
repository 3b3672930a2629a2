import type { Channel, ServiceLevel, StepAction } from './ladder.js';

/*
 * Events of a contract's dunning (stream `dunning-<contractId>`): every step the ladder applied, every step
 * that waited and why, every restoration and trust unblock. No personal data: ids, dates, amounts, reasons.
 * The event metadata says who (system evaluation, staff or subscriber) and when.
 */

export interface ContractRef {
  contractId: string;
  customerId: string;
  /** From the contracts context's events; null when not known yet. */
  pppoeLogin: string | null;
}

export type DunningStepApplied = {
  type: 'DunningStepApplied';
  data: ContractRef & {
    ladderId: string;
    stepId: string;
    action: StepAction;
    channel: Channel | null;
    /** The template as configured when the step fired (placeholders filled when the message is queued). */
    template: string | null;
    invoiceIds: string[];
    /** Open amount of those invoices, in centavos. */
    openCents: number;
    /** Days overdue of the most overdue invoice (negative: days before its due date). */
    daysOverdue: number;
    dueDate: string;
    /** Business date it applies to (São Paulo). */
    on: string;
    /** Why, in words: the rule and the facts. */
    reason: string;
    /** For suspending steps: when the prior notice was recorded. */
    noticeOn: string | null;
    /** First date a suspension may start, for the notice step's message. */
    suspensionFrom: string | null;
    at: string;
  };
};

export type DunningStepWaiting = {
  type: 'DunningStepWaiting';
  data: {
    contractId: string;
    stepId: string;
    action: StepAction;
    invoiceIds: string[];
    on: string;
    /** `prior-notice-failed`: the notice was recorded but its delivery failed (it is sent again, and the step waits). */
    /**
     * `full-suspension-too-recent` / `not-fully-suspended`: a cancel step before the contract has been blocked
     * for the legal period (CANCEL_AFTER_BLOCK_DAYS); `earliestOn` = block date + that period.
     */
    reason: 'prior-notice-missing' | 'prior-notice-too-recent' | 'prior-notice-failed' | 'full-suspension-too-recent' | 'not-fully-suspended';
    noticeOn: string | null;
    /** The earliest date the step may fire once the notice is (or was) recorded. */
    earliestOn: string | null;
    at: string;
  };
};

export type ServiceRestored = {
  type: 'ServiceRestored';
  data: ContractRef & {
    reason: 'payment' | 'trust';
    previousLevel: ServiceLevel;
    invoiceIds: string[];
    on: string;
    /** Trust unblock: the last day of the release. */
    until: string | null;
    at: string;
  };
};

/** A PIX already received by billing (webhook or reconciliation), presented to release a contract at once. */
export interface PaymentProof {
  kind: 'pix';
  endToEndId: string;
  /** The invoice it settled, its amount and payment date (from billing). */
  invoiceId: string;
  amountCents: number;
  paidOn: string;
}

export type TrustUnblockGranted = {
  type: 'TrustUnblockGranted';
  data: { contractId: string; days: number; until: string; on: string; invoiceIds: string[]; requestedBy: 'staff' | 'subscriber'; at: string; proof?: PaymentProof };
};

export type TrustPromiseBroken = { type: 'TrustPromiseBroken'; data: { contractId: string; until: string; on: string; invoiceIds: string[]; at: string } };
export type TrustPromiseKept = { type: 'TrustPromiseKept'; data: { contractId: string; until: string; on: string; at: string } };

export type DunningEvent = DunningStepApplied | DunningStepWaiting | ServiceRestored | TrustUnblockGranted | TrustPromiseBroken | TrustPromiseKept;
export type DunningEventType = DunningEvent['type'];
export const DUNNING_EVENT_TYPES: readonly DunningEventType[] = ['DunningStepApplied', 'DunningStepWaiting', 'ServiceRestored', 'TrustUnblockGranted', 'TrustPromiseBroken', 'TrustPromiseKept'];
