-- the test application's "payments" (what a service's effect of a payment notification writes)
CREATE TABLE test_payment (
    id           uuid        PRIMARY KEY,
    billing_code varchar(64) NOT NULL,
    amount       bigint      NOT NULL
);
