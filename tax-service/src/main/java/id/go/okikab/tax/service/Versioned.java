package id.go.okikab.tax.service;

/** A view with the version of its aggregate (the ETag). */
public record Versioned<T>(T view, long version) {}
