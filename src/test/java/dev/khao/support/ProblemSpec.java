package dev.khao.support;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The shape every error response must have: an RFC 9457 problem document carrying its status. */
public final class ProblemSpec {

    private ProblemSpec() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("status", equalTo(status))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("type", startsWith("https://khao.dev/problems/"))
                .build();
    }
}
