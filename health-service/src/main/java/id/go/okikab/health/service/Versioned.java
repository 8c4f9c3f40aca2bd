package id.go.okikab.health.service;

/**
 * An answer and the version of the aggregate it comes from, which the resource sends as the {@code
 * ETag} (the next change's {@code If-Match}) without it being part of the body.
 */
public record Versioned<T>(T view, long version) {}
