package id.go.okikab.platform.web.problem;

/**
 * One bad input of a request: {@code field} is the name the client sent (JSON property path such as
 * {@code address.desaCode}, query parameter or header name), {@code message} says what is wrong
 * without echoing the value.
 */
public record FieldError(String field, String message) {}
