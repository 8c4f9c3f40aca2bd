-- The regency marketplace (UMKM): shops, their products with price history and stock moves,
-- orders with snapshotted lines and their status history, refunds, and the permits known by NIB.
-- People appear only as subjectRef (HMAC-SHA256 of the NIK, 64 hex) and as the token's subject
-- (actor ids); no NIK, name or address of a person is stored.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named lets it be indexed
CREATE FUNCTION marketplace_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- the fixed list of product categories; pbjt = sales in it are a PBJT base (food and beverage
-- served by the shop: UU 1/2022 PBJT makanan dan/atau minuman)
CREATE TABLE product_category (
    code       varchar(30)  PRIMARY KEY,
    name       varchar(80)  NOT NULL,
    pbjt       boolean      NOT NULL,
    sort_order smallint     NOT NULL
);
INSERT INTO product_category (code, name, pbjt, sort_order) VALUES
    ('MAKANAN_SIAP_SAJI', 'Makanan dan minuman siap saji', true, 1),
    ('MAKANAN_KEMASAN', 'Makanan dan minuman kemasan (oleh-oleh)', false, 2),
    ('HASIL_PERTANIAN', 'Hasil pertanian dan perkebunan', false, 3),
    ('HASIL_PERIKANAN', 'Hasil perikanan (ikan, kerupuk, pempek beku)', false, 4),
    ('KERAJINAN', 'Kerajinan (anyaman purun, tenun songket)', false, 5),
    ('FASHION', 'Pakaian dan kain', false, 6),
    ('KECANTIKAN', 'Kecantikan dan perawatan', false, 7),
    ('RUMAH_TANGGA', 'Perlengkapan rumah tangga', false, 8),
    ('JASA', 'Jasa', false, 9),
    ('LAINNYA', 'Lainnya', false, 10);

CREATE TABLE merchant (
    id                 uuid         PRIMARY KEY,
    owner_ref          char(64)     NOT NULL CHECK (owner_ref ~ '^[0-9a-f]{64}$'),
    owner_subject      varchar(255) NOT NULL,
    business_name      varchar(100) NOT NULL,
    nib                char(13)     NOT NULL CHECK (nib ~ '^[0-9]{13}$'),
    kbli               varchar(200) NOT NULL CHECK (kbli ~ '^[0-9]{5}(,[0-9]{5})*$'),
    declared_capital   bigint       CHECK (declared_capital >= 0),
    annual_turnover    bigint       CHECK (annual_turnover >= 0),
    msme_class         varchar(10)  NOT NULL CHECK (msme_class IN ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR')),
    desa_code          char(10)     NOT NULL CHECK (desa_code ~ '^1602[0-9]{6}$'),
    kecamatan_code     char(6)      NOT NULL CHECK (kecamatan_code ~ '^1602[0-9]{2}$'),
    address            varchar(200),
    postal_code        char(5)      CHECK (postal_code ~ '^[0-9]{5}$'),
    qris_nmid          varchar(20)  CHECK (qris_nmid ~ '^ID[0-9]{10,18}$'),
    mcc                char(4)      NOT NULL DEFAULT '5499',
    return_policy      text,
    return_window_days smallint     NOT NULL CHECK (return_window_days BETWEEN 0 AND 30),
    status             varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'SUSPENDED', 'CLOSED')),
    verified_via       varchar(10),
    permit_id          varchar(64),
    suspension_cause   varchar(20),
    registered_at      timestamptz  NOT NULL,
    verified_at        timestamptz,
    version            bigint       NOT NULL DEFAULT 0
);
-- one open shop per NIB
CREATE UNIQUE INDEX merchant_open_nib ON merchant (nib) WHERE status <> 'CLOSED';
CREATE INDEX merchant_owner ON merchant (owner_ref);
CREATE INDEX merchant_owner_subject ON merchant (owner_subject);
CREATE INDEX merchant_status_kecamatan ON merchant (status, kecamatan_code);

CREATE TABLE merchant_status_change (
    id          bigserial    PRIMARY KEY,
    merchant_id uuid         NOT NULL REFERENCES merchant (id),
    from_status varchar(10),
    to_status   varchar(10)  NOT NULL,
    actor       varchar(255) NOT NULL,
    reason      varchar(500) NOT NULL,
    at          timestamptz  NOT NULL
);
CREATE INDEX merchant_status_change_merchant ON merchant_status_change (merchant_id, at);

-- business permits issued by DPMPTSP, by NIB, as consumed from permits.permit.v1; kept even
-- before a shop with the NIB exists, so that the shop opened later is verified by it
CREATE TABLE known_permit (
    permit_id  varchar(64)  PRIMARY KEY,
    nib        char(13)     NOT NULL,
    status     varchar(10)  NOT NULL CHECK (status IN ('ISSUED', 'SUSPENDED', 'REVOKED')),
    valid_until date,
    changed_at timestamptz  NOT NULL
);
CREATE INDEX known_permit_nib ON known_permit (nib, status);

