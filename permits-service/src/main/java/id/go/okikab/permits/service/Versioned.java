package id.go.okikab.permits.service;

/** An answer and the version of its aggregate (sent as the ETag). */
public record Versioned<T>(T view, long version) {}
