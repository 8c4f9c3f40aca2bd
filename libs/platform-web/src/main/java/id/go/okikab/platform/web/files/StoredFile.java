package id.go.okikab.platform.web.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored file's metadata (its content is read with {@link FileStore#content(UUID)}). */
public record StoredFile(
    UUID id,
    String ownerType,
    String ownerId,
    String purpose,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    OffsetDateTime createdAt) {}
