package id.go.okikab.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 18 kecamatan of Kabupaten Ogan Komering Ilir (16.02), domain.md §7: reference data for
 * checking a kecamatan code where no region table is at hand (the gateway's dashboard). The list is
 * the resource {@code oki-kecamatan.csv} beside this class, the same codes as the civil registry's
 * region table and the health service's kecamatan table; a new decree changes all three. BPS codes
 * are for cross-walks only (UNCONFIRMED against the current BPS master file), never derived from
 * the Kemendagri code.
 */
public final class OkiKecamatan {

  /** One kecamatan: Kemendagri code without dots, name, BPS code, where the row comes from. */
  public record Kecamatan(String code, String name, String bpsCode, String source) {}

  private static final String RESOURCE = "oki-kecamatan.csv";
  private static final Map<String, Kecamatan> BY_CODE = load();

  private OkiKecamatan() {}

  /** Every kecamatan, in code order. */
  public static List<Kecamatan> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** Whether {@code code} (6 digits, no dots) is a kecamatan of OKI. */
  public static boolean isKnown(String code) {
    return code != null && BY_CODE.containsKey(code);
  }

  /** The name of kecamatan {@code code}, when it is one of OKI's. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code)).map(Kecamatan::name);
  }

  private static Map<String, Kecamatan> load() {
    Map<String, Kecamatan> rows = new LinkedHashMap<>();
    try (InputStream in = OkiKecamatan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      if (lines.isEmpty() || !lines.get(0).equals("code,name,bps_code,source")) {
        throw new IllegalStateException(
            RESOURCE + ": expected the header code,name,bps_code,source");
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split(",", 4);
        if (fields.length != 4 || !fields[0].matches("1602\\d{2}")) {
          throw new IllegalStateException(RESOURCE + ": not a row of an OKI kecamatan: " + line);
        }
        if (rows.put(fields[0], new Kecamatan(fields[0], fields[1], fields[2], fields[3]))
            != null) {
          throw new IllegalStateException(RESOURCE + ": kecamatan listed twice: " + fields[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(rows);
  }
}
