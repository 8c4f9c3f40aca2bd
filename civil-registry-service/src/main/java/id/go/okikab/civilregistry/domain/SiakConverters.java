package id.go.okikab.civilregistry.domain;

import id.go.okikab.platform.domain.BloodType;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.MaritalStatus;
import id.go.okikab.platform.domain.Religion;
import id.go.okikab.platform.domain.SiakCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** SIAK code lists are stored as their numeric codes (domain.md 1.3: store the code). */
public final class SiakConverters {

  private SiakConverters() {}

  abstract static class Base<E extends Enum<E> & SiakCode> implements AttributeConverter<E, Short> {
    private final Class<E> type;

    Base(Class<E> type) {
      this.type = type;
    }

    @Override
    public Short convertToDatabaseColumn(E value) {
      return value == null ? null : (short) value.code();
    }

    @Override
    public E convertToEntityAttribute(Short code) {
      return code == null ? null : SiakCode.fromCode(type, code, "stored-code-unknown");
    }
  }

  @Converter
  public static class RelationshipConverter extends Base<FamilyRelationship> {
    public RelationshipConverter() {
      super(FamilyRelationship.class);
    }
  }

  @Converter
  public static class ReligionConverter extends Base<Religion> {
    public ReligionConverter() {
      super(Religion.class);
    }
  }

  @Converter
  public static class MaritalStatusConverter extends Base<MaritalStatus> {
    public MaritalStatusConverter() {
      super(MaritalStatus.class);
    }
  }

  @Converter
  public static class BloodTypeConverter extends Base<BloodType> {
    public BloodTypeConverter() {
      super(BloodType.class);
    }
  }
}
