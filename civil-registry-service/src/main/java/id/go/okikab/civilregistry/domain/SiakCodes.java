package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.InvalidIdentifierException;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import java.util.function.Function;

/** Reads SIAK codes from requests, naming the field and the rule when a code is unknown. */
public final class SiakCodes {

  private SiakCodes() {}

  public static Religion religion(String code, String field) {
    return read(code, field, Religion::fromCode);
  }

  public static MaritalStatus maritalStatus(String code, String field) {
    return read(code, field, MaritalStatus::fromCode);
  }

  /** {@link BloodType#UNKNOWN} when not given. */
  public static BloodType bloodType(String code, String field) {
    return code == null ? BloodType.UNKNOWN : read(code, field, BloodType::fromCode);
  }

  public static FamilyRelationship relationship(String code, String field) {
    return read(code, field, FamilyRelationship::fromCode);
  }

  private static <T> T read(String code, String field, Function<String, T> parser) {
    try {
      return parser.apply(code);
    } catch (InvalidIdentifierException e) {
      throw new DomainRuleViolation(e.rule(), e.getMessage() + ".", field);
    }
  }
}
