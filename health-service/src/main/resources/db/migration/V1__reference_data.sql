-- Reference data of the health service: the kecamatan of OKI, the health facilities, and the
-- national routine immunisation schedule. All of it changes over time: change it with a new
-- migration, never in code.

-- Kecamatan of Kabupaten Ogan Komering Ilir (Kemendagri 16.02.xx, no dots), domain.md §7.
-- Source: Kepmendagri 300.2.2-2430/2025 (via cahyadsn/wilayah). The numbering has gaps.
CREATE TABLE kecamatan (
    code     char(6)      PRIMARY KEY CHECK (code ~ '^1602[0-9]{2}$'),
    name     varchar(100) NOT NULL,
    bps_code varchar(7),
    source   varchar(100) NOT NULL
);

INSERT INTO kecamatan (code, name, bps_code, source) VALUES
    ('160202', 'Tanjung Lubuk',      '1602050', 'Kepmendagri 300.2.2-2430/2025'),
    ('160203', 'Pedamaran',          '1602040', 'Kepmendagri 300.2.2-2430/2025'),
    ('160204', 'Mesuji',             '1602020', 'Kepmendagri 300.2.2-2430/2025'),
    ('160205', 'Kayu Agung',         '1602060', 'Kepmendagri 300.2.2-2430/2025'),
    ('160208', 'Sirah Pulau Padang', '1602120', 'Kepmendagri 300.2.2-2430/2025'),
    ('160211', 'Tulung Selapan',     '1602030', 'Kepmendagri 300.2.2-2430/2025'),
    ('160212', 'Pampangan',          '1602130', 'Kepmendagri 300.2.2-2430/2025'),
    ('160213', 'Lempuing',           '1602010', 'Kepmendagri 300.2.2-2430/2025'),
    ('160214', 'Air Sugihan',        '1602140', 'Kepmendagri 300.2.2-2430/2025'),
    ('160215', 'Sungai Menang',      '1602021', 'Kepmendagri 300.2.2-2430/2025'),
    ('160217', 'Jejawi',             '1602121', 'Kepmendagri 300.2.2-2430/2025'),
    ('160218', 'Cengal',             '1602031', 'Kepmendagri 300.2.2-2430/2025'),
    ('160219', 'Pangkalan Lampam',   '1602131', 'Kepmendagri 300.2.2-2430/2025'),
    ('160220', 'Mesuji Makmur',      '1602022', 'Kepmendagri 300.2.2-2430/2025'),
    ('160221', 'Mesuji Raya',        '1602023', 'Kepmendagri 300.2.2-2430/2025'),
    ('160222', 'Lempuing Jaya',      '1602011', 'Kepmendagri 300.2.2-2430/2025'),
    ('160223', 'Teluk Gelam',        '1602051', 'Kepmendagri 300.2.2-2430/2025'),
    ('160224', 'Pedamaran Timur',    '1602041', 'Kepmendagri 300.2.2-2430/2025');

-- Health facilities. A facility's area is its kecamatan: its officers see the records of mothers
-- and children living there, and those registered at the facility itself.
CREATE TABLE health_facility (
    code           varchar(20)  PRIMARY KEY CHECK (code ~ '^[A-Z]{1,3}-[0-9A-Z]{2,16}$'),
    name           varchar(120) NOT NULL,
    type           varchar(20)  NOT NULL CHECK (type IN ('PUSKESMAS', 'POSYANDU', 'CLINIC', 'HOSPITAL')),
    kecamatan_code char(6)      NOT NULL REFERENCES kecamatan (code),
    desa_code      char(10)     CHECK (desa_code IS NULL OR substr(desa_code, 1, 6) = kecamatan_code),
    active         boolean      NOT NULL DEFAULT true,
    -- false for the seeded list below until Dinas Kesehatan confirms it
    confirmed      boolean      NOT NULL DEFAULT false,
    version        bigint       NOT NULL DEFAULT 0
);

CREATE INDEX health_facility_kecamatan ON health_facility (kecamatan_code);

