-- One region reference for the platform (issue 10): this registry's region table is the platform's
-- region table, and libs/platform-domain's OkiKecamatan (oki-kecamatan.csv: the 18 kecamatan of OKI
-- with their codes, names and BPS codes, used by the gateway and the health service) carries the
-- same rows (RegionsTest checks that they are equal). Both cite the source in the same words:
--   Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah (counts match 300.2.2-2430/2025)
-- i.e. the file cahyadsn/wilayah names by the 2138/2025 decree, whose rows for 16.02 agree with every
-- count domain.md section 7 takes from Kepmendagri 300.2.2-2430/2025 (see V1's header). The decree
-- of the dataset (shown by GET /api/v1/regions/{code}) stays as V1 loaded it; V1 itself is not
-- edited (Flyway checksums of existing databases).
UPDATE region_dataset
   SET source = 'Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah (counts match 300.2.2-2430/2025):'
             || ' db/wilayah.sql @00d2159de447124c862fcf900a018e468afdcc18;'
             || ' db/wilayah_penduduk.sql @51994c566f7fe1f02331bc9ffdedd0552aa4a43c'
 WHERE id = 1;
