package dev.khao;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts Khao, first handing the checking of request targets from Quarkus to Khao's own route. */
@QuarkusMain
public class Main {

    /**
     * Quarkus answers a request target that {@link java.net.URI} refuses with an empty 400 before any route runs, and
     * reads this property in a static initialiser, so it must be set before Quarkus starts. curl sends Thai in a URL
     * as raw UTF-8, which that check refuses; {@code dev.khao.common.http.RequestTargetCheck} percent-encodes such a
     * target instead and answers one that is really malformed with a problem. (pom.xml sets it for tests and dev mode.)
     */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
