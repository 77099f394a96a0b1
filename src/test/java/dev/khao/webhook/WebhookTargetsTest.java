package dev.khao.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTargetsTest {

    @Test
    void addressesInsideTheServersNetworkAreRefused() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
                "::ffff:127.0.0.1")) {
            assertTrue(WebhookTargets.whyRefused(InetAddress.getByName(address)).isPresent(), address);
        }
    }

    @Test
    void publicAddressesAreAccepted() throws UnknownHostException {
        for (String address : List.of("93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "100.128.0.1")) {
            assertFalse(WebhookTargets.whyRefused(InetAddress.getByName(address)).isPresent(), address);
        }
    }

    @Test
    void aUrlNamingAPrivateAddressIsRefusedUnlessPrivateTargetsAreAllowed() {
        assertTrue(WebhookTargets.whyRefused("http://127.0.0.1:8080/hook", false).orElseThrow().contains("loopback"));
        assertTrue(WebhookTargets.whyRefused("http://169.254.169.254/latest/meta-data", false).orElseThrow().contains("link-local"));
        assertTrue(WebhookTargets.whyRefused("http://localhost/hook", false).isPresent());
        assertFalse(WebhookTargets.whyRefused("http://127.0.0.1:8080/hook", true).isPresent());
        assertFalse(WebhookTargets.whyRefused("https://93.184.216.34/hook", false).isPresent());
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreTargets() {
        assertEquals("must be an absolute http or https URL", WebhookTargets.whyRefused("ftp://example.com/x", true).orElseThrow());
        assertEquals("must be an absolute http or https URL", WebhookTargets.whyRefused("/relative", true).orElseThrow());
        assertEquals("must not carry credentials", WebhookTargets.whyRefused("https://user:pw@example.com/", true).orElseThrow());
    }
}
