package id.go.okikab.platform.events.inbox;

/**
 * Thrown by a handler when retrying cannot help (the event contradicts this service's data): the
 * inbox sends the record to the dead-letter topic at once.
 */
public class NonRetriableEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NonRetriableEventException(String message) {
    super(message);
  }

  public NonRetriableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
