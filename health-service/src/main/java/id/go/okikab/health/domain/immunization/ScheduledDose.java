package id.go.okikab.health.domain.immunization;

/**
 * One dose of the national routine immunisation schedule (domain.md §2.4), as data: the program
 * adds vaccines every year or two, so the schedule is a table ({@code vaccine_dose}), changed by a
 * migration, never by code.
 *
 * @param recommendedAgeDays the age at which the program gives it
 * @param minAgeDays the youngest age at which the dose is valid
 * @param minIntervalDays the shortest gap after the previous dose of the series (null for dose 1)
 * @param maxAgeDays the oldest age at which it is still given (null: no limit under five)
 * @param basic part of "Imunisasi Dasar Lengkap" (complete before the first birthday)
 */
public record ScheduledDose(
    String vaccine,
    int doseNo,
    String label,
    int recommendedAgeDays,
    int minAgeDays,
    Integer minIntervalDays,
    Integer maxAgeDays,
    boolean basic) {}
