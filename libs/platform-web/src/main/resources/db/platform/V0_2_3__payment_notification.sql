-- platform-web: the ledger of payment notifications (see id.go.okikab.platform.web.payment).
-- One row per bank reference (NTPD, acquirer reference) and provider, kept for good: a bank that
-- sends the same notification again, today or in a year, gets the first answer and nothing is
-- paid twice. The row is inserted in the same transaction as the payment's effect; a concurrent
-- duplicate blocks on the primary key until that transaction ends.
CREATE TABLE payment_notification (
    provider     varchar(100) NOT NULL,
    reference    varchar(64)  NOT NULL,
    billing_code varchar(64)  NOT NULL,
    amount       bigint       NOT NULL CHECK (amount > 0),
    paid_at      timestamptz  NOT NULL,
    channel      varchar(30)  NOT NULL,
    received_at  timestamptz  NOT NULL,
    result_id    varchar(100),
    PRIMARY KEY (provider, reference)
);

CREATE INDEX payment_notification_billing_code_idx ON payment_notification (billing_code);
