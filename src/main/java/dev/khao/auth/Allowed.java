package dev.khao.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role a resource method (or every method of a resource class) needs. Without it, reads (GET, HEAD, OPTIONS)
 * need {@link Role#PUBLIC} and every other method {@link Role#EDITOR}, so a new write endpoint is never open by
 * accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    Role value();
}
