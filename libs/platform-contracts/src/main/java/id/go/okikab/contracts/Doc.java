package id.go.okikab.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a field of an event record for the generated event catalog and AsyncAPI document.
 * Fields are required unless marked {@code optional} (within a version, new fields are optional).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Doc {
  String value();

  boolean optional() default false;
}
