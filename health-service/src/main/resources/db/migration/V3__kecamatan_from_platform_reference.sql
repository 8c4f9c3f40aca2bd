-- The kecamatan of OKI are the platform's region reference, not a table of this service: the
-- service checks kecamatan codes and reads their names through platform-domain's OkiKecamatan
-- (the same 18 codes, names and BPS codes; its source line: Kepmendagri 300.2.2-2138/2025 via
-- cahyadsn/wilayah, agreeing with the counts of 300.2.2-2430/2025). One region reference, one
-- source, used by every service; a new decree changes it once, in libs/platform-domain.
--
-- The foreign keys to the dropped table become checks of the code's format (a kecamatan of
-- Kabupaten Ogan Komering Ilir, 16.02.xx without dots); which codes exist is the service's check.

ALTER TABLE health_facility DROP CONSTRAINT health_facility_kecamatan_code_fkey;
ALTER TABLE health_facility
    ADD CONSTRAINT health_facility_kecamatan_code_format CHECK (kecamatan_code ~ '^1602[0-9]{2}$');

ALTER TABLE pregnancy DROP CONSTRAINT pregnancy_kecamatan_code_fkey;
ALTER TABLE pregnancy
    ADD CONSTRAINT pregnancy_kecamatan_code_format CHECK (kecamatan_code ~ '^1602[0-9]{2}$');

ALTER TABLE child DROP CONSTRAINT child_kecamatan_code_fkey;
ALTER TABLE child
    ADD CONSTRAINT child_kecamatan_code_format CHECK (kecamatan_code ~ '^1602[0-9]{2}$');

DROP TABLE kecamatan;