CREATE TABLE product (
    id            uuid         PRIMARY KEY,
    merchant_id   uuid         NOT NULL REFERENCES merchant (id),
    name          varchar(120) NOT NULL,
    description   varchar(2000) NOT NULL DEFAULT '',
    category      varchar(30)  NOT NULL REFERENCES product_category (code),
    price         bigint       NOT NULL CHECK (price > 0),
    stock         integer      NOT NULL CHECK (stock >= 0),
    unit          varchar(20)  NOT NULL,
    halal_certificate_no varchar(40),
    halal_expires_on     date,
    pirt_no       varchar(20),
    bpom_no       varchar(30),
    status        varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    listed_at     timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    search        tsvector     GENERATED ALWAYS AS (
                      setweight(to_tsvector('simple', marketplace_unaccent(lower(name))), 'A')
                      || setweight(to_tsvector('simple', marketplace_unaccent(lower(description))), 'B')) STORED,
    search_name   text         GENERATED ALWAYS AS (marketplace_unaccent(lower(name))) STORED
);
CREATE INDEX product_search ON product USING gin (search);
CREATE INDEX product_name_trgm ON product USING gin (search_name gin_trgm_ops);
CREATE INDEX product_merchant ON product (merchant_id, status);
CREATE INDEX product_listing ON product (status, category, price);

CREATE TABLE product_price_change (
    id         bigserial    PRIMARY KEY,
    product_id uuid         NOT NULL REFERENCES product (id),
    old_price  bigint,
    new_price  bigint       NOT NULL CHECK (new_price > 0),
    actor      varchar(255) NOT NULL,
    at         timestamptz  NOT NULL
);
CREATE INDEX product_price_change_product ON product_price_change (product_id, at);

CREATE TABLE stock_adjustment (
    id         bigserial    PRIMARY KEY,
    product_id uuid         NOT NULL REFERENCES product (id),
    delta      integer      NOT NULL CHECK (delta <> 0),
    reason     varchar(30)  NOT NULL,
    note       varchar(200),
    order_id   uuid,
    actor      varchar(255) NOT NULL,
    at         timestamptz  NOT NULL
);
CREATE INDEX stock_adjustment_product ON stock_adjustment (product_id, at);

CREATE TABLE customer_order (
    id                uuid         PRIMARY KEY,
    merchant_id       uuid         NOT NULL REFERENCES merchant (id),
    buyer_ref         char(64)     NOT NULL CHECK (buyer_ref ~ '^[0-9a-f]{64}$'),
    buyer_subject     varchar(255) NOT NULL,
    status            varchar(20)  NOT NULL,
    total             bigint       NOT NULL CHECK (total > 0),
    pbjt_base         bigint       NOT NULL CHECK (pbjt_base >= 0 AND pbjt_base <= total),
    desa_code         char(10)     NOT NULL,
    kecamatan_code    char(6)      NOT NULL,
    payment_code      varchar(32)  NOT NULL UNIQUE,
    qris_payload      varchar(512) NOT NULL,
    expires_at        timestamptz  NOT NULL,
    placed_at         timestamptz  NOT NULL,
    paid_at           timestamptz,
    payment_reference varchar(64),
    paid_amount       bigint,
    delivered_at      timestamptz,
    completed_at      timestamptz,
    refunded_amount   bigint       NOT NULL DEFAULT 0,
    stock_released    boolean      NOT NULL DEFAULT false,
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX customer_order_buyer ON customer_order (buyer_ref, placed_at DESC);
CREATE INDEX customer_order_merchant ON customer_order (merchant_id, status, placed_at DESC);
CREATE INDEX customer_order_expiry ON customer_order (expires_at) WHERE status = 'AWAITING_PAYMENT';

CREATE TABLE order_line (
    order_id     uuid         NOT NULL REFERENCES customer_order (id),
    line_no      smallint     NOT NULL,
    product_id   uuid         NOT NULL REFERENCES product (id),
    product_name varchar(120) NOT NULL,
    category     varchar(30)  NOT NULL,
    unit         varchar(20)  NOT NULL,
    unit_price   bigint       NOT NULL CHECK (unit_price > 0),
    quantity     integer      NOT NULL CHECK (quantity > 0),
    amount       bigint       NOT NULL CHECK (amount = unit_price * quantity),
    pbjt         boolean      NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_line_product ON order_line (product_id);

CREATE TABLE order_transition (
    id          bigserial    PRIMARY KEY,
    order_id    uuid         NOT NULL REFERENCES customer_order (id),
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    actor_type  varchar(10)  NOT NULL,
    actor       varchar(255) NOT NULL,
    reason      varchar(500),
    at          timestamptz  NOT NULL
);
CREATE INDEX order_transition_order ON order_transition (order_id, id);

CREATE TABLE order_refund (
    id         uuid         PRIMARY KEY,
    order_id   uuid         NOT NULL REFERENCES customer_order (id),
    amount     bigint       NOT NULL CHECK (amount > 0),
    reference  varchar(64)  NOT NULL,
    refunded_at timestamptz NOT NULL
);
