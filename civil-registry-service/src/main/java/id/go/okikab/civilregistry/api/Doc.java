package id.go.okikab.civilregistry.api;

/** Descriptions of the statuses the OpenAPI document lists for every operation. */
final class Doc {

  private Doc() {}

  static final String BAD_REQUEST = "Invalid input (problem+json naming each field and rule)";
  static final String UNAUTHORIZED = "No valid bearer token";
  static final String FORBIDDEN = "The caller's role or ownership does not allow this";
  static final String NOT_FOUND = "No such record, or its existence is private to the caller";
  static final String CONFLICT =
      "Conflicts with the current state (duplicate, concurrent change, state machine)";
  static final String PRECONDITION_FAILED = "If-Match names a version that is no longer current";
  static final String UNPROCESSABLE = "Breaks a domain rule (the problem type names the rule)";
  static final String PRECONDITION_REQUIRED = "The update needs an If-Match header";
  static final String IF_MATCH = "The ETag of the version read (e.g. \"3\")";
  static final String IDEMPOTENCY_KEY =
      "Optional: a retry with the same key replays the first response and acts once";
}
