/**
 * GENERATED from backend/openapi.json by packages/api-client/scripts/generate.mjs: do not edit.
 * Regenerate with `npm run api-client` (or `npm run openapi`, which also rewrites the spec).
 */
/* eslint-disable */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/add-ons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AddOnQueries_list"];
        put?: never;
        post: operations["ManageAddOns_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/add-ons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AddOnQueries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ManageAddOns_update"];
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_list"];
        put?: never;
        post: operations["Agreements_make"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Agreements_simulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Login_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Logout_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMe_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolMfa_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VerifyMfa_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmPasswordReset_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestPasswordReset_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RefreshSession_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListSessions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["RevokeSession_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/bank-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportBankReturn_list"];
        put?: never;
        post: operations["ImportBankReturn_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/collection-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CollectionAccounts_list"];
        put?: never;
        post: operations["CollectionAccounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/collection-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CollectionAccounts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CollectionAccounts_update"];
        trace?: never;
    };
    "/api/v1/billing/credits/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerCredit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/credits/{customerId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CustomerCredit_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingSettings_holidays"];
        put?: never;
        post: operations["BillingSettings_addHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/holidays/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["BillingSettings_removeHoliday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/pix/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PixChargesQuery_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/pix/charges/{invoiceId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RetryPixCharge_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/pix/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReconcilePix_reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/pix/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegisterPixWebhook_show"];
        put: operations["RegisterPixWebhook_register"];
        post: operations["PixWebhook_receive"];
        delete: operations["RegisterPixWebhook_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/pix/webhook/pix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PixWebhook_receivePix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/remittances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemittancesQuery_list"];
        put?: never;
        post: operations["GenerateRemittance_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/remittances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemittancesQuery_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingRunsQuery_list"];
        put?: never;
        post: operations["StartBillingRun_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingRunsQuery_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApproveBillingRun_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StartBillingRun_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingSettings_get"];
        put: operations["BillingSettings_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsQuery_list"];
        put?: never;
        post: operations["ImportStatement_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsQuery_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements/{id}/lines/{fitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReconcileStatementLine_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements/{id}/lines/{fitId}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReconcileStatementLine_ignore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/contracts/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DunningStatus_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/contracts/{id}/trust-unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffTrustUnblock_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/contracts/{id}/trust-unblock/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffTrustUnblock_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EvaluateLadder_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/ladders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Ladders_list"];
        put?: never;
        post: operations["Ladders_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/ladders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Ladders_get"];
        put: operations["Ladders_replace"];
        post?: never;
        delete: operations["Ladders_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CollectionMessages_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OverdueList_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/whatsapp/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WhatsAppWebhook_verify"];
        put?: never;
        post: operations["WhatsAppWebhook_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/combos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComboQueries_list"];
        put?: never;
        post: operations["ManageCombos_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/combos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComboQueries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ManageCombos_update"];
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListMyCompanies_list"];
        put?: never;
        post: operations["CreateCompany_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractQueries_list"];
        put?: never;
        post: operations["DraftContract_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractQueries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AcceptContract_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/acceptance-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AcceptanceLink_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ActivateContract_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/add-ons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ContractAddOns_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/add-ons/{addOnId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ContractAddOns_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelContract_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/carne.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoiceDocuments_carne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/change-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeAddress_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/change-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeContractPlan_changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractDocument_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/fixed-ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FixedIp_assign"];
        delete: operations["FixedIp_release"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/pppoe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangePppoeCredentials_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReactivateContract_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SuspendContract_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TransferOwnership_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractSummary_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListCustomers_list"];
        put?: never;
        post: operations["RegisterCustomer_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetCustomer_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdateCustomer_update"];
        trace?: never;
    };
    "/api/v1/customers/{id}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ManageAddresses_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ManageAddresses_remove"];
        options?: never;
        head?: never;
        patch: operations["ManageAddresses_change"];
        trace?: never;
    };
    "/api/v1/customers/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerConsents_consents"];
        put?: never;
        post: operations["RecordConsent_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/consents/{purpose}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordConsent_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/debt-discharge/{year}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DebtDischarge_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerDocuments_list"];
        put?: never;
        post: operations["AttachDocument_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerDocuments_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/guarantor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["SetGuarantor_set"];
        post?: never;
        delete: operations["SetGuarantor_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/lgpd/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EraseCustomer_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/lgpd/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExportPersonalData_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AddNote_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["TagCustomer_tag"];
        post?: never;
        delete: operations["TagCustomer_untag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerTimeline_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/accounts-payable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_payables"];
        put?: never;
        post: operations["Books_addPayable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/accounts-payable/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_payable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/accounts-payable/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Books_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/accounts-payable/{id}/instalments/{number}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Books_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/agreements/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Agreements_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_bankAccounts"];
        put?: never;
        post: operations["Books_addBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/bank-accounts/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/chart-of-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_chart"];
        put?: never;
        post: operations["Books_addAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/chart-of-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Books_updateAccount"];
        trace?: never;
    };
    "/api/v1/finance/recurring-bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_recurring"];
        put?: never;
        post: operations["Books_addRecurring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/recurring-bills/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Books_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FinanceReports_aging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/cash-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FinanceReports_cashFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/delinquency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FinanceReports_delinquency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reports/dre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FinanceReports_dre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Agreements_settings"];
        put: operations["Agreements_putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Books_suppliers"];
        put?: never;
        post: operations["Books_addSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Books_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesQuery_list"];
        put?: never;
        post: operations["IssueInvoice_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesQuery_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelInvoice_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeDueDate_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordPayment_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments/{paymentId}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoiceDocuments_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments/{paymentId}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordPayment_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoiceDocuments_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/second-copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesQuery_secondCopy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WriteOffInvoice_writeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/write-off/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WriteOffInvoice_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoiceSummary_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanCatalogue_list"];
        put?: never;
        post: operations["CreatePlan_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlanCatalogue_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdatePlan_update"];
        trace?: never;
    };
    "/api/v1/plans/{id}/price-adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdjustPlanPrice_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalAccount_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/auth/first-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SubscriberFirstAccess_firstAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SubscriberLogin_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Logout_portalLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RequestSubscriberReset_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalContracts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalContracts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalContractAcceptance_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalContractAcceptance_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}/trust-unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalTrustUnblock_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/contracts/{id}/trust-unblock/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTrustUnblock_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInvoices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInvoices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalInvoices_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalAccount_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnContact_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdateOwnContact_update"];
        trace?: never;
    };
    "/api/v1/portal/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalDataExport_list"];
        put?: never;
        post: operations["RequestDataExport_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me/data-export/{protocol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalDataExport_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTickets_list"];
        put?: never;
        post: operations["PortalOpenTicket_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalTickets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PortalReplyToTicket_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PromotionQueries_list"];
        put?: never;
        post: operations["ManagePromotions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PromotionQueries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ManagePromotions_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/contract-acceptance/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicContractAcceptance_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/contract-acceptance/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicContractAcceptance_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/contract-acceptance/{token}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicContractAcceptance_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListRoles_list"];
        put?: never;
        post: operations["CreateRole_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdateRole_update"];
        trace?: never;
    };
    "/api/v1/subscriber-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InviteSubscriber_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriber-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetSubscriberAccount_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffTickets_list"];
        put?: never;
        post: operations["StaffOpenTicket_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffTickets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CloseTicket_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReplyToTicket_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersQuery_list"];
        put?: never;
        post: operations["CreateUser_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersQuery_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UpdateUser_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeUserStatus_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeUserStatus_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ResetUserMfa_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceLink: {
            contractId: string;
            /** @description ISO instant */
            expiresAt: string;
            /** @description the web page the subscriber opens */
            pageUrl: string;
            token: string;
            /** @description the API path of the summary (GET) and acceptance (POST …/accept) */
            url: string;
        };
        AcceptanceSummary: {
            addOns: {
                name: string;
                priceCents: number;
            }[];
            contractId: string;
            /** @description null once the customer was erased */
            customerName: string | null;
            /** @description send it back with the acceptance: a contract changed since is refused (409) */
            documentSha256: string;
            /** @description the PDF being accepted */
            documentUrl: string;
            dueDay: number;
            /** @description ISO instant */
            expiresAt: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            /** @description this month: plan + add-ons − combo discount − promotion discount */
            monthly: {
                addOnsCents: number;
                comboDiscountCents: number;
                planCents: number;
                promotionDiscountCents: number;
                totalCents: number;
            } | null;
            plan: {
                downloadMbps: number;
                loyaltyMonths: number;
                name: string;
                priceCents: number;
                uploadMbps: number;
            };
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                months: number;
                monthsRemaining: number;
                promotionId: string;
            } | null;
            status: components["schemas"]["ContractStatus"];
        };
        AddOnList: {
            items: components["schemas"]["AddOnView"][];
        };
        AddOnView: {
            active: boolean;
            /** @enum {string} */
            category: "tv" | "streaming" | "security" | "cloud" | "telephony" | "support" | "other";
            /** @description ISO instant */
            createdAt: string;
            id: string;
            name: string;
            priceCents: number;
            /** @description ISO instant */
            updatedAt: string;
            version: number;
        };
        Address: {
            city: string;
            /** @description 7-digit IBGE code of the city */
            cityIbgeCode?: string;
            complement?: string;
            district: string;
            id: string;
            lat?: number;
            lng?: number;
            number: string;
            /** @enum {string} */
            state: "AC" | "AL" | "AP" | "AM" | "BA" | "CE" | "DF" | "ES" | "GO" | "MA" | "MT" | "MS" | "MG" | "PA" | "PB" | "PR" | "PE" | "PI" | "RJ" | "RN" | "RS" | "RO" | "RR" | "SC" | "SP" | "SE" | "TO";
            street: string;
            /** @enum {string} */
            type: "installation" | "billing" | "fiscal";
            /** @description 8 digits */
            zipCode: string;
        };
        AgingReport: {
            /** Format: date */
            asOf: string;
            /** @description days past due */
            buckets: {
                "1-30": {
                    amountCents: number;
                    count: number;
                };
                "31-60": {
                    amountCents: number;
                    count: number;
                };
                "61-90": {
                    amountCents: number;
                    count: number;
                };
                "90+": {
                    amountCents: number;
                    count: number;
                };
                current: {
                    amountCents: number;
                    count: number;
                };
            };
            totalCents: number;
        };
        AgreementDebt: {
            /** Format: date */
            dueDate: string;
            fineCents: number;
            /** @description to the agreement date */
            interestCents: number;
            invoiceId: string;
            /** @description what the invoice still owed */
            principalCents: number;
        };
        AgreementEvaluation: {
            /** @description agreement ids */
            broken: string[];
            /** @description agreement ids */
            completed: string[];
            /** Format: date */
            date: string;
            /** @description active agreements looked at */
            evaluated: number;
        };
        AgreementInstalment: {
            amountCents: number;
            chargesCents: number;
            /** @description renegotiated debt; the rest of the amount is the agreement's fine and interest */
            debtCents: number;
            /** Format: date */
            dueDate: string;
            invoiceId: string;
            /** @description 0 is the down payment (entrada); 1..n the monthly instalments */
            number: number;
        };
        AgreementList: {
            items: components["schemas"]["AgreementView"][];
        };
        AgreementTerms: {
            agreementId: string;
            /** @description ISO instant */
            at: string;
            /** @description broken when an instalment is this many days past its due date */
            breakAfterDays: number;
            chargesCents: number;
            chargesWaived: boolean;
            customerId: string;
            /** Format: date */
            date: string;
            debtCents: number;
            debts: components["schemas"]["AgreementDebt"][];
            instalments: components["schemas"]["AgreementInstalment"][];
            totalCents: number;
        };
        AgreementView: {
            customerId: string;
            /** Format: date */
            date: string;
            id: string;
            /** @description null while active */
            outcome: ({
                /** @description ISO instant */
                at: string;
                cancelledInvoiceIds: string[];
                /** Format: date */
                date: string;
                /** @description partially paid instalments whose balance went back to the original invoices */
                movedBackInvoiceIds: string[];
                /** @description the instalment whose delay broke it */
                overdueInvoiceId: string;
                paidCents: number;
                reopened: {
                    amountCents: number;
                    invoiceId: string;
                }[];
            } | {
                /** @description ISO instant */
                at: string;
                /** Format: date */
                date: string;
            }) | null;
            /** @enum {string} */
            status: "active" | "broken" | "completed";
            terms: components["schemas"]["AgreementTerms"];
            totalCents: number;
        };
        AuditEntry: {
            actorId: string | null;
            actorKind: string | null;
            companyId: string;
            correlationId: string | null;
            /** @description the event data; erased personal fields absent */
            data: unknown;
            erasedFields?: string[];
            eventId: string;
            globalPosition: number;
            ip: string | null;
            recordedAt: string;
            streamId: string;
            streamVersion: number;
            type: string;
        };
        AuditPage: {
            /** @description newest first */
            items: components["schemas"]["AuditEntry"][];
            page: number;
            pageSize: number;
            total: number;
        };
        BankAccount: {
            account: string | null;
            active: boolean;
            agency: string | null;
            /** @description opening balance + every movement */
            balanceCents: number;
            bankCode: string | null;
            /** @description the billing collection account whose receipts land here */
            collectionAccountId: string | null;
            defaultFor: string | null;
            id: string;
            /** @enum {string} */
            kind: "bank" | "cash";
            name: string;
            openingBalanceCents: number;
        };
        BankAccountList: {
            items: components["schemas"]["BankAccount"][];
        };
        BankInstruction: {
            confirmationCode: string | null;
            /** Format: date */
            confirmationDate: string | null;
            /** @description ISO instant */
            confirmedAt: string | null;
            /**
             * Format: date
             * @description change-due-date: the date the instruction 06 carried
             */
            dueDate?: string | null;
            /** @description write-off | change-due-date */
            kind: string;
            movementCode: string;
            reason: string;
            remittanceId: string;
            /** @description ISO instant */
            sentAt: string;
            sequence: number;
            /** @enum {string} */
            status: "sent" | "confirmed";
        };
        BankReturnList: {
            items: {
                bankCode: string;
                fileName: string | null;
                id: string;
                layout: number;
                report: components["schemas"]["BankReturnReport"];
                uploadedAt: string;
                uploadedBy: string;
            }[];
        };
        BankReturnReport: {
            bankCode: string;
            /** @description settlements already recorded: nothing settled twice */
            duplicates: number;
            fileName: string | null;
            id: string;
            /** @description the bank's confirmations of instructions sent by remessa */
            instructions: {
                invoiceId: string | null;
                line: number;
                nossoNumero: string;
                occurrenceCode: string;
                /** @enum {string} */
                outcome: "write-off-confirmed" | "due-date-changed";
                recorded: boolean;
            }[];
            layout: 240 | 400;
            mismatches: {
                expectedCents: number;
                invoiceId: string;
                /** @enum {string} */
                kind: "partial" | "overpaid";
                line: number;
                nossoNumero: string;
                paidCents: number;
            }[];
            other: {
                description: string;
                line: number;
                nossoNumero: string;
                occurrenceCode: string;
            }[];
            /** @description entries confirmed registered by the bank */
            registered: number;
            rejected: {
                description: string;
                invoiceId?: string;
                line: number;
                motives?: string[];
                nossoNumero: string;
                occurrenceCode: string;
            }[];
            /** @description payments recorded now */
            settled: number;
            settledCents: number;
            sha256: string;
            /** @description title lines in the file */
            titles: number;
            unknown: {
                amountPaidCents: number;
                line: number;
                nossoNumero: string;
                occurrenceCode: string;
            }[];
        };
        BillingRunList: {
            items: components["schemas"]["BillingRunSummary"][];
        };
        BillingRunPreviewLine: {
            contractId: string;
            customerId: string;
            /** Format: date */
            dueDate: string | null;
            error: string | null;
            invoiceId: string | null;
            items: components["schemas"]["InvoiceItem"][];
            totalCents: number;
            warning: string | null;
        };
        /** @enum {string} */
        BillingRunStatus: "previewing" | "awaiting_approval" | "issuing" | "completed" | "discarded";
        BillingRunSummary: {
            /** @description ISO instant */
            approvedAt: string | null;
            approvedBy: string | null;
            competence: string;
            done: number;
            dueDayFrom: number;
            dueDayTo: number;
            failed: number;
            /** @description ISO instant */
            finishedAt: string | null;
            id: string;
            /** @description invoices per second while issuing */
            rate: number | null;
            /** @description ISO instant */
            requestedAt: string;
            requestedBy: string;
            /** @description ISO instant */
            startedAt: string | null;
            status: components["schemas"]["BillingRunStatus"];
            /** @description invoices to issue (from the preview) */
            total: number;
            totalCents: number;
            /** @description count of lines per warning */
            warnings: {
                [key: string]: number;
            };
        };
        BillingRunView: {
            /** @description ISO instant */
            approvedAt: string | null;
            approvedBy: string | null;
            competence: string;
            done: number;
            dueDayFrom: number;
            dueDayTo: number;
            failed: number;
            /** @description ISO instant */
            finishedAt: string | null;
            id: string;
            /** @description null while previewing */
            preview: {
                invoices: number;
                lines: components["schemas"]["BillingRunPreviewLine"][];
                nextPage: number | null;
                totalCents: number;
                /** @description count of lines per warning */
                warnings: {
                    [key: string]: number;
                };
            } | null;
            /** @description invoices per second while issuing */
            rate: number | null;
            /** @description ISO instant */
            requestedAt: string;
            requestedBy: string;
            /** @description ISO instant */
            startedAt: string | null;
            status: components["schemas"]["BillingRunStatus"];
            /** @description invoices to issue (from the preview) */
            total: number;
            totalCents: number;
            /** @description count of lines per warning */
            warnings: {
                [key: string]: number;
            };
        };
        BillingSettingsView: {
            creditDelinquencySuspendedDays: boolean;
            earlyDiscount: {
                amountCents: number;
                daysBefore: number;
            } | null;
            finePercentBp: number;
            graceDays: number;
            interestMonthlyBp: number;
            legalFineCapBp: number;
            pixValidAfterDueDays: number;
        };
        CashFlowReport: {
            /** @description YYYY-MM */
            from: string;
            months: {
                /** @description YYYY-MM */
                month: string;
                netCents: number;
                /** @description open invoices by due date */
                projectedInCents: number;
                /** @description unpaid bills by due date */
                projectedOutCents: number;
                realisedInCents: number;
                realisedOutCents: number;
            }[];
            /** @description YYYY-MM */
            to: string;
        };
        ChartAccount: {
            active: boolean;
            /** @description dotted digits, e.g. 4.2.05 */
            code: string;
            id: string;
            /** @enum {string} */
            kind: "revenue" | "deduction" | "cost" | "expense";
            name: string;
            /** @description set on the accounts finance posts to on its own (they can be renamed, not deactivated) */
            systemKey: string | null;
        };
        ChartOfAccounts: {
            items: components["schemas"]["ChartAccount"][];
        };
        CollectionAccountList: {
            items: components["schemas"]["CollectionAccountView"][];
        };
        CollectionAccountView: {
            account: string;
            accountDigit: string | null;
            active: boolean;
            agency: string;
            agencyDigit: string | null;
            agreement: string | null;
            bankCode: string;
            bankName: string;
            beneficiaryDocument: string;
            beneficiaryName: string;
            cnabLayout: 240 | 400;
            id: string;
            isDefault: boolean;
            name: string;
            nextNossoNumero: number;
            pixKey: string | null;
            pixMerchantCity: string;
            /** @enum {string} */
            pixMode: "static" | "psp" | "none";
            station: string | null;
            wallet: string | null;
        };
        ComboList: {
            items: components["schemas"]["ComboView"][];
        };
        ComboView: {
            active: boolean;
            addOnIds: string[];
            createdAt: string;
            id: string;
            name: string;
            planId: string;
            /** @description the monthly price of the plan with these add-ons */
            priceCents: number;
            updatedAt: string;
            /** @description a new composition or price is a new version */
            version: number;
        };
        ConsentRecord: {
            /** @enum {string} */
            action: "granted" | "revoked";
            actorId: string | null;
            at: string;
            channel: string;
            /** @description null once the customer is erased (personal data, crypto-shredded) */
            evidence: string | null;
            purpose: string;
        };
        ContractAddress: {
            city: string;
            /** @description 7-digit IBGE code of the city */
            cityIbgeCode?: string;
            complement?: string;
            district: string;
            lat?: number;
            lng?: number;
            number: string;
            /** @enum {string} */
            state: "AC" | "AL" | "AP" | "AM" | "BA" | "CE" | "DF" | "ES" | "GO" | "MA" | "MT" | "MS" | "MG" | "PA" | "PB" | "PR" | "PE" | "PI" | "RJ" | "RN" | "RS" | "RO" | "RR" | "SC" | "SP" | "SE" | "TO";
            street: string;
            /** @description 8 digits */
            zipCode: string;
        };
        ContractDetail: {
            activatedOn: string | null;
            addOns: {
                addOnId: string;
                priceCents: number;
                version: number;
            }[];
            asOf: string | null;
            billingAddress: components["schemas"]["ContractAddress"] | null;
            billingStartsOn: string | null;
            combo: {
                addOnIds: string[];
                comboId: string;
                discountCents: number;
                priceCents: number;
                version: number;
            } | null;
            customerId: string;
            dueDay: number;
            fixedIp: string | null;
            id: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            loyalty: components["schemas"]["Loyalty"] | null;
            /** @description this month: plan + add-ons − combo discount − promotion discount */
            monthly: {
                addOnsCents: number;
                comboDiscountCents: number;
                planCents: number;
                promotionDiscountCents: number;
                totalCents: number;
            } | null;
            plan: components["schemas"]["PlanSnapshot"] | null;
            pppoeLogin: string | null;
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                months: number;
                monthsRemaining: number;
                promotionId: string;
            } | null;
            status: components["schemas"]["ContractStatus"];
            suspension: {
                endsOn?: string;
                /** @enum {string} */
                reason: "delinquency" | "customer_request";
                startsOn: string;
            } | null;
            version: number;
        };
        ContractList: {
            items: components["schemas"]["ContractListItem"][];
        };
        ContractListItem: {
            activatedOn: string | null;
            createdAt: string;
            customerId: string;
            dueDay: number;
            id: string;
            planId: string;
            planVersion: number;
            priceCents: number;
            status: components["schemas"]["ContractStatus"];
            updatedAt: string;
        };
        /** @enum {string} */
        ContractStatus: "draft" | "awaiting_installation" | "active" | "suspended" | "cancelled";
        ContractView: {
            activatedOn: string | null;
            addOns: {
                addOnId: string;
                priceCents: number;
                version: number;
            }[];
            billingAddress: components["schemas"]["ContractAddress"] | null;
            billingStartsOn: string | null;
            combo: {
                addOnIds: string[];
                comboId: string;
                discountCents: number;
                priceCents: number;
                version: number;
            } | null;
            customerId: string;
            dueDay: number;
            fixedIp: string | null;
            id: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            loyalty: components["schemas"]["Loyalty"] | null;
            /** @description this month: plan + add-ons − combo discount − promotion discount */
            monthly: {
                addOnsCents: number;
                comboDiscountCents: number;
                planCents: number;
                promotionDiscountCents: number;
                totalCents: number;
            } | null;
            plan: components["schemas"]["PlanSnapshot"] | null;
            pppoeLogin: string | null;
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                months: number;
                monthsRemaining: number;
                promotionId: string;
            } | null;
            status: components["schemas"]["ContractStatus"];
            suspension: {
                endsOn?: string;
                /** @enum {string} */
                reason: "delinquency" | "customer_request";
                startsOn: string;
            } | null;
            version: number;
        };
        CreatedCompany: {
            id: string;
            name: string;
        };
        CreatedUser: {
            companyIds: string[];
            createdAt: string;
            email: string;
            /** @description the first-access e-mail queued when no password was given */
            firstAccessMessageId?: string;
            id: string;
            mfaEnrolled: boolean;
            name: string;
            roles: string[];
            /** @enum {string} */
            status: "active" | "disabled";
            updatedAt: string;
        };
        CustomerConsentMap: {
            "credit-analysis"?: {
                at: string;
                granted: boolean;
            };
            "data-sharing-partners"?: {
                at: string;
                granted: boolean;
            };
            marketing?: {
                at: string;
                granted: boolean;
            };
            "sms-messages"?: {
                at: string;
                granted: boolean;
            };
            "usage-analytics"?: {
                at: string;
                granted: boolean;
            };
            "whatsapp-messages"?: {
                at: string;
                granted: boolean;
            };
        };
        CustomerConsents: {
            /** @description per purpose: whether consent stands now, and since when */
            current: {
                [key: string]: {
                    at: string;
                    granted: boolean;
                };
            };
            /** @description every grant and revocation, oldest first (LGPD art. 8 §2) */
            history: components["schemas"]["ConsentRecord"][];
        };
        CustomerCreditView: {
            balanceCents: number;
            customerId: string;
            movements: ({
                /** @description negative when the credit paid an invoice */
                amountCents: number;
                invoiceId: string;
                /** @enum {string} */
                kind: "overpayment" | "applied";
                on: string;
            } | {
                amountCents: number;
                /** @enum {string} */
                kind: "refund";
                method: string;
                on: string;
                reference: string;
                refundId: string;
            } | {
                amountCents: number;
                contractId: string;
                creditId: string;
                /** @description suspended-days credit no invoice could carry */
                description: string;
                /** @enum {string} */
                kind: "grant";
                on: string;
            })[];
        };
        CustomerDetail: {
            addresses: components["schemas"]["Address"][];
            asOf: string | null;
            birthDate: string | null;
            consents: components["schemas"]["CustomerConsentMap"];
            document: string | null;
            documentFormatted: string | null;
            emails: string[];
            foundationDate: string | null;
            guarantor: {
                document: string;
                email?: string;
                name: string;
                phone?: string;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "PF" | "PJ";
            name: string | null;
            phones: components["schemas"]["CustomerPhone"][];
            /** @description after erasure, what remains */
            pseudonym: string | null;
            stateRegistration: string | null;
            /** @enum {string} */
            status: "active" | "erasure_requested" | "erased";
            tags: string[];
            tradeName: string | null;
            version: number;
        };
        CustomerDocument: {
            /** @description detected from the bytes; null on documents uploaded before it was recorded */
            contentType: string | null;
            contractId: string | null;
            /** @description null after erasure (personal data, crypto-shredded) */
            fileName: string | null;
            id: string;
            sha256: string;
            size: number | null;
            /** @enum {string} */
            type: "rg" | "cnh" | "proof_of_address" | "signed_contract" | "other";
            uploadedAt: string;
            uploadedBy: string | null;
        };
        CustomerDocumentList: {
            /** @description newest first */
            items: components["schemas"]["CustomerDocument"][];
        };
        CustomerListItem: {
            createdAt: string;
            document: string | null;
            emails: string[];
            id: string;
            /** @enum {string} */
            kind: "PF" | "PJ";
            name: string | null;
            phones: components["schemas"]["CustomerPhone"][];
            pseudonym: string | null;
            /** @enum {string} */
            status: "active" | "erasure_requested" | "erased";
            tags: string[];
            updatedAt: string;
        };
        CustomerNote: {
            at: string;
            authorId: string;
            noteId: string;
            text: string;
        };
        CustomerPhone: {
            /** @description E.164 */
            number: string;
            whatsapp: boolean;
        };
        CustomerSearchResult: {
            hasMore: boolean;
            items: components["schemas"]["CustomerListItem"][];
            page: number;
            pageSize: number;
            /** @description exact up to 500 matches, then the planner estimate */
            total: number;
            totalIsEstimate: boolean;
        };
        CustomerTimeline: {
            items: components["schemas"]["TimelineEntry"][];
        };
        CustomerView: {
            addresses: components["schemas"]["Address"][];
            birthDate: string | null;
            consents: components["schemas"]["CustomerConsentMap"];
            document: string | null;
            documentFormatted: string | null;
            emails: string[];
            foundationDate: string | null;
            guarantor: {
                document: string;
                email?: string;
                name: string;
                phone?: string;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "PF" | "PJ";
            name: string | null;
            phones: components["schemas"]["CustomerPhone"][];
            /** @description after erasure, what remains */
            pseudonym: string | null;
            stateRegistration: string | null;
            /** @enum {string} */
            status: "active" | "erasure_requested" | "erased";
            tags: string[];
            tradeName: string | null;
            version: number;
        };
        DataExportRequest: {
            /** @enum {string} */
            channel: "portal" | "app" | "whatsapp" | "phone" | "e-mail" | "in-person" | "contract";
            protocol: string;
            requestedAt: string;
        };
        DataExportRequestList: {
            items: components["schemas"]["DataExportRequest"][];
        };
        DelinquencyReport: {
            /** @description YYYY-MM */
            from: string;
            months: {
                dueCents: number;
                /** @description YYYY-MM */
                month: string;
                /** @description unpaid ÷ due, in basis points */
                rateBp: number;
                unpaidCents: number;
            }[];
            /** @description YYYY-MM */
            to: string;
        };
        DreReport: {
            /** @enum {string} */
            basis: "accrual" | "cash";
            custos: components["schemas"]["DreSection"];
            deducoes: components["schemas"]["DreSection"];
            despesas: components["schemas"]["DreSection"];
            /** @description YYYY-MM */
            from: string;
            lucroBrutoCents: number;
            /** @description when asked for one month */
            month?: string;
            receitaBruta: components["schemas"]["DreSection"];
            receitaLiquidaCents: number;
            resultadoCents: number;
            /** @description YYYY-MM */
            to: string;
        };
        DreSection: {
            /** @description every account of the chart, zero when nothing posted */
            lines: {
                amountCents: number;
                code: string;
                name: string;
            }[];
            totalCents: number;
        };
        DunningMessageList: {
            items: components["schemas"]["DunningMessageView"][];
        };
        DunningMessageView: {
            attempts: number;
            body: string;
            channel: string;
            contractId: string;
            createdAt: string;
            customerId: string;
            id: string;
            invoiceIds: string[];
            lastError: string | null;
            provider: string | null;
            status: string;
            statusAt: string | null;
            stepId: string;
        };
        DunningStatusView: {
            brokenPromises: string[];
            contractId: string;
            history: {
                actorId: string | null;
                /** @enum {string|null} */
                actorKind: "staff" | "subscriber" | "system" | "integration" | null;
                /** @description the event payload */
                data: {
                    [key: string]: unknown;
                };
                recordedAt: string;
                type: string;
            }[];
            ladder: {
                id: string;
                name: string;
            };
            level: components["schemas"]["ServiceLevel"];
            openInvoices: {
                daysOverdue: number;
                /** Format: date */
                dueDate: string;
                invoiceId: string;
                openCents: number;
                /** Format: date */
                payableUntil: string;
            }[];
            /**
             * Format: date
             * @description the business date collections acts on
             */
            today: string;
            /** @description a trust release (desbloqueio em confiança) in force */
            trust: {
                invoiceIds: string[];
                /** Format: date */
                until: string;
            } | null;
        };
        DunningSweepReport: {
            /** @description contracts with open invoices or a dunning level, looked at */
            contracts: number;
            /**
             * Format: date
             * @description the business date evaluated
             */
            date: string;
            /** @description dunning events recorded (steps applied, suspensions, restorations) */
            events: number;
        };
        ElectronicAcceptance: {
            acceptance: {
                /** @description ISO instant */
                at: string;
                documentSha256: string;
                documentVersion: number;
                ip: string;
                /** @enum {string} */
                method: "electronic";
            };
            activatedOn: string | null;
            addOns: {
                addOnId: string;
                priceCents: number;
                version: number;
            }[];
            billingAddress: components["schemas"]["ContractAddress"] | null;
            billingStartsOn: string | null;
            combo: {
                addOnIds: string[];
                comboId: string;
                discountCents: number;
                priceCents: number;
                version: number;
            } | null;
            customerId: string;
            dueDay: number;
            fixedIp: string | null;
            id: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            loyalty: components["schemas"]["Loyalty"] | null;
            /** @description this month: plan + add-ons − combo discount − promotion discount */
            monthly: {
                addOnsCents: number;
                comboDiscountCents: number;
                planCents: number;
                promotionDiscountCents: number;
                totalCents: number;
            } | null;
            plan: components["schemas"]["PlanSnapshot"] | null;
            pppoeLogin: string | null;
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                months: number;
                monthsRemaining: number;
                promotionId: string;
            } | null;
            status: components["schemas"]["ContractStatus"];
            suspension: {
                endsOn?: string;
                /** @enum {string} */
                reason: "delinquency" | "customer_request";
                startsOn: string;
            } | null;
            version: number;
        };
        FinanceSettings: {
            agreementBreakDays: number;
        };
        HolidayList: {
            items: components["schemas"]["HolidayView"][];
            year: number;
        };
        HolidayView: {
            /** Format: date */
            date: string;
            name: string;
            /** @enum {string} */
            scope: "national" | "local";
        };
        InvoiceDetail: {
            agreementId: string | null;
            /** @description absent with asOf */
            bankInstructions?: components["schemas"]["BankInstruction"][];
            boleto: {
                bankCode: string;
                barcode: string;
                collectionAccountId: string;
                digitableLine: string;
                nossoNumero: string;
                nossoNumeroFormatted: string;
            } | null;
            cancellation: {
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            competence: string | null;
            contractId: string | null;
            customerId: string;
            discountCents: number;
            /** Format: date */
            dueDate: string;
            /** @description alterações de vencimento, oldest first */
            dueDateChanges: {
                /** @description ISO instant */
                at: string;
                changedBy: string | null;
                /** Format: date */
                dueDate: string;
                /** Format: date */
                previousDueDate: string;
                reason: string;
            }[];
            history: {
                actorId: string | null;
                /** @description ISO instant */
                at: string;
                summary: string;
                type: string;
                version: number;
            }[];
            id: string;
            /** Format: date */
            issuedOn: string;
            items: components["schemas"]["InvoiceItem"][];
            number: number;
            outstandingCents: number;
            paidCents: number;
            /**
             * Format: date
             * @description the last day it can be paid without charges
             */
            payableWithoutChargesUntil: string;
            payments: components["schemas"]["PaymentView"][];
            pix: {
                brCode: string;
                /** @enum {string} */
                kind: "static" | "cobv";
                location?: string;
                txid: string;
            } | null;
            renegotiatedCents: number;
            rules: components["schemas"]["LateChargeRules"];
            runId: string | null;
            status: components["schemas"]["InvoiceStatus"];
            totalCents: number;
            version: number;
            writeOff: {
                amountCents: number;
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            writtenOffCents: number;
        };
        InvoiceItem: {
            amountCents: number;
            description: string;
            /** @enum {string} */
            kind: "plan" | "add-on" | "promotion" | "adjustment" | "installation" | "charge" | "credit" | "agreement" | "agreement-charges";
            reference?: string;
        };
        InvoiceListItem: {
            bankCode: string | null;
            competence: string | null;
            contractId: string | null;
            customerId: string;
            digitableLine: string | null;
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issuedOn: string;
            nossoNumero: string | null;
            number: number;
            outstandingCents: number;
            paidCents: number;
            status: components["schemas"]["InvoiceStatus"];
            totalCents: number;
        };
        InvoicePage: {
            items: components["schemas"]["InvoiceListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        InvoiceStatus: "open" | "partially_paid" | "paid" | "cancelled" | "overdue" | "written_off" | "renegotiated";
        InvoiceView: {
            agreementId: string | null;
            boleto: {
                bankCode: string;
                barcode: string;
                collectionAccountId: string;
                digitableLine: string;
                nossoNumero: string;
                nossoNumeroFormatted: string;
            } | null;
            cancellation: {
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            competence: string | null;
            contractId: string | null;
            customerId: string;
            discountCents: number;
            /** Format: date */
            dueDate: string;
            /** @description alterações de vencimento, oldest first */
            dueDateChanges: {
                /** @description ISO instant */
                at: string;
                changedBy: string | null;
                /** Format: date */
                dueDate: string;
                /** Format: date */
                previousDueDate: string;
                reason: string;
            }[];
            history: {
                actorId: string | null;
                /** @description ISO instant */
                at: string;
                summary: string;
                type: string;
                version: number;
            }[];
            id: string;
            /** Format: date */
            issuedOn: string;
            items: components["schemas"]["InvoiceItem"][];
            number: number;
            outstandingCents: number;
            paidCents: number;
            /**
             * Format: date
             * @description the last day it can be paid without charges
             */
            payableWithoutChargesUntil: string;
            payments: components["schemas"]["PaymentView"][];
            pix: {
                brCode: string;
                /** @enum {string} */
                kind: "static" | "cobv";
                location?: string;
                txid: string;
            } | null;
            renegotiatedCents: number;
            rules: components["schemas"]["LateChargeRules"];
            runId: string | null;
            status: components["schemas"]["InvoiceStatus"];
            totalCents: number;
            version: number;
            writeOff: {
                amountCents: number;
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            writtenOffCents: number;
        };
        Ladder: {
            id: string;
            isDefault: boolean;
            name: string;
            /** @description plans this ladder applies to; empty on the company default */
            planIds: string[];
            steps: components["schemas"]["LadderStep"][];
            suspensionNotice: {
                minDays: number;
                stepId: string;
            };
            trustUnblock: components["schemas"]["TrustUnblockRules"];
        };
        LadderList: {
            builtIn: components["schemas"]["Ladder"];
            items: components["schemas"]["Ladder"][];
        };
        LadderStep: {
            /** @enum {string} */
            action: "remind" | "notify" | "throttle" | "redirect" | "block" | "cancel";
            /** @enum {string} */
            channel?: "email" | "sms" | "whatsapp";
            /** @description negative: before the due date; positive: days overdue */
            daysOffset: number;
            /** @description stable within the ladder */
            id: string;
            /** @description pt-BR text with {{placeholders}} */
            template?: string;
        };
        LateChargeRules: {
            earlyDiscount?: {
                amountCents: number;
                daysBefore: number;
            };
            finePercentBp: number;
            graceDays: number;
            interestMonthlyBp: number;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        LoginResult: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            /** @description true: the token only allows enrolling a second factor */
            mfaEnrollmentRequired: boolean;
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        Loyalty: {
            /** Format: date */
            endsOn: string;
            penaltyAmountCents: number;
            /** Format: date */
            startsOn: string;
        };
        MatchProposal: {
            customerId: string;
            invoiceId: string;
            number: number;
            reasons: ("amount" | "amount-with-charges" | "date-window" | "document" | "name" | "name-partial")[];
            score: number;
        };
        Me: {
            companies: {
                id: string;
                name: string;
            }[];
            companyId: string;
            companyIds: string[];
            createdAt: string;
            email: string;
            id: string;
            mfaEnrolled: boolean;
            mfaEnrolmentPending: boolean;
            name: string;
            permissions: string[];
            roles: string[];
            sessionId?: string;
            /** @enum {string} */
            status: "active" | "disabled";
            updatedAt: string;
        };
        MfaEnrolment: {
            otpauthUrl: string;
            qrCodeDataUrl: string;
            secret: string;
        };
        MfaVerified: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            recoveryCodes: string[];
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        Movement: {
            /** @description negative: money out of the account */
            amountCents: number;
            /** Format: date */
            date: string;
            description: string;
            id: string;
            /** @description receipt | bank-fee | payment | transfer */
            kind: string;
            reference: string | null;
        };
        MovementList: {
            items: components["schemas"]["Movement"][];
        };
        MyCompanies: {
            items: {
                /** @description the company this request acts for (X-Company-Id) */
                active: boolean;
                id: string;
                name: string;
            }[];
        };
        OverdueItem: {
            contractId: string;
            currentStep: {
                /** @enum {string} */
                action: "remind" | "notify" | "throttle" | "redirect" | "block" | "cancel";
                daysOffset: number;
                key: string;
                label: string;
            } | null;
            customerId: string;
            customerName: string;
            daysOverdue: number;
            nextStep: {
                /** @enum {string} */
                action: "remind" | "notify" | "throttle" | "redirect" | "block" | "cancel";
                daysOffset: number;
                key: string;
                label: string;
                on: string;
            } | null;
            oldestDueDate: string;
            openCents: number;
            overdueInvoices: number;
            pppoeLogin: string | null;
            /** @enum {string} */
            serviceLevel: "none" | "throttle" | "redirect" | "block" | "cancel";
            trustUnblockActive: boolean;
            trustUntil: string | null;
        };
        OverdueList: {
            items: components["schemas"]["OverdueItem"][];
            page: number;
            pageSize: number;
            today: string;
            total: number;
        };
        OwnContact: {
            emails: string[];
            phones: components["schemas"]["CustomerPhone"][];
        };
        Payable: {
            account: {
                code: string;
                id: string;
                name: string;
            };
            /** @description YYYY-MM */
            competence: string;
            description: string;
            document: string | null;
            id: string;
            instalments: components["schemas"]["PayableInstalment"][];
            /** Format: date */
            issueDate: string;
            recurringBillId: string | null;
            status: components["schemas"]["PayableStatus"];
            supplierId: string | null;
            supplierName: string | null;
            totalCents: number;
        };
        PayableInstalment: {
            amountCents: number;
            bankAccountId: string | null;
            /** Format: date */
            dueDate: string;
            number: number;
            openCents: number;
            paidCents: number;
            /**
             * Format: date
             * @description set once nothing is left open
             */
            paidOn: string | null;
        };
        PayableList: {
            items: components["schemas"]["Payable"][];
        };
        /** @enum {string} */
        PayableStatus: "open" | "paid" | "cancelled";
        /** @enum {string} */
        PaymentMethod: "cash" | "card" | "transfer" | "boleto" | "pix" | "credit";
        PaymentRecorded: {
            invoice: components["schemas"]["InvoiceView"];
            /** @enum {string} */
            outcome: "recorded" | "duplicate";
            payment: components["schemas"]["PaymentView"] | null;
        };
        PaymentView: {
            amountCents: number;
            discountCents: number;
            feesCents: number;
            fineCents: number;
            id: string;
            interestCents: number;
            method: components["schemas"]["PaymentMethod"];
            overpaidCents: number;
            /** Format: date */
            paidOn: string;
            principalCents: number;
            receivedBy: string | null;
            /** @description ISO instant */
            recordedAt: string;
            reversed: {
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            source: {
                kind: string;
                reference: string;
            };
        };
        PenaltyRule: {
            /** @enum {string} */
            kind: "none";
        } | {
            amountCents: number;
            /** @enum {string} */
            kind: "prorata";
        } | {
            basisPoints: number;
            /** @enum {string} */
            kind: "percentage";
        };
        /** @enum {string} */
        Permission: "customers:read" | "customers:write" | "customers:erase" | "plans:read" | "plans:write" | "contracts:read" | "contracts:write" | "invoices:read" | "invoices:write" | "payments:read" | "payments:write" | "billing-runs:read" | "billing-runs:run" | "billing-runs:approve" | "collection-accounts:read" | "collection-accounts:write" | "collections:read" | "collections:write" | "agreements:read" | "agreements:write" | "write-offs:read" | "write-offs:write" | "finance:read" | "finance:write" | "network:read" | "network:write" | "inventory:read" | "inventory:write" | "service-orders:read" | "service-orders:write" | "tickets:read" | "tickets:write" | "reports:read" | "users:read" | "users:manage" | "roles:read" | "roles:manage" | "companies:read" | "companies:manage" | "audit:read" | "settings:read" | "settings:manage";
        PersonalDataExport: {
            customer: components["schemas"]["CustomerDetail"];
            /** @description every event recorded about the customer, oldest first */
            events: components["schemas"]["TimelineEntry"][];
            exportedAt: string;
            /** @description netprovider.lgpd-export.v1 */
            format: string;
        };
        PixChargeFailure: {
            attempts: number;
            detail: string | null;
            /** Format: date */
            dueDate: string | null;
            errorType: string;
            /** @description ISO instant */
            firstFailedAt: string;
            invoiceId: string;
            invoiceNumber: number | null;
            /** @description ISO instant */
            lastFailedAt: string;
            /** @enum {string} */
            operation: "create" | "cancel" | "change-due-date";
            /** @description the PSP's HTTP status; 0 when there was no answer or the refusal is ours (e.g. no payer document) */
            pspStatus: number;
            /** @description set once a later attempt succeeded */
            resolvedAt: string | null;
            title: string;
            totalCents: number | null;
            txid: string;
            /** @description as the PSP named them; never the values */
            violations: {
                property: string | null;
                reason: string;
            }[];
        };
        PixChargeFailureList: {
            items: components["schemas"]["PixChargeFailure"][];
        };
        PixChargeRetried: {
            /** @enum {string} */
            outcome: "created";
            /** @description the cobv the PSP created */
            pix: {
                brCode: string;
                /** @enum {string} */
                kind: "static" | "cobv";
                location?: string;
                txid: string;
            };
        } | {
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            outcome: "due-date-changed";
            txid: string;
        } | {
            /** @enum {string} */
            outcome: "cancelled";
            txid: string;
        } | {
            /** @enum {string} */
            outcome: "nothing-to-do";
        };
        PixSettlementReport: {
            /** @description already settled (a redelivery, or seen by the webhook and the reconciliation) */
            duplicates: number;
            received: number;
            /** @description endToEndIds the invoice refused (e.g. it was cancelled): money to refund or apply by hand */
            rejected: {
                endToEndId: string;
                invoiceId: string;
                reason: string;
            }[];
            settled: number;
            /** @description endToEndIds of Pix whose txid names no invoice (or that carry none): left for statement matching */
            unknown: string[];
        };
        PixWebhookView: {
            collectionAccountId: string;
            /** @description when the PSP registered it (criacao) */
            createdAt: string | null;
            pixKey: string;
            registered: boolean;
            webhookUrl: string | null;
        };
        PlanList: {
            items: components["schemas"]["PlanView"][];
        };
        PlanSnapshot: {
            downloadMbps: number;
            loyaltyMonths: number;
            /** @description full penalty before proration; 0 = none */
            penaltyAmountCents: number;
            planId: string;
            planVersion: number;
            priceCents: number;
            uploadMbps: number;
        };
        PlanTerms: {
            downloadMbps: number;
            installationFeeCents: number;
            /** @enum {string} */
            ipv4: "public" | "cgnat";
            ipv6PrefixLength?: number;
            /** @description 0 = no loyalty */
            loyaltyMonths: number;
            penaltyRule: components["schemas"]["PenaltyRule"];
            priceCents: number;
            /** @enum {string} */
            technology: "FTTH" | "radio" | "cable" | "DSL" | "satellite" | "other";
            uploadMbps: number;
        };
        PlanView: {
            active: boolean;
            createdAt: string;
            id: string;
            name: string;
            terms: components["schemas"]["PlanTerms"];
            updatedAt: string;
            /** @description the current version: what new sales get */
            version: number;
            versions: {
                publishedAt: string;
                terms: components["schemas"]["PlanTerms"];
                version: number;
            }[];
        };
        PortalContractList: {
            items: components["schemas"]["PortalContractView"][];
        };
        PortalContractView: {
            acceptedAt: string | null;
            activatedOn: string | null;
            addOns: {
                addOnId: string;
                name: string;
                priceCents: number;
            }[];
            dueDay: number;
            id: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            loyaltyEndsOn: string | null;
            monthlyTotalCents: number | null;
            plan: {
                downloadMbps: number;
                name: string;
                priceCents: number;
                technology: string | null;
                uploadMbps: number;
                version: number;
            } | null;
            /** @description never the password */
            pppoeLogin: string | null;
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                endsOn: string | null;
                months: number;
                monthsRemaining: number;
            } | null;
            status: components["schemas"]["ContractStatus"];
            suspension: {
                endsOn?: string;
                /** @enum {string} */
                reason: "delinquency" | "customer_request";
                /** @description pt-BR, in words a subscriber understands */
                reasonText: string;
                startsOn: string;
            } | null;
        };
        PortalInvoiceView: {
            agreementId: string | null;
            boleto: {
                bankCode: string;
                barcode: string;
                collectionAccountId: string;
                digitableLine: string;
                nossoNumero: string;
                nossoNumeroFormatted: string;
            } | null;
            cancellation: {
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            competence: string | null;
            contractId: string | null;
            customerId: string;
            discountCents: number;
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issuedOn: string;
            items: components["schemas"]["InvoiceItem"][];
            number: number;
            outstandingCents: number;
            paidCents: number;
            /**
             * Format: date
             * @description the last day it can be paid without charges
             */
            payableWithoutChargesUntil: string;
            payments: components["schemas"]["PaymentView"][];
            payToday: components["schemas"]["SecondCopy"] | null;
            pix: {
                brCode: string;
                /** @enum {string} */
                kind: "static" | "cobv";
                location?: string;
                txid: string;
            } | null;
            renegotiatedCents: number;
            rules: components["schemas"]["LateChargeRules"];
            status: components["schemas"]["InvoiceStatus"];
            totalCents: number;
            version: number;
            writeOff: {
                amountCents: number;
                /** @description ISO instant */
                at: string;
                reason: string;
            } | null;
            writtenOffCents: number;
        };
        PppoeCredentialsChanged: {
            activatedOn: string | null;
            addOns: {
                addOnId: string;
                priceCents: number;
                version: number;
            }[];
            billingAddress: components["schemas"]["ContractAddress"] | null;
            billingStartsOn: string | null;
            combo: {
                addOnIds: string[];
                comboId: string;
                discountCents: number;
                priceCents: number;
                version: number;
            } | null;
            customerId: string;
            dueDay: number;
            fixedIp: string | null;
            id: string;
            installationAddress: components["schemas"]["ContractAddress"] | null;
            loyalty: components["schemas"]["Loyalty"] | null;
            /** @description this month: plan + add-ons − combo discount − promotion discount */
            monthly: {
                addOnsCents: number;
                comboDiscountCents: number;
                planCents: number;
                promotionDiscountCents: number;
                totalCents: number;
            } | null;
            plan: components["schemas"]["PlanSnapshot"] | null;
            pppoeLogin: string | null;
            /** @description the new password, answered once here (set or regenerated); absent when only the login changed */
            pppoePassword?: string;
            promotion: {
                discount: {
                    basisPoints: number;
                    /** @enum {string} */
                    kind: "percentage";
                } | {
                    amountCents: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                months: number;
                monthsRemaining: number;
                promotionId: string;
            } | null;
            status: components["schemas"]["ContractStatus"];
            suspension: {
                endsOn?: string;
                /** @enum {string} */
                reason: "delinquency" | "customer_request";
                startsOn: string;
            } | null;
            version: number;
        };
        PriceAdjustmentResult: {
            /** @description each contract moved (or not) to the new version */
            contracts: {
                contractId: string;
                fromPriceCents?: number;
                fromVersion?: number;
                /** @description why it was not adjusted: not on this plan, cancelled, already on the version, not found */
                skipped?: string;
            }[];
            /** Format: date */
            effectiveOn: string;
            planId: string;
            priceCents: number;
            /** @description the plan version carrying the new price */
            version: number;
        };
        PromotionDiscount: {
            basisPoints: number;
            /** @enum {string} */
            kind: "percentage";
        } | {
            amountCents: number;
            /** @enum {string} */
            kind: "fixed";
        };
        PromotionList: {
            items: components["schemas"]["PromotionView"][];
        };
        PromotionView: {
            /** @description ISO instant */
            createdAt: string;
            discount: components["schemas"]["PromotionDiscount"];
            eligibility: {
                newCustomersOnly: boolean;
                /** @description empty = every plan */
                planIds: string[];
                /** @description empty = everywhere */
                regions: ({
                    /** @enum {string} */
                    uf: "AC" | "AL" | "AP" | "AM" | "BA" | "CE" | "DF" | "ES" | "GO" | "MA" | "MT" | "MS" | "MG" | "PA" | "PB" | "PR" | "PE" | "PI" | "RJ" | "RN" | "RS" | "RO" | "RR" | "SC" | "SP" | "SE" | "TO";
                } | {
                    ibgeCityCode: string;
                })[];
            };
            /** Format: date */
            endsOn: string | null;
            id: string;
            months: number;
            name: string;
            /** Format: date */
            startsOn: string;
            /** @description ISO instant */
            updatedAt: string;
        };
        Readiness: {
            /** @description database, cache (Redis), kafka */
            checks: {
                [key: string]: "ok" | "down" | "not-configured";
            };
            /** @enum {string} */
            status: "ready" | "not-ready";
        };
        RecurringBill: {
            accountId: string;
            active: boolean;
            amountCents: number;
            description: string;
            dueDay: number;
            /** @description YYYY-MM */
            endMonth: string | null;
            id: string;
            /** @description YYYY-MM */
            startMonth: string;
            supplierId: string | null;
        };
        RecurringBillCreated: {
            accountId: string;
            active: boolean;
            amountCents: number;
            description: string;
            dueDay: number;
            /** @description YYYY-MM */
            endMonth?: string;
            id: string;
            /** @description YYYY-MM */
            startMonth: string;
            supplierId?: string;
        };
        RecurringBillList: {
            items: components["schemas"]["RecurringBill"][];
        };
        RecurringBillsGenerated: {
            /** @description bills created for the month (a second run creates none) */
            created: number;
        };
        RemittanceList: {
            items: {
                bankCode: string | null;
                collectionAccountId: string;
                createdAt: string;
                createdBy: string;
                downloadUrl: string;
                fileName: string | null;
                id: string;
                layout: number | null;
                sequence: number;
                titles: number;
                totalCents: number;
            }[];
        };
        RemittanceResult: {
            downloadUrl: string;
            /** @description alterações de vencimento (06) */
            dueDateChanges: number;
            fileName: string;
            id: string;
            /** @description titles registered (entrada, 01) */
            registrations: number;
            sequence: number;
            /** @description invoices left out of this file (still pending) */
            skipped: {
                field: string;
                invoiceId: string;
                reason: string;
            }[];
            /** @description every title of the file, as its trailer counts them */
            titles: number;
            totalCents: number;
            /** @description pedidos de baixa (02) */
            writeOffs: number;
        };
        RequestAccepted: {
            /** @enum {string} */
            status: "accepted";
        };
        RoleDefinition: {
            builtIn: boolean;
            description: string;
            /** @description what users reference in `roles`: the built-in name, or a custom role's id */
            key: string;
            mfaRequired: boolean;
            name: string;
            readonly permissions: components["schemas"]["Permission"][];
        };
        RoleList: {
            items: components["schemas"]["RoleDefinition"][];
            readonly permissions: string[];
        };
        SecondCopy: {
            boleto: {
                barcode: string;
                digitableLine: string;
                /** Format: date */
                dueDate: string;
            } | null;
            daysLate: number;
            discountCents: number;
            fineCents: number;
            interestCents: number;
            invoiceId: string;
            outstandingCents: number;
            /** Format: date */
            payOn: string;
            pix: {
                brCode: string;
                txid: string;
            } | null;
            totalCents: number;
        };
        /** @enum {string} */
        ServiceLevel: "none" | "throttle" | "redirect" | "block" | "cancel";
        SessionList: {
            items: components["schemas"]["SessionView"][];
        };
        SessionView: {
            createdAt: string;
            /** @description the session of this request */
            current: boolean;
            device: string;
            expiresAt: string;
            id: string;
            ip: string | null;
            lastUsedAt: string;
            userAgent: string | null;
        };
        StaffTicketList: {
            items: components["schemas"]["StaffTicketListItem"][];
        };
        StaffTicketListItem: {
            category: string;
            channel: string;
            contractId: string | null;
            customerId: string;
            customerName: string | null;
            id: string;
            openedAt: string;
            /** @description YYYYMMDD-NNNNNN */
            protocol: string;
            status: string;
            subject: string;
        };
        StatementImport: {
            account: {
                [key: string]: unknown;
            } | null;
            alreadyImported: boolean;
            counts: {
                confirmed: number;
                debit: number;
                duplicate: number;
                ignored: number;
                lines: number;
                proposed: number;
                unmatched: number;
            };
            fileName: string | null;
            id: string;
            lines: components["schemas"]["StatementLineView"][];
            periodEnd: string | null;
            periodStart: string | null;
            repeatedInFile: number;
            uploadedAt: string;
            uploadedBy: string;
        };
        StatementLineConfirmed: {
            invoice: components["schemas"]["InvoiceView"];
            line: components["schemas"]["StatementLineView"];
            /**
             * @description duplicate: this credit had already settled this invoice
             * @enum {string}
             */
            outcome: "recorded" | "duplicate";
            paymentId: string;
        };
        StatementLineIgnored: {
            line: components["schemas"]["StatementLineView"];
        };
        /** @enum {string} */
        StatementLineStatus: "proposed" | "unmatched" | "duplicate" | "debit" | "confirmed" | "ignored";
        StatementLineView: {
            amountCents: number;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description the statement that first listed this line */
            duplicateOf: string | null;
            fitId: string;
            ignoreReason: string | null;
            invoiceId: string | null;
            memo: string;
            name: string | null;
            paymentId: string | null;
            postedAt: string;
            /** @description open invoices this credit may pay, best first */
            proposals: components["schemas"]["MatchProposal"][];
            status: components["schemas"]["StatementLineStatus"];
            type: string;
        };
        StatementList: {
            items: components["schemas"]["StatementSummary"][];
        };
        StatementSummary: {
            account: {
                [key: string]: unknown;
            } | null;
            counts: {
                confirmed: number;
                debit: number;
                duplicate: number;
                ignored: number;
                lines: number;
                proposed: number;
                unmatched: number;
            };
            fileName: string | null;
            id: string;
            periodEnd: string | null;
            periodStart: string | null;
            uploadedAt: string;
            uploadedBy: string;
        };
        StatementView: {
            account: {
                [key: string]: unknown;
            } | null;
            counts: {
                confirmed: number;
                debit: number;
                duplicate: number;
                ignored: number;
                lines: number;
                proposed: number;
                unmatched: number;
            };
            fileName: string | null;
            id: string;
            lines: components["schemas"]["StatementLineView"][];
            periodEnd: string | null;
            periodStart: string | null;
            uploadedAt: string;
            uploadedBy: string;
        };
        StreamHistory: {
            /** @description oldest first */
            items: components["schemas"]["AuditEntry"][];
            streamId: string;
        };
        SubscriberAccountView: {
            companyId: string;
            createdAt: string;
            customerId: string;
            /** @enum {string} */
            documentKind: "cpf" | "cnpj";
            email: string | null;
            id: string;
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
            updatedAt: string;
        };
        SubscriberInvitation: {
            customerId: string;
            id: string;
            inviteMessageId: string;
            /** @description only in embedded mode without SMTP: the staff hands the first-access link over */
            inviteToken?: string;
            /** @enum {string} */
            status: "invited";
        };
        Supplier: {
            active: boolean;
            document: string | null;
            email: string | null;
            id: string;
            name: string;
            phone: string | null;
        };
        SupplierList: {
            items: components["schemas"]["Supplier"][];
        };
        TicketList: {
            items: components["schemas"]["TicketListItem"][];
        };
        TicketListItem: {
            category: string;
            channel: string;
            contractId: string | null;
            customerId: string;
            id: string;
            openedAt: string;
            /** @description YYYYMMDD-NNNNNN */
            protocol: string;
            status: string;
            subject: string;
        };
        TicketReply: {
            at: string;
            /** @enum {string} */
            author: "staff" | "subscriber";
            message: string;
        };
        TicketView: {
            /** @enum {string|null} */
            category: "financeiro" | "suporte-tecnico" | "comercial" | "cancelamento" | null;
            /** @enum {string|null} */
            channel: "portal" | "staff" | null;
            closedAt: string | null;
            closingNote: string | null;
            contractId: string | null;
            customerId: string;
            id: string;
            message: string;
            openedAt: string | null;
            protocol: string;
            /** @description the conversation after the opening message, oldest first */
            replies: components["schemas"]["TicketReply"][];
            /** @enum {string} */
            status: "open" | "closed" | "none";
            subject: string;
        };
        TimelineEntry: {
            actorId: string | null;
            actorKind: string | null;
            correlationId: string | null;
            /** @description the event data, secrets redacted; erased personal fields absent */
            data: unknown;
            erasedFields?: string[];
            recordedAt: string;
            streamId: string;
            streamVersion: number;
            type: string;
        };
        TokenPair: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        Transfer: {
            amountCents: number;
            /** Format: date */
            date: string;
            description?: string;
            fromAccountId: string;
            id: string;
            toAccountId: string;
        };
        TrustUnblockEligibility: {
            /** @enum {string} */
            code: "eligible" | "disabled" | "not-suspended" | "already-released" | "period-limit" | "block-limit" | "too-soon" | "broken-promises";
            contractId: string;
            days: number;
            eligible: boolean;
            /** @description pt-BR, shown to the subscriber and the attendant as is */
            message: string;
            /** @description when a refusal ends by itself (period limit, minimum interval) */
            nextEligibleOn: string | null;
            until: string | null;
        };
        TrustUnblockGranted: {
            contractId: string;
            days: number | null;
            /** @description the endToEndId of the PIX that released it at once, if any */
            paymentProof: string | null;
            released: boolean;
            until: string | null;
        };
        TrustUnblockRules: {
            days: number;
            enabled: boolean;
            maxBrokenPromisesIn12Months: number;
            maxUsesPer30Days: number;
            maxUsesPerBlock: number;
            minDaysSinceLastUse: number;
        };
        UserPage: {
            items: components["schemas"]["UserView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserView: {
            companyIds: string[];
            createdAt: string;
            email: string;
            id: string;
            mfaEnrolled: boolean;
            name: string;
            roles: string[];
            /** @enum {string} */
            status: "active" | "disabled";
            updatedAt: string;
        };
        WhatsAppReceipts: {
            updated: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    AddOnQueries_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddOnList"];
                };
            };
        };
    };
    ManageAddOns_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** @enum {string} */
                    category: "tv" | "streaming" | "security" | "cloud" | "telephony" | "support" | "other";
                    name: string;
                    priceCents: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddOnView"];
                };
            };
        };
    };
    AddOnQueries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddOnView"];
                };
            };
        };
    };
    ManageAddOns_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                    priceCents?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddOnView"];
                };
            };
        };
    };
    Agreements_list: {
        parameters: {
            query?: {
                customerId?: string;
                status?: "active" | "broken" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementList"];
                };
            };
        };
    };
    Agreements_make: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId: string;
                    /** Format: date */
                    date?: string;
                    downPaymentCents: number;
                    dueDay: number;
                    instalments: number;
                    invoiceIds: string[];
                    waiveCharges?: boolean;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTerms"];
                };
            };
        };
    };
    Agreements_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    Agreements_simulate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId: string;
                    /** Format: date */
                    date?: string;
                    downPaymentCents: number;
                    dueDay: number;
                    instalments: number;
                    invoiceIds: string[];
                    waiveCharges?: boolean;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTerms"];
                };
            };
        };
    };
    Audit_search: {
        parameters: {
            query?: {
                actorId?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                streamId?: string;
                to?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    Audit_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamHistory"];
                };
            };
        };
    };
    Login_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    totp?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    Logout_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetMe_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    EnrolMfa_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolment"];
                };
            };
        };
    };
    VerifyMfa_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaVerified"];
                };
            };
        };
    };
    ConfirmPasswordReset_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newPassword: string;
                    token: string;
                };
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestPasswordReset_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestAccepted"];
                };
            };
        };
    };
    RefreshSession_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    ListSessions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
        };
    };
    RevokeSession_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportBankReturn_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnList"];
                };
            };
        };
    };
    ImportBankReturn_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnReport"];
                };
            };
        };
    };
    CollectionAccounts_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionAccountList"];
                };
            };
        };
    };
    CollectionAccounts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    account: string;
                    accountDigit?: string;
                    agency: string;
                    agencyDigit?: string;
                    agreement?: string;
                    bankCode: string;
                    beneficiaryDocument?: string;
                    beneficiaryName?: string;
                    cnabLayout?: 240 | 400;
                    firstNossoNumero?: number;
                    isDefault?: boolean;
                    name?: string;
                    pixKey?: string;
                    pixMerchantCity?: string;
                    /** @enum {string} */
                    pixMode?: "static" | "psp" | "none";
                    station?: string;
                    wallet?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionAccountView"];
                };
            };
        };
    };
    CollectionAccounts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionAccountView"];
                };
            };
        };
    };
    CollectionAccounts_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    isDefault?: boolean;
                    name?: string;
                    pixKey?: string | null;
                    pixMerchantCity?: string;
                    /** @enum {string} */
                    pixMode?: "static" | "psp" | "none";
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionAccountView"];
                };
            };
        };
    };
    CustomerCredit_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCreditView"];
                };
            };
        };
    };
    CustomerCredit_refund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    /** @enum {string} */
                    method: "pix" | "transfer" | "cash";
                    reference: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCreditView"];
                };
            };
        };
    };
    BillingSettings_holidays: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayList"];
                };
            };
        };
    };
    BillingSettings_addHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    name: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayView"];
                };
            };
        };
    };
    BillingSettings_removeHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PixChargesQuery_list: {
        parameters: {
            query?: {
                limit?: number;
                status?: "failed" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixChargeFailureList"];
                };
            };
        };
    };
    RetryPixCharge_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixChargeRetried"];
                };
            };
        };
    };
    ReconcilePix_reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    from: string;
                    /** Format: date-time */
                    to: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixSettlementReport"];
                };
            };
        };
    };
    RegisterPixWebhook_show: {
        parameters: {
            query?: {
                collectionAccountId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixWebhookView"];
                };
            };
        };
    };
    RegisterPixWebhook_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    collectionAccountId?: string;
                    /** Format: uri */
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixWebhookView"];
                };
            };
        };
    };
    PixWebhook_receive: {
        parameters: {
            query?: never;
            header: {
                "x-webhook-secret": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixSettlementReport"];
                };
            };
        };
    };
    RegisterPixWebhook_remove: {
        parameters: {
            query?: {
                collectionAccountId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PixWebhook_receivePix: {
        parameters: {
            query?: never;
            header: {
                "x-webhook-secret": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixSettlementReport"];
                };
            };
        };
    };
    RemittancesQuery_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemittanceList"];
                };
            };
        };
    };
    GenerateRemittance_generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    collectionAccountId?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemittanceResult"];
                };
            };
        };
    };
    RemittancesQuery_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BillingRunsQuery_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunList"];
                };
            };
        };
    };
    StartBillingRun_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    competence: string;
                    dueDayFrom?: number;
                    dueDayTo?: number;
                };
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunView"];
                };
            };
        };
    };
    BillingRunsQuery_get: {
        parameters: {
            query?: {
                onlyWarnings?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunView"];
                };
            };
        };
    };
    ApproveBillingRun_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunView"];
                };
            };
        };
    };
    StartBillingRun_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunView"];
                };
            };
        };
    };
    BillingSettings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettingsView"];
                };
            };
        };
    };
    BillingSettings_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditDelinquencySuspendedDays?: boolean;
                    earlyDiscount?: {
                        amountCents: number;
                        daysBefore: number;
                    } | null;
                    finePercentBp: number;
                    graceDays: number;
                    interestMonthlyBp: number;
                    pixValidAfterDueDays?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSettingsView"];
                };
            };
        };
    };
    StatementsQuery_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementList"];
                };
            };
        };
    };
    ImportStatement_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementImport"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementImport"];
                };
            };
        };
    };
    StatementsQuery_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    ReconcileStatementLine_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    invoiceId: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementLineConfirmed"];
                };
            };
        };
    };
    ReconcileStatementLine_ignore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fitId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementLineIgnored"];
                };
            };
        };
    };
    DunningStatus_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DunningStatusView"];
                };
            };
        };
    };
    StaffTrustUnblock_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days?: number;
                    endToEndId?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustUnblockGranted"];
                };
            };
        };
    };
    StaffTrustUnblock_eligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustUnblockEligibility"];
                };
            };
        };
    };
    EvaluateLadder_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DunningSweepReport"];
                };
            };
        };
    };
    Ladders_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderList"];
                };
            };
        };
    };
    Ladders_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    isDefault?: boolean;
                    name: string;
                    /** @default [] */
                    planIds?: string[];
                    steps: {
                        /** @enum {string} */
                        action: "remind" | "notify" | "throttle" | "redirect" | "block" | "cancel";
                        /** @enum {string} */
                        channel?: "email" | "sms" | "whatsapp";
                        daysOffset: number;
                        id: string;
                        template?: string;
                    }[];
                    suspensionNotice: {
                        minDays: number;
                        stepId: string;
                    };
                    /**
                     * @default {
                     *       "days": 3,
                     *       "enabled": true,
                     *       "maxBrokenPromisesIn12Months": 2,
                     *       "maxUsesPer30Days": 1,
                     *       "maxUsesPerBlock": 1,
                     *       "minDaysSinceLastUse": 0
                     *     }
                     */
                    trustUnblock?: {
                        days: number;
                        enabled: boolean;
                        maxBrokenPromisesIn12Months: number;
                        maxUsesPer30Days: number;
                        maxUsesPerBlock: number;
                        minDaysSinceLastUse: number;
                    };
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ladder"];
                };
            };
        };
    };
    Ladders_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ladder"];
                };
            };
        };
    };
    Ladders_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    isDefault?: boolean;
                    name: string;
                    /** @default [] */
                    planIds?: string[];
                    steps: {
                        /** @enum {string} */
                        action: "remind" | "notify" | "throttle" | "redirect" | "block" | "cancel";
                        /** @enum {string} */
                        channel?: "email" | "sms" | "whatsapp";
                        daysOffset: number;
                        id: string;
                        template?: string;
                    }[];
                    suspensionNotice: {
                        minDays: number;
                        stepId: string;
                    };
                    /**
                     * @default {
                     *       "days": 3,
                     *       "enabled": true,
                     *       "maxBrokenPromisesIn12Months": 2,
                     *       "maxUsesPer30Days": 1,
                     *       "maxUsesPerBlock": 1,
                     *       "minDaysSinceLastUse": 0
                     *     }
                     */
                    trustUnblock?: {
                        days: number;
                        enabled: boolean;
                        maxBrokenPromisesIn12Months: number;
                        maxUsesPer30Days: number;
                        maxUsesPerBlock: number;
                        minDaysSinceLastUse: number;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ladder"];
                };
            };
        };
    };
    Ladders_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CollectionMessages_list: {
        parameters: {
            query?: {
                contractId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DunningMessageList"];
                };
            };
        };
    };
    OverdueList_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                step?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueList"];
                };
            };
        };
    };
    WhatsAppWebhook_verify: {
        parameters: {
            query: {
                "hub.challenge": string;
                "hub.mode": string;
                "hub.verify_token": string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WhatsAppWebhook_receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppReceipts"];
                };
            };
        };
    };
    ComboQueries_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComboList"];
                };
            };
        };
    };
    ManageCombos_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    addOnIds: string[];
                    name: string;
                    planId: string;
                    priceCents: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComboView"];
                };
            };
        };
    };
    ComboQueries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComboView"];
                };
            };
        };
    };
    ManageCombos_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    addOnIds?: string[];
                    planId?: string;
                    priceCents?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComboView"];
                };
            };
        };
    };
    ListMyCompanies_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCompanies"];
                };
            };
        };
    };
    CreateCompany_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCompany"];
                };
            };
        };
    };
    ContractQueries_list: {
        parameters: {
            query?: {
                customerId?: string;
                status?: "draft" | "awaiting_installation" | "active" | "suspended" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractList"];
                };
            };
        };
    };
    DraftContract_draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acceptance?: {
                        evidence: string;
                        /** @enum {string} */
                        method: "click" | "signature" | "in-person" | "recorded-call";
                    };
                    /** @default [] */
                    addOnIds?: string[];
                    billingAddress?: {
                        city: string;
                        cityIbgeCode?: string;
                        complement?: string;
                        district: string;
                        lat?: number;
                        lng?: number;
                        number: string;
                        state: string;
                        street: string;
                        /** @enum {string} */
                        type?: "installation" | "billing" | "fiscal";
                        zipCode: string;
                    };
                    comboId?: string;
                    customerId: string;
                    dueDay: number;
                    /** Format: ipv4 */
                    fixedIp?: string;
                    installation?: {
                        instalments?: number;
                        waive?: boolean;
                    };
                    installationAddress?: {
                        city: string;
                        cityIbgeCode?: string;
                        complement?: string;
                        district: string;
                        lat?: number;
                        lng?: number;
                        number: string;
                        state: string;
                        street: string;
                        /** @enum {string} */
                        type?: "installation" | "billing" | "fiscal";
                        zipCode: string;
                    };
                    installationAddressId?: string;
                    planId?: string;
                    pppoeLogin?: string;
                    promotionId?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractQueries_get: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
        };
    };
    AcceptContract_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidence: string;
                    /** @enum {string} */
                    method: "click" | "signature" | "in-person" | "recorded-call";
                } | {
                    documentId: string;
                    evidence?: string;
                    /** @enum {string} */
                    method: "signed-scan";
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    AcceptanceLink_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiresInHours?: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceLink"];
                };
            };
        };
    };
    ActivateContract_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    billingStartsOn?: string;
                    /** Format: date */
                    installedOn?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractAddOns_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addOnId: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractAddOns_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addOnId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    CancelContract_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    cancelledOn?: string;
                    /** @enum {string} */
                    reason: "customer_request" | "delinquency" | "moved_out_of_coverage" | "technical_unfeasibility" | "provider_decision" | "other";
                    waivePenalty?: boolean;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    InvoiceDocuments_carne: {
        parameters: {
            query: {
                from: string;
                months?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChangeAddress_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerAddressId?: string;
                    installationAddress?: {
                        city: string;
                        cityIbgeCode?: string;
                        complement?: string;
                        district: string;
                        lat?: number;
                        lng?: number;
                        number: string;
                        state: string;
                        street: string;
                        /** @enum {string} */
                        type?: "installation" | "billing" | "fiscal";
                        zipCode: string;
                    };
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ChangeContractPlan_changePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    changeOn?: string;
                    downgradeFeeCents?: number;
                    planId: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractDocument_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FixedIp_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: ipv4 */
                    ip: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    FixedIp_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ChangePppoeCredentials_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login?: string;
                    password?: string;
                    regeneratePassword?: boolean;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PppoeCredentialsChanged"];
                };
            };
        };
    };
    ReactivateContract_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    on?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    SuspendContract_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn?: string;
                    maxCustomerRequestDaysPerYear?: number;
                    /** @enum {string} */
                    reason: "delinquency" | "customer_request";
                    /** Format: date */
                    startsOn?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    TransferOwnership_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    on?: string;
                    toCustomerId: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractSummary_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description contracts of the company by status */
                        byStatus: {
                            active: number;
                            awaiting_installation: number;
                            cancelled: number;
                            draft: number;
                            suspended: number;
                        };
                        /** @description monthly recurring revenue: sum of the current price of active contracts, in centavos */
                        mrrCents: number;
                    };
                };
            };
        };
    };
    ListCustomers_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerSearchResult"];
                };
            };
        };
    };
    RegisterCustomer_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addresses?: {
                        city: string;
                        cityIbgeCode?: string;
                        complement?: string;
                        district: string;
                        lat?: number;
                        lng?: number;
                        number: string;
                        state: string;
                        street: string;
                        /** @enum {string} */
                        type: "installation" | "billing" | "fiscal";
                        zipCode: string;
                    }[];
                    /** Format: date */
                    birthDate?: string;
                    document: string;
                    /** @default [] */
                    emails?: string[];
                    /** Format: date */
                    foundationDate?: string;
                    /** @enum {string} */
                    kind: "PF" | "PJ";
                    name: string;
                    /** @default [] */
                    phones?: (string | {
                        number: string;
                        whatsapp?: boolean;
                    })[];
                    stateRegistration?: string;
                    tradeName?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    GetCustomer_get: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
        };
    };
    UpdateCustomer_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    birthDate?: string | null;
                    emails?: string[];
                    /** Format: date */
                    foundationDate?: string | null;
                    name?: string;
                    phones?: (string | {
                        number: string;
                        whatsapp?: boolean;
                    })[];
                    stateRegistration?: string | null;
                    tradeName?: string | null;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    ManageAddresses_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    city: string;
                    cityIbgeCode?: string;
                    complement?: string;
                    district: string;
                    lat?: number;
                    lng?: number;
                    number: string;
                    state: string;
                    street: string;
                    /** @enum {string} */
                    type: "installation" | "billing" | "fiscal";
                    zipCode: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    ManageAddresses_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    ManageAddresses_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    city?: string;
                    cityIbgeCode?: string;
                    complement?: string;
                    district?: string;
                    lat?: number;
                    lng?: number;
                    number?: string;
                    state?: string;
                    street?: string;
                    /** @enum {string} */
                    type?: "installation" | "billing" | "fiscal";
                    zipCode?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    CustomerConsents_consents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerConsents"];
                };
            };
        };
    };
    RecordConsent_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "portal" | "app" | "whatsapp" | "phone" | "e-mail" | "in-person" | "contract";
                    evidence: string;
                    /** @enum {string} */
                    purpose: "marketing" | "whatsapp-messages" | "sms-messages" | "credit-analysis" | "data-sharing-partners" | "usage-analytics";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerConsentMap"];
                };
            };
        };
    };
    RecordConsent_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                purpose: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "portal" | "app" | "whatsapp" | "phone" | "e-mail" | "in-person" | "contract";
                    evidence?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerConsentMap"];
                };
            };
        };
    };
    DebtDischarge_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerDocuments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDocumentList"];
                };
            };
        };
    };
    AttachDocument_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    contractId?: string;
                    /**
                     * Format: binary
                     * @description PDF, JPEG, PNG or WebP (checked by content)
                     */
                    file: string;
                    /** @enum {string} */
                    type: "rg" | "cnh" | "proof_of_address" | "signed_contract" | "other";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDocument"];
                };
            };
        };
    };
    CustomerDocuments_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SetGuarantor_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    document: string;
                    email?: string;
                    name: string;
                    phone?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    SetGuarantor_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    EraseCustomer_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default in-person
                     * @enum {string}
                     */
                    channel?: "portal" | "app" | "whatsapp" | "phone" | "e-mail" | "in-person" | "contract";
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    ExportPersonalData_export: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                    "application/pdf": string;
                };
            };
        };
    };
    AddNote_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerNote"];
                };
            };
        };
    };
    TagCustomer_tag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    TagCustomer_untag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerView"];
                };
            };
        };
    };
    CustomerTimeline_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerTimeline"];
                };
            };
        };
    };
    Books_payables: {
        parameters: {
            query?: {
                competence?: string;
                dueFrom?: string;
                dueTo?: string;
                status?: "open" | "paid" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayableList"];
                };
            };
        };
    };
    Books_addPayable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: string;
                    competence?: string;
                    description: string;
                    document?: string;
                    /** Format: date */
                    firstDueDate?: string;
                    instalmentCount?: number;
                    instalments?: {
                        amountCents: number;
                        /** Format: date */
                        dueDate: string;
                    }[];
                    /** Format: date */
                    issueDate: string;
                    supplierId?: string;
                    totalCents?: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payable"];
                };
            };
        };
    };
    Books_payable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payable"];
                };
            };
        };
    };
    Books_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payable"];
                };
            };
        };
    };
    Books_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents?: number;
                    bankAccountId: string;
                    /** Format: date */
                    paidOn: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payable"];
                };
            };
        };
    };
    Agreements_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementEvaluation"];
                };
            };
        };
    };
    Books_bankAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountList"];
                };
            };
        };
    };
    Books_addBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    account?: string;
                    agency?: string;
                    bankCode?: string;
                    collectionAccountId?: string;
                    /** @enum {string} */
                    kind: "bank" | "cash";
                    name: string;
                    openingBalanceCents?: number;
                    /** Format: date */
                    openingDate?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
        };
    };
    Books_movements: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementList"];
                };
            };
        };
    };
    Books_chart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartOfAccounts"];
                };
            };
        };
    };
    Books_addAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @enum {string} */
                    kind: "revenue" | "deduction" | "cost" | "expense";
                    name: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartAccount"];
                };
            };
        };
    };
    Books_updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartAccount"];
                };
            };
        };
    };
    Books_recurring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringBillList"];
                };
            };
        };
    };
    Books_addRecurring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: string;
                    amountCents: number;
                    description: string;
                    dueDay: number;
                    endMonth?: string;
                    startMonth: string;
                    supplierId?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringBillCreated"];
                };
            };
        };
    };
    Books_generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringBillsGenerated"];
                };
            };
        };
    };
    FinanceReports_aging: {
        parameters: {
            query?: {
                asOf?: string;
                format?: "json" | "csv" | "pdf";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgingReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
        };
    };
    FinanceReports_cashFlow: {
        parameters: {
            query: {
                format?: "json" | "csv" | "pdf";
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashFlowReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
        };
    };
    FinanceReports_delinquency: {
        parameters: {
            query: {
                format?: "json" | "csv" | "pdf";
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelinquencyReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
        };
    };
    FinanceReports_dre: {
        parameters: {
            query?: {
                basis?: "accrual" | "cash";
                format?: "json" | "csv" | "pdf";
                from?: string;
                month?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DreReport"];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
        };
    };
    Agreements_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceSettings"];
                };
            };
        };
    };
    Agreements_putSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agreementBreakDays: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceSettings"];
                };
            };
        };
    };
    Books_suppliers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierList"];
                };
            };
        };
    };
    Books_addSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    document?: string;
                    /** Format: email */
                    email?: string;
                    name: string;
                    phone?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
        };
    };
    Books_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    /** Format: date */
                    date: string;
                    description?: string;
                    fromAccountId: string;
                    toAccountId: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
        };
    };
    InvoicesQuery_list: {
        parameters: {
            query?: {
                competence?: string;
                contractId?: string;
                customerId?: string;
                dueFrom?: string;
                dueTo?: string;
                page?: number;
                pageSize?: number;
                status?: "open" | "partially_paid" | "paid" | "cancelled" | "overdue" | "written_off" | "renegotiated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
        };
    };
    IssueInvoice_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    contractId?: string;
                    /** Format: uuid */
                    customerId: string;
                    /** Format: date */
                    dueDate: string;
                    items: {
                        amountCents: number;
                        description: string;
                        /** @enum {string} */
                        kind?: "installation" | "charge" | "credit" | "adjustment";
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    InvoicesQuery_get: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
        };
    };
    CancelInvoice_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    ChangeDueDate_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueDate: string;
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    RecordPayment_record: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    /** @enum {string} */
                    method: "cash" | "card" | "transfer" | "pix" | "boleto";
                    /** Format: date */
                    paidOn?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRecorded"];
                };
            };
        };
    };
    InvoiceDocuments_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordPayment_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    InvoiceDocuments_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvoicesQuery_secondCopy: {
        parameters: {
            query?: {
                payOn?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondCopy"];
                };
            };
        };
    };
    WriteOffInvoice_writeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    WriteOffInvoice_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
        };
    };
    InvoiceSummary_summary: {
        parameters: {
            query?: {
                collectionAccountId?: string;
                competence?: string;
                contractId?: string;
                customerId?: string;
                dueFrom?: string;
                dueTo?: string;
                paidFrom?: string;
                paidTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description cancelled: invoiced total */
                        cancelled: {
                            amountCents: number;
                            count: number;
                        };
                        /** @description open or partially paid, not overdue: outstanding amount */
                        open: {
                            amountCents: number;
                            count: number;
                        };
                        /** @description open + overdue */
                        outstanding: {
                            amountCents: number;
                            count: number;
                        };
                        /** @description open or partially paid past the last day payable without charges: outstanding amount */
                        overdue: {
                            amountCents: number;
                            count: number;
                        };
                        /**
                         * Format: date
                         * @description open or partially paid invoices due before this date are overdue
                         */
                        overdueBefore: string;
                        /** @description fully paid (paidFrom/paidTo filter the date of the last payment): principal + fine + interest received */
                        paid: {
                            amountCents: number;
                            count: number;
                        };
                        /** @description moved into a payment agreement: renegotiated amount */
                        renegotiated: {
                            amountCents: number;
                            count: number;
                        };
                        /** @description written off (baixa por perda): written-off amount */
                        writtenOff: {
                            amountCents: number;
                            count: number;
                        };
                    };
                };
            };
        };
    };
    PlanCatalogue_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
        };
    };
    CreatePlan_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    downloadMbps: number;
                    installationFeeCents?: number;
                    /** @enum {string} */
                    ipv4?: "public" | "cgnat";
                    ipv6PrefixLength?: number | null;
                    loyaltyMonths?: number;
                    name: string;
                    penaltyRule?: {
                        /** @enum {string} */
                        kind: "none";
                    } | {
                        amountCents: number;
                        /** @enum {string} */
                        kind: "prorata";
                    } | {
                        basisPoints: number;
                        /** @enum {string} */
                        kind: "percentage";
                    };
                    priceCents: number;
                    /** @enum {string} */
                    technology?: "FTTH" | "radio" | "cable" | "DSL" | "satellite" | "other";
                    uploadMbps: number;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    PlanCatalogue_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    UpdatePlan_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    downloadMbps?: number;
                    installationFeeCents?: number;
                    /** @enum {string} */
                    ipv4?: "public" | "cgnat";
                    ipv6PrefixLength?: number | null;
                    loyaltyMonths?: number;
                    name?: string;
                    penaltyRule?: {
                        /** @enum {string} */
                        kind: "none";
                    } | {
                        amountCents: number;
                        /** @enum {string} */
                        kind: "prorata";
                    } | {
                        basisPoints: number;
                        /** @enum {string} */
                        kind: "percentage";
                    };
                    priceCents?: number;
                    /** @enum {string} */
                    technology?: "FTTH" | "radio" | "cable" | "DSL" | "satellite" | "other";
                    uploadMbps?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    AdjustPlanPrice_adjust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contractIds?: string[];
                    /** Format: date */
                    effectiveOn: string;
                    newPriceCents?: number;
                    percentBasisPoints?: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceAdjustmentResult"];
                };
            };
        };
    };
    PortalAccount_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberAccountView"];
                };
            };
        };
    };
    SubscriberFirstAccess_firstAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
        };
    };
    SubscriberLogin_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    document: string;
                    password: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
        };
    };
    Logout_portalLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestSubscriberReset_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    document: string;
                };
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestAccepted"];
                };
            };
        };
    };
    PortalContracts_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalContractList"];
                };
            };
        };
    };
    PortalContracts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalContractView"];
                };
            };
        };
    };
    PortalContractAcceptance_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentSha256?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectronicAcceptance"];
                };
            };
        };
    };
    PortalContractAcceptance_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalTrustUnblock_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endToEndId?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustUnblockGranted"];
                };
            };
        };
    };
    PortalTrustUnblock_eligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustUnblockEligibility"];
                };
            };
        };
    };
    PortalInvoices_list: {
        parameters: {
            query?: {
                page?: number;
                status?: "open" | "partially_paid" | "paid" | "cancelled" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
        };
    };
    PortalInvoices_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalInvoiceView"];
                };
            };
        };
    };
    PortalInvoices_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PortalAccount_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberAccountView"];
                };
            };
        };
    };
    OwnContact_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnContact"];
                };
            };
        };
    };
    UpdateOwnContact_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails?: string[];
                    phones?: (string | {
                        number: string;
                        whatsapp?: boolean;
                    })[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnContact"];
                };
            };
        };
    };
    PortalDataExport_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportRequestList"];
                };
            };
        };
    };
    RequestDataExport_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportRequest"];
                };
            };
        };
    };
    PortalDataExport_download: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                protocol: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                    "application/pdf": string;
                };
            };
        };
    };
    PortalTickets_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
        };
    };
    PortalOpenTicket_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "financeiro" | "suporte-tecnico" | "comercial" | "cancelamento";
                    contractId?: string;
                    message: string;
                    subject: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    PortalTickets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    PortalReplyToTicket_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    PromotionQueries_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionList"];
                };
            };
        };
    };
    ManagePromotions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    discount: {
                        basisPoints: number;
                        /** @enum {string} */
                        kind: "percentage";
                    } | {
                        amountCents: number;
                        /** @enum {string} */
                        kind: "fixed";
                    };
                    eligibility?: {
                        newCustomersOnly?: boolean;
                        planIds?: string[];
                        regions?: ({
                            uf: string;
                        } | {
                            ibgeCityCode: string;
                        })[];
                    };
                    /** Format: date */
                    endsOn?: string;
                    months: number;
                    name: string;
                    /** Format: date */
                    startsOn: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionView"];
                };
            };
        };
    };
    PromotionQueries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionView"];
                };
            };
        };
    };
    ManagePromotions_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    endsOn: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionView"];
                };
            };
        };
    };
    PublicContractAcceptance_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceSummary"];
                };
            };
        };
    };
    PublicContractAcceptance_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentSha256?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElectronicAcceptance"];
                };
            };
        };
    };
    PublicContractAcceptance_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListRoles_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
        };
    };
    CreateRole_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @default false */
                    mfaRequired?: boolean;
                    name: string;
                    permissions: string[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDefinition"];
                };
            };
        };
    };
    UpdateRole_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    mfaRequired?: boolean;
                    name?: string;
                    permissions?: string[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDefinition"];
                };
            };
        };
    };
    InviteSubscriber_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId: string;
                    document: string;
                    /** Format: email */
                    email?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberInvitation"];
                };
            };
        };
    };
    GetSubscriberAccount_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberAccountView"];
                };
            };
        };
    };
    StaffTickets_list: {
        parameters: {
            query?: {
                customerId?: string;
                from?: string;
                protocol?: string;
                status?: "open" | "closed";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffTicketList"];
                };
            };
        };
    };
    StaffOpenTicket_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "financeiro" | "suporte-tecnico" | "comercial" | "cancelamento";
                    contractId?: string;
                    /** Format: uuid */
                    customerId: string;
                    message: string;
                    subject: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    StaffTickets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    CloseTicket_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    ReplyToTicket_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
        };
    };
    UsersQuery_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                role?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    CreateUser_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyIds?: string[];
                    /** Format: email */
                    email: string;
                    name: string;
                    password?: string;
                    roles: string[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
        };
    };
    UsersQuery_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UpdateUser_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyIds?: string[];
                    /** Format: email */
                    email?: string;
                    name?: string;
                    roles?: string[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    ChangeUserStatus_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    ChangeUserStatus_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    ResetUserMfa_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
}
