-- platform-web: files a service keeps for its records (documents of a permit application, photos
-- of a product or a complaint), see id.go.okikab.platform.web.files. In the service's own
-- database, beside the records they belong to, so that a backup holds both and nothing else can
-- read them. The content type is what the bytes are (sniffed), not what the client said.
CREATE TABLE stored_file (
    id           uuid          PRIMARY KEY,
    owner_type   varchar(60)   NOT NULL,
    owner_id     varchar(100)  NOT NULL,
    purpose      varchar(60)   NOT NULL,
    file_name    varchar(255)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    size_bytes   bigint        NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)      NOT NULL,
    content      bytea         NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(255)  NOT NULL
);

CREATE INDEX stored_file_owner_idx ON stored_file (owner_type, owner_id);
