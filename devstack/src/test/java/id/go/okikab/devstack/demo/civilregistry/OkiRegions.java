package id.go.okikab.devstack.demo.civilregistry;

import id.go.okikab.devstack.demo.civilregistry.Population.Kecamatan;
import id.go.okikab.devstack.demo.civilregistry.Population.Village;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OKI's kecamatan and villages from the civil registry's region migration (a test fixture). */
public final class OkiRegions {

  private OkiRegions() {}

  public static List<Kecamatan> load() {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("civil-registry-service"))) {
      root = root.getParent();
    }
    String sql;
    try {
      sql =
          Files.readString(
              root.resolve(
                  "civil-registry-service/src/main/resources/db/migration/V1__regions.sql"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Pattern row = Pattern.compile("\\('(\\d+)', '(DISTRICT|VILLAGE)', '(\\d+)', '([^']+)'");
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Village>> villages = new HashMap<>();
    Matcher m = row.matcher(sql);
    while (m.find()) {
      if (m.group(2).equals("DISTRICT") && m.group(3).equals("1602")) {
        names.put(m.group(1), m.group(4));
      } else if (m.group(2).equals("VILLAGE") && m.group(3).startsWith("1602")) {
        villages
            .computeIfAbsent(m.group(3), k -> new ArrayList<>())
            .add(new Village(m.group(1), m.group(4)));
      }
    }
    List<Kecamatan> regions = new ArrayList<>();
    names.forEach((code, name) -> regions.add(new Kecamatan(code, name, villages.get(code))));
    return regions;
  }
}
