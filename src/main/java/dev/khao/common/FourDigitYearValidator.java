package dev.khao.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Checks {@link FourDigitYear}: a day of margin at each end keeps the year in range at any offset (at most ±18 hours). */
public class FourDigitYearValidator implements ConstraintValidator<FourDigitYear, OffsetDateTime> {

    public static final String RANGE = "must be between 0001-01-02 and 9999-12-30";

    private static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-30T23:59:59.999999999Z");

    @Override
    public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
        return value == null || holds(value);
    }

    /** Whether a time given outside Bean Validation (a query parameter, a cursor) is in range. */
    public static boolean holds(OffsetDateTime value) {
        Instant instant = value.toInstant();
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
