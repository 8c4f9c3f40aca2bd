package id.go.okikab.marketplace.domain.qris;

/** A QRIS payload that is not well-formed TLV, or whose CRC does not match. */
public class QrisFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QrisFormatException(String message) {
    super(message);
  }
}
