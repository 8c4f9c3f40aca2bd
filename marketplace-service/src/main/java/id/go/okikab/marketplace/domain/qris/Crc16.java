package id.go.okikab.marketplace.domain.qris;

import java.nio.charset.StandardCharsets;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), as QRIS uses it. */
public final class Crc16 {

  private Crc16() {}

  /** The CRC of the text's bytes (QRIS payloads are ASCII). */
  public static int of(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
      crc ^= (b & 0xFF) << 8;
      for (int i = 0; i < 8; i++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
      }
    }
    return crc;
  }

  /** 4 upper-case hex digits. */
  public static String hex(String text) {
    return String.format("%04X", of(text));
  }
}
