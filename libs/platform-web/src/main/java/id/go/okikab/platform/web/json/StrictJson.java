package id.go.okikab.platform.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The platform's JSON reading rules, for every service's {@link ObjectMapper}: a member repeated in
 * one object ({@code {"nik":"…","nik":"…"}}) is an error rather than "the last one wins" (two parts
 * of a system could otherwise read two different values from one body), and a string with a NUL
 * character is refused with its field named (PostgreSQL cannot store it), and a fractional number
 * for a whole-number field ({@code "amount": 100.5} for a {@code long} of rupiah, a quantity of
 * {@code 2.5}) is refused rather than silently cut to its integer part (Jackson's default). Each
 * reaches the client as a 400 problem naming the request body or the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  /** What a refused NUL-bearing string is told (never the value itself). */
  public static final String NUL_MESSAGE = "must not contain NUL characters";

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.registerModule(
        new SimpleModule("oki-strict-json").addDeserializer(String.class, new NoNulStrings()));
  }

  /** Jackson's own string reading, then a check for U+0000. */
  static final class NoNulStrings extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null && value.indexOf('\u0000') >= 0) {
        throw InvalidFormatException.from(parser, NUL_MESSAGE, null, String.class);
      }
      return value;
    }
  }
}
