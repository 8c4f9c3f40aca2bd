package id.go.okikab.marketplace.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Money and quantities are whole numbers: a JSON {@code 12.5} for a {@code long} price or an {@code
 * int} quantity is a 400 naming the field, not silently truncated to 12 (Jackson's default).
 */
@Singleton
public class WholeNumbersJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }
}
