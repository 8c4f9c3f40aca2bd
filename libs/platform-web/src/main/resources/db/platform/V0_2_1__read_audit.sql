-- platform-web: the access-audit trail of reads of personal records (architecture §5).
-- One row per read: who (actor_*), what (resource_*), whose (subject_ref), when, why (purpose),
-- and the request's correlation id. Append-only: the trigger below refuses UPDATE and DELETE;
-- retention, when decided, is a migration (e.g. partitions dropped by month), not application code.
CREATE TABLE read_audit (
    id              uuid         PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    resource_type   varchar(64)  NOT NULL,
    resource_id     varchar(128) NOT NULL,
    subject_ref     varchar(64),
    actor_subject   varchar(255),
    actor_username  varchar(255),
    actor_client_id varchar(255),
    actor_roles     text         NOT NULL,
    purpose         varchar(32)  NOT NULL,
    request_id      varchar(64)
);

CREATE INDEX read_audit_subject_ref_idx ON read_audit (subject_ref, occurred_at DESC, id);
CREATE INDEX read_audit_resource_idx ON read_audit (resource_type, resource_id, occurred_at DESC, id);

CREATE FUNCTION read_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'read_audit is append-only';
END;
$$;

CREATE TRIGGER read_audit_append_only
    BEFORE UPDATE OR DELETE ON read_audit
    FOR EACH ROW EXECUTE FUNCTION read_audit_append_only();
