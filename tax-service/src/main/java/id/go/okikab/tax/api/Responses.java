package id.go.okikab.tax.api;

import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.tax.service.Versioned;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The shared shapes of answers: an aggregate with its ETag, a creation with its Location. */
final class Responses {

  private Responses() {}

  static Response ok(Versioned<?> v) {
    return Response.ok(v.view()).header(HttpHeaders.ETAG, Preconditions.etag(v.version())).build();
  }

  static Response created(String location, Versioned<?> v) {
    return Response.created(URI.create(location))
        .header(HttpHeaders.ETAG, Preconditions.etag(v.version()))
        .entity(v.view())
        .build();
  }
}
