package dev.khao.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A time whose year has four digits in every time zone (0001 to 9999), as RFC 3339 timestamps, feeds and sitemaps
 * need; null is valid. Year 10000 came out as {@code +10000-01-01T…}, and years before 1 as a month the sitemap
 * index listed but could not serve.
 */
@Documented
@Constraint(validatedBy = FourDigitYearValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FourDigitYear {

    String message() default FourDigitYearValidator.RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
