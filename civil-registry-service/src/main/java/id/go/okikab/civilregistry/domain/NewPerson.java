package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.Sex;
import java.time.LocalDate;

/** A person about to become a resident, with checked codes (from a registration, birth or move). */
public record NewPerson(
    String nik,
    String fullName,
    Sex sex,
    LocalDate birthDate,
    String birthPlace,
    Religion religion,
    MaritalStatus maritalStatus,
    Boolean marriageRegistered,
    BloodType bloodType,
    String occupation,
    String motherRef,
    String motherName,
    String fatherRef,
    String fatherName) {}
