package dev.khao.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * An installation closed to anonymous readers, with budgets small enough to exhaust in a test: 3 calls a minute
 * per address without a key, 5 per public key.
 */
public class LockedDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("khao.auth.anonymous-reads", "false",
                "khao.rate-limit.anonymous", "3",
                "khao.rate-limit.public", "5");
    }
}
