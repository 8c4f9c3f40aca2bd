package id.go.okikab.platform.web.files;

import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.FieldError;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.ProblemTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way a service keeps uploaded files (table {@code stored_file} of its own database):
 * checks the size and the real media type against a {@link FilePolicy}, computes the SHA-256 the
 * record shows, and stores the bytes in the caller's transaction, so that a record and its files
 * are written together or not at all.
 */
@ApplicationScoped
public class FileStore {

  private final EntityManager entityManager;
  private final Clock clock;
  private final Instance<CallerIdentity> caller;

  FileStore(EntityManager entityManager, Clock clock, Instance<CallerIdentity> caller) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.caller = caller;
  }

  /**
   * Stores {@code content} for its owner.
   *
   * @param field the request field the file came in, named by the problem when it is refused
   * @throws ProblemException 413 when larger than the policy allows, 415 when its bytes are not one
   *     of the policy's media types, 400 when empty or its name is unusable
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredFile store(
      String ownerType,
      String ownerId,
      String purpose,
      String field,
      String fileName,
      byte[] content,
      FilePolicy policy) {
    if (content == null || content.length == 0) {
      throw new ProblemException(
          400,
          ProblemTypes.VALIDATION,
          "Invalid request",
          "The file is empty.",
          List.of(new FieldError(field, "must not be empty")));
    }
    if (content.length > policy.maxBytes()) {
      throw new ProblemException(
          413,
          ProblemTypes.PAYLOAD_TOO_LARGE,
          "File too large",
          "The file is larger than " + policy.maxBytes() / 1024 + " KiB.",
          List.of(new FieldError(field, "must be at most " + policy.maxBytes() + " bytes")));
    }
    String mediaType = sniff(content).orElse("application/octet-stream");
    if (!policy.mediaTypes().contains(mediaType)) {
      throw new ProblemException(
          415,
          ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
          "Unsupported file type",
          "The file's content is not one of "
              + policy.mediaTypes().stream().sorted().toList()
              + ".",
          List.of(
              new FieldError(
                  field, "must be one of " + policy.mediaTypes().stream().sorted().toList())));
    }
    String name = safeName(fileName);
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String sha256 = sha256(content);
    String actor = caller.isResolvable() ? caller.get().actorId() : CallerIdentity.ANONYMOUS;
    entityManager
        .createNativeQuery(
            """
            INSERT INTO stored_file (id, owner_type, owner_id, purpose, file_name, content_type,
                                     size_bytes, sha256, content, created_at, created_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        .setParameter(1, id)
        .setParameter(2, ownerType)
        .setParameter(3, ownerId)
        .setParameter(4, purpose)
        .setParameter(5, name)
        .setParameter(6, mediaType)
        .setParameter(7, (long) content.length)
        .setParameter(8, sha256)
        .setParameter(9, content)
        .setParameter(10, now)
        .setParameter(11, actor)
        .executeUpdate();
    return new StoredFile(
        id, ownerType, ownerId, purpose, name, mediaType, content.length, sha256, now);
  }

  /** The files of an owner, oldest first. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<StoredFile> of(String ownerType, String ownerId) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, owner_type, owner_id, purpose, file_name, content_type, size_bytes,"
                    + " sha256, created_at FROM stored_file WHERE owner_type = ?1 AND owner_id = ?2"
                    + " ORDER BY created_at, id")
            .setParameter(1, ownerType)
            .setParameter(2, ownerId)
            .getResultList();
    return rows.stream().map(FileStore::metadata).toList();
  }

  /** A file's metadata. */
  @Transactional
  @SuppressWarnings("unchecked")
  public Optional<StoredFile> find(UUID id) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, owner_type, owner_id, purpose, file_name, content_type, size_bytes,"
                    + " sha256, created_at FROM stored_file WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(FileStore::metadata);
  }

  /** A file's bytes. */
  @Transactional
  @SuppressWarnings("unchecked")
  public Optional<byte[]> content(UUID id) {
    List<byte[]> rows =
        entityManager
            .createNativeQuery("SELECT content FROM stored_file WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** The media type the bytes are, by their signature: PDF, JPEG or PNG. */
  static Optional<String> sniff(byte[] bytes) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
      return Optional.of(FilePolicy.PDF);
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(FilePolicy.JPEG);
    }
    if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(FilePolicy.PNG);
    }
    return Optional.empty();
  }

  /** The file name without any directory part or control character, at most 255 characters. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoredFile metadata(Object[] row) {
    Object created = row[8];
    OffsetDateTime createdAt =
        created instanceof OffsetDateTime odt
            ? odt
            : created instanceof java.time.Instant i
                ? i.atOffset(java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) created).toInstant().atOffset(java.time.ZoneOffset.UTC);
    return new StoredFile(
        (UUID) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        ((Number) row[6]).longValue(),
        ((String) row[7]).trim(),
        createdAt);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
