package id.go.okikab.tax.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Money is integer rupiah: a fractional number for an integer field ({@code "amount": 100.5}) is a
 * 400 naming the field, not silently cut to 100 (Jackson's default accepts floats as ints).
 */
@Singleton
public class WholeRupiahJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }
}