-- One puskesmas per kecamatan, coded P-<kecamatan code>. OKI has more puskesmas than kecamatan
-- (some kecamatan have two or three); this seed is the minimum that gives every kecamatan a
-- facility, and must be confirmed and completed with Dinas Kesehatan OKI (names, Kemenkes facility
-- codes, desa of each building).
INSERT INTO health_facility (code, name, type, kecamatan_code)
SELECT 'P-' || code, 'Puskesmas ' || name, 'PUSKESMAS', code FROM kecamatan;

-- The national routine immunisation schedule (domain.md §2.4: Permenkes 12/2017 and the PCV, RV
-- and IPV2 introductions). Ages in days (1 month = 30.4375 days, rounded). Minimum ages and
-- intervals follow the WHO position papers' minimums; the RV and IPV2 ages and the RV maximum age
-- are UNCONFIRMED against the Kemenkes circular that introduced them. JE is not given in
-- Sumatera Selatan. basic = part of "Imunisasi Dasar Lengkap".
CREATE TABLE vaccine_dose (
    vaccine              varchar(20) NOT NULL CHECK (vaccine ~ '^[A-Z0-9][A-Z0-9-]*$'),
    dose_no              smallint    NOT NULL CHECK (dose_no >= 1),
    label                varchar(60) NOT NULL,
    recommended_age_days integer     NOT NULL CHECK (recommended_age_days >= 0),
    min_age_days         integer     NOT NULL CHECK (min_age_days >= 0),
    min_interval_days    integer     CHECK (min_interval_days > 0),
    max_age_days         integer     CHECK (max_age_days >= recommended_age_days),
    basic                boolean     NOT NULL,
    PRIMARY KEY (vaccine, dose_no),
    CHECK (min_age_days <= recommended_age_days),
    CHECK ((dose_no = 1) = (min_interval_days IS NULL))
);

INSERT INTO vaccine_dose
    (vaccine, dose_no, label, recommended_age_days, min_age_days, min_interval_days, max_age_days, basic)
VALUES
    ('HB0',        1, 'HB0 (Hepatitis B lahir)', 0,   0,   NULL, 7,    true),
    ('BCG',        1, 'BCG',                     30,  0,   NULL, 364,  true),
    ('OPV',        1, 'Polio tetes (bOPV) 1',    30,  0,   NULL, NULL, true),
    ('OPV',        2, 'Polio tetes (bOPV) 2',    61,  28,  28,   NULL, true),
    ('OPV',        3, 'Polio tetes (bOPV) 3',    91,  56,  28,   NULL, true),
    ('OPV',        4, 'Polio tetes (bOPV) 4',    122, 84,  28,   NULL, true),
    ('DPT-HB-HIB', 1, 'DPT-HB-Hib 1',            61,  42,  NULL, NULL, true),
    ('DPT-HB-HIB', 2, 'DPT-HB-Hib 2',            91,  70,  28,   NULL, true),
    ('DPT-HB-HIB', 3, 'DPT-HB-Hib 3',            122, 98,  28,   NULL, true),
    ('DPT-HB-HIB', 4, 'DPT-HB-Hib 4 (lanjutan)', 548, 365, 182,  NULL, false),
    ('PCV',        1, 'PCV 1',                   61,  42,  NULL, NULL, false),
    ('PCV',        2, 'PCV 2',                   91,  70,  28,   NULL, false),
    ('PCV',        3, 'PCV 3 (lanjutan)',        365, 274, 56,   NULL, false),
    ('RV',         1, 'Rotavirus 1',             61,  42,  NULL, 168,  false),
    ('RV',         2, 'Rotavirus 2',             91,  70,  28,   168,  false),
    ('RV',         3, 'Rotavirus 3',             122, 98,  28,   168,  false),
    ('IPV',        1, 'Polio suntik (IPV) 1',    122, 98,  NULL, NULL, true),
    ('IPV',        2, 'Polio suntik (IPV) 2',    274, 182, 120,  NULL, false),
    ('MR',         1, 'Campak-Rubela (MR) 1',    274, 274, NULL, NULL, true),
    ('MR',         2, 'Campak-Rubela (MR) 2 (lanjutan)', 548, 456, 28, NULL, false);
