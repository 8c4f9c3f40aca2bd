package id.go.okikab.devstack.demo;

/**
 * A step of the demo data load or of the demo journey failed: what was being done, and (for a
 * refused request) the request and the platform's answer.
 */
public final class DemoFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DemoFailure(String message) {
    super(message);
  }

  public DemoFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
