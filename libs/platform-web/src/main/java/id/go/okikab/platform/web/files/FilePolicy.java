package id.go.okikab.platform.web.files;

import java.util.Set;

/**
 * What a kind of upload may be: its largest size and the media types accepted, which {@link
 * FileStore} checks against the bytes themselves (PDF, JPEG, PNG are recognised by their
 * signatures), never against the client's Content-Type.
 */
public record FilePolicy(long maxBytes, Set<String> mediaTypes) {

  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";

  /** Documents of an application: PDF, JPEG or PNG, up to 5 MiB. */
  public static final FilePolicy DOCUMENTS =
      new FilePolicy(5L * 1024 * 1024, Set.of(PDF, JPEG, PNG));

  /** Photos (a product, a complaint): JPEG or PNG, up to 2 MiB. */
  public static final FilePolicy PHOTOS = new FilePolicy(2L * 1024 * 1024, Set.of(JPEG, PNG));

  public FilePolicy {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    mediaTypes = Set.copyOf(mediaTypes);
  }
}
