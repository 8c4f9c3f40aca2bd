-- The national immunisation schedule, each dose with its source. V1 marked the rotavirus (RV) and
-- second IPV (IPV2) ages UNCONFIRMED against the Kemenkes letters that introduced them; these are
-- the letters, and what they say:
--
-- * RV: Surat Edaran Dirjen P2P Kemenkes No. IM.02.02/C/3052/2023 (3 July 2023), "Pelaksanaan
--   Pemberian Imunisasi Rotavirus (RV) Secara Nasional", under KMK No. HK.01.07/Menkes/1139/2022
--   "Pemberian Imunisasi Rotavirus": national from 15 August 2023; 3 oral doses "pada bayi usia 2,
--   3 bulan dan 4 bulan dengan interval minimal 4 minggu antar dosis"; "dosis terakhir diberikan
--   pada bayi usia 6 bulan 29 hari". So RV1/RV2/RV3 at 61/91/122 days (unchanged), minimum interval
--   28 days (unchanged), and no RV dose after 6 months 29 days: 6 x 30.4375 + 29 = 212 days (was
--   168, 24 weeks, never confirmed). The letter gives no separate upper age for doses 1 and 2; the
--   last-dose limit is applied to each dose.
-- * IPV2: Surat Dirjen P2P Kemenkes No. IM.02.03/C/2323/2023 (11 May 2023) "Perluasan Introduksi
--   Imunisasi Inactivated Poliovirus Vaccine Dosis Kedua (IPV2)", and the agreement letter of
--   31 May 2023 ("Penyampaian Kesepakatan Pertemuan Orientasi ... Introduksi Imunisasi IPV Dosis
--   Kedua"): introduced in 34 provinces from 12 June 2023; "mulai tahun 2024 dan seterusnya
--   imunisasi IPV2 diberikan pada usia 9 bulan dengan interval minimal 4 bulan dari imunisasi
--   IPV1, bersamaan dengan imunisasi Campak Rubela"; catch-up up to 59 months. So IPV2 at 274 days
--   (unchanged) and a minimum interval of 4 months: 122 days (was 120).
-- * the other doses: Permenkes 12/2017 (Penyelenggaraan Imunisasi) and the routine schedule of the
--   Kemenkes PCV introduction deck (2022); the minimum ages and intervals not stated there follow
--   the WHO position papers, as in V1.
--
-- Where the copies read are: README ("Immunisation schedule"). Open doses already scheduled are
-- given the new dates below; dates of doses given are history and stay.

ALTER TABLE vaccine_dose ADD COLUMN source varchar(400);

UPDATE vaccine_dose SET max_age_days = 212,
    source = 'SE Dirjen P2P IM.02.02/C/3052/2023 (RV national, KMK HK.01.07/Menkes/1139/2022):'
          || ' 2, 3 and 4 months, interval >= 4 weeks, last dose by 6 months 29 days'
 WHERE vaccine = 'RV';

UPDATE vaccine_dose SET min_interval_days = 122,
    source = 'Surat Dirjen P2P IM.02.03/C/2323/2023 and agreement of 31 May 2023 (IPV2 introduction):'
          || ' 9 months with MR, >= 4 months after IPV1'
 WHERE vaccine = 'IPV' AND dose_no = 2;

UPDATE vaccine_dose SET
    source = 'Permenkes 12/2017; Kemenkes routine schedule (PCV introduction deck, 2022);'
          || ' minimum age and interval: WHO position papers'
 WHERE source IS NULL;

ALTER TABLE vaccine_dose ALTER COLUMN source SET NOT NULL;

-- RV doses not given: they expire at the new maximum age; a dose whose overdue date was the old
-- last day is overdue from its due date plus the grace period, or the new last day if earlier.
UPDATE immunization i
   SET expires_on = c.birth_date + 212,
       overdue_from = CASE
           WHEN i.due_date IS NULL THEN NULL
           WHEN i.overdue_from = i.expires_on
               THEN LEAST(i.due_date + ${overdueGraceDays}, c.birth_date + 212)
           ELSE i.overdue_from END
  FROM child c
 WHERE c.id = i.child_id AND i.vaccine = 'RV' AND i.given_on IS NULL;

-- IPV2 not given after an IPV1 given: eligible and due at least 122 days after IPV1.
UPDATE immunization i
   SET eligible_from = GREATEST(c.birth_date + 182, first.given_on + 122),
       due_date = GREATEST(c.birth_date + 274, first.given_on + 122),
       overdue_from = GREATEST(c.birth_date + 274, first.given_on + 122) + ${overdueGraceDays}
  FROM child c, immunization first
 WHERE c.id = i.child_id AND i.vaccine = 'IPV' AND i.dose_no = 2 AND i.given_on IS NULL
   AND first.child_id = i.child_id AND first.vaccine = 'IPV' AND first.dose_no = 1
   AND first.given_on IS NOT NULL;

-- next_due_on follows the open doses without a maximum age (IPV2 is one of them)
UPDATE child c
   SET next_due_on = (SELECT min(d.due_date) FROM immunization d
                       WHERE d.child_id = c.id AND d.given_on IS NULL
                         AND d.due_date IS NOT NULL AND d.expires_on IS NULL)
 WHERE EXISTS (SELECT 1 FROM immunization d
                WHERE d.child_id = c.id AND d.vaccine = 'IPV' AND d.dose_no = 2
                  AND d.given_on IS NULL);
