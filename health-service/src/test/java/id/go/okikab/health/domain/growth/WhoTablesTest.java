package id.go.okikab.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The WHO tables are shipped byte for byte: their SHA-256 sums match the ones listed in the README
 * that came with them (also shipped), and every file that README lists is shipped.
 */
class WhoTablesTest {

  @Test
  void everyShippedTableMatchesItsPublishedChecksum() throws Exception {
    Map<String, String> published = publishedChecksums();
    assertThat(published).containsOnlyKeys(GrowthStandards.FILES);
    for (var entry : published.entrySet()) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      try (InputStream in = GrowthStandards.open(entry.getKey())) {
        sha256.update(in.readAllBytes());
      }
      assertThat(HexFormat.of().formatHex(sha256.digest()))
          .as("SHA-256 of %s", entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void theChecksumsAreTheOnesOfTheSharedData() {
    // the list as it stands in ../shared/data/who-growth/README.md (a second, independent copy)
    assertThat(publishedChecksums())
        .containsEntry(
            "lenanthro.txt", "709f7a11881451daf7820f022d363d5bdb93746b5361d6bd9218af6ff838e0c2")
        .containsEntry(
            "weianthro.txt", "bc15a6a623dd1d5beaeed1497666332aa54bc4ccd15ff9658c487d79694ab77b")
        .containsEntry(
            "wflanthro.txt", "ad470cf41b147bd2a16026e57fd17968df7bf746b9f0bf2ff85df95239643778")
        .containsEntry(
            "wfhanthro.txt", "0050d31041c2f7d4f8a34f27e8066fd73a24806835b9e4a0de1a7ee46d54d582")
        .containsEntry(
            "bmianthro.txt", "78a4364e99303114fb2c458d28d64c6d10ac33832a5d5b2d437bc5cea1c93a0d")
        .containsEntry(
            "hcanthro.txt", "e794e46f06b91223ad2c6435148dc08794a1d75b67613a652c3151201a98bf7c")
        .containsEntry(
            "acanthro.txt", "1b588802bc66534abb42ead27fe6f8e8d62b26967d764eecf16d0f4a8660a7bd");
  }

  @Test
  void tablesKeepTheirCrlfLineEndings() throws Exception {
    try (InputStream in = GrowthStandards.open("lenanthro.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(text).startsWith("sex\tage\tl\tm\ts\tloh\r\n").endsWith("\r\n");
    }
  }

  private static Map<String, String> publishedChecksums() {
    try (InputStream in = GrowthStandards.open("README.md")) {
      String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\w+\\.txt)$").matcher(readme);
      Map<String, String> sums = new LinkedHashMap<>();
      while (m.find()) {
        sums.put(m.group(2), m.group(1));
      }
      return sums;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
