package id.go.okikab.contracts;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules the build enforces on event records (see the catalog tests of platform-events). */
public final class CatalogCheck {

  /**
   * Field names that would carry personal data: people travel as {@code subjectRef}, places as
   * region codes. Matched against the lowercased field name.
   */
  static final Set<String> PERSONAL_DATA_NAMES =
      Set.of(
          "nik",
          "nkk",
          "kk",
          "kknumber",
          "name",
          "nama",
          "fullname",
          "firstname",
          "lastname",
          "mothername",
          "fathername",
          "address",
          "alamat",
          "phone",
          "telepon",
          "email",
          "birthplace",
          "notes",
          "catatan",
          "diagnosis");

  private CatalogCheck() {}

  /** The event records among {@code candidates} that {@code catalog} does not list. */
  public static List<Class<?>> uncatalogued(Collection<Class<?>> candidates, EventCatalog catalog) {
    List<Class<?>> missing = new ArrayList<>();
    for (Class<?> candidate : candidates) {
      if (DomainEvent.class.isAssignableFrom(candidate)
          && !candidate.isInterface()
          && catalog.forJavaType(candidate).isEmpty()) {
        missing.add(candidate);
      }
    }
    return missing;
  }

  /** {@code Type.field} for every catalogued field whose name suggests personal data. */
  public static List<String> personalDataFields(EventCatalog catalog) {
    List<String> found = new ArrayList<>();
    for (EventCatalog.EventType type : catalog.types()) {
      collect(type.javaType(), type.name(), found);
    }
    return found;
  }

  private static void collect(Class<?> record, String path, List<String> found) {
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName().toLowerCase(Locale.ROOT);
      if (PERSONAL_DATA_NAMES.contains(name)) {
        found.add(path + "." + component.getName());
      }
      if (component.getType().isRecord()) {
        collect(component.getType(), path + "." + component.getName(), found);
      }
    }
  }
}
