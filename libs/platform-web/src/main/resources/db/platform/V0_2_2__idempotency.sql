-- platform-web: Idempotency-Key handling (see id.go.okikab.platform.web.idempotency).
-- A key is scoped to the caller (token subject), the HTTP method and the path. The row is
-- inserted first, in the same transaction as the request's effect; a concurrent duplicate blocks
-- on the primary key until that transaction ends. The response is stored in the same
-- transaction, so a failed request leaves no row and its retry acts again.
CREATE TABLE idempotency_key (
    caller                varchar(255) NOT NULL,
    http_method           varchar(16)  NOT NULL,
    path                  varchar(2048) NOT NULL,
    idem_key              varchar(100) NOT NULL,
    fingerprint           varchar(64)  NOT NULL,
    created_at            timestamptz  NOT NULL,
    expires_at            timestamptz  NOT NULL,
    response_status       integer,
    response_content_type varchar(255),
    response_body         text,
    response_location     varchar(2048),
    response_etag         varchar(255),
    PRIMARY KEY (caller, http_method, path, idem_key)
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
