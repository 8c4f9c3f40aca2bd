package id.go.okikab.marketplace.domain.qris;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A QRIS Merchant-Presented Mode payload (domain.md §5): tags 00 payload format, 01 point of
 * initiation (11 static, 12 dynamic), 51 merchant account (GUID {@value #GUID}, 02 NMID, 03
 * criteria), 52 MCC, 53 currency 360, 54 amount (dynamic), 58 ID, 59 name, 60 city, 61 postal code,
 * 62 additional data (01 bill number), 63 CRC-16/CCITT-FALSE over everything up to and including
 * {@code 6304}.
 */
public record QrisPayload(
    boolean dynamic,
    String nmid,
    String criteria,
    String mcc,
    Long amount,
    String merchantName,
    String city,
    String postalCode,
    String billNumber) {

  public static final String GUID = "ID.CO.QRIS.WWW";
  public static final String CURRENCY_IDR = "360";

  /** The payload text, with its CRC. */
  public String encode() {
    List<Tlv> tags = new ArrayList<>();
    tags.add(new Tlv("00", "01"));
    tags.add(new Tlv("01", dynamic ? "12" : "11"));
    String account =
        new Tlv("00", GUID).encode()
            + new Tlv("02", nmid).encode()
            + new Tlv("03", criteria).encode();
    tags.add(new Tlv("51", account));
    tags.add(new Tlv("52", mcc));
    tags.add(new Tlv("53", CURRENCY_IDR));
    if (dynamic) {
      if (amount == null || amount <= 0) {
        throw new IllegalArgumentException("a dynamic QRIS carries a positive amount");
      }
      tags.add(new Tlv("54", Long.toString(amount)));
    }
    tags.add(new Tlv("58", "ID"));
    tags.add(new Tlv("59", clip(merchantName, 25)));
    tags.add(new Tlv("60", clip(city, 15)));
    if (postalCode != null) {
      tags.add(new Tlv("61", postalCode));
    }
    if (billNumber != null) {
      tags.add(new Tlv("62", new Tlv("01", billNumber).encode()));
    }
    StringBuilder text = new StringBuilder();
    tags.forEach(t -> text.append(t.encode()));
    text.append("6304");
    return text + Crc16.hex(text.toString());
  }

  /**
   * Parses and checks a payload: TLV structure, CRC last and matching, the QRIS account tag.
   *
   * @throws QrisFormatException when it is not a valid QRIS payload
   */
  public static QrisPayload parse(String text) {
    if (text == null || text.length() < 8) {
      throw new QrisFormatException("too short");
    }
    List<Tlv> elements = Tlv.parse(text);
    Tlv last = elements.get(elements.size() - 1);
    if (!last.tag().equals("63") || last.value().length() != 4) {
      throw new QrisFormatException("the CRC (tag 63, 4 hex digits) must come last");
    }
    String expected = Crc16.hex(text.substring(0, text.length() - 4));
    if (!expected.equals(last.value().toUpperCase(Locale.ROOT))) {
      throw new QrisFormatException("CRC mismatch: expected " + expected);
    }
    Map<String, String> byTag = new LinkedHashMap<>();
    elements.forEach(e -> byTag.put(e.tag(), e.value()));
    if (!"01".equals(byTag.get("00"))) {
      throw new QrisFormatException("tag 00 must be 01");
    }
    String initiation = byTag.get("01");
    if (!"11".equals(initiation) && !"12".equals(initiation)) {
      throw new QrisFormatException("tag 01 must be 11 (static) or 12 (dynamic)");
    }
    if (!CURRENCY_IDR.equals(byTag.get("53"))) {
      throw new QrisFormatException("tag 53 must be 360 (IDR)");
    }
    Map<String, String> account = sub(byTag.get("51"));
    if (!GUID.equals(account.get("00"))) {
      throw new QrisFormatException("tag 51 must hold the GUID " + GUID);
    }
    boolean dynamic = initiation.equals("12");
    Long amount = null;
    if (byTag.containsKey("54")) {
      try {
        amount = Long.parseLong(byTag.get("54"));
      } catch (NumberFormatException e) {
        throw new QrisFormatException("tag 54 must be an integer amount of rupiah");
      }
    }
    if (dynamic && amount == null) {
      throw new QrisFormatException("a dynamic QRIS carries an amount (tag 54)");
    }
    String bill = Optional.ofNullable(byTag.get("62")).map(v -> sub(v).get("01")).orElse(null);
    return new QrisPayload(
        dynamic,
        account.get("02"),
        account.get("03"),
        byTag.get("52"),
        amount,
        byTag.get("59"),
        byTag.get("60"),
        byTag.get("61"),
        bill);
  }

  private static Map<String, String> sub(String value) {
    Map<String, String> m = new LinkedHashMap<>();
    if (value != null) {
      Tlv.parse(value).forEach(e -> m.put(e.tag(), e.value()));
    }
    return m;
  }

  private static String clip(String text, int max) {
    String ascii = text.replaceAll("[^\\x20-\\x7E]", "").toUpperCase(Locale.ROOT).trim();
    return ascii.length() <= max ? ascii : ascii.substring(0, max).trim();
  }
}
