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
    void ipv6AddressesThatReachAnInternalIpv4HostAreRefusedNamingIt() throws UnknownHostException {
        // IPv4-compatible, IPv4-translated, NAT64, 6to4 and Teredo (whose client address is stored inverted)
        for (String address : List.of("::127.0.0.1", "::7f00:1", "::ffff:0:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a00:1",
                "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2001:0:4136:e378:8000:63bf:80ff:fffe")) {
            String why = WebhookTargets.whyRefused(InetAddress.getByName(address)).orElse("accepted");
            assertTrue(why.startsWith("an IPv6 address carrying "), address + ": " + why);
        }
        assertEquals("an IPv6 address carrying 169.254.169.254, a link-local address",
                WebhookTargets.whyRefused(InetAddress.getByName("2002:a9fe:a9fe::1")).orElseThrow());
        assertEquals("an IPv6 address carrying 127.0.0.1, a loopback address",
                WebhookTargets.whyRefused(InetAddress.getByName("2001:0:4136:e378:8000:63bf:80ff:fffe")).orElseThrow());
    }

    @Test
    void reservedRangesNoPublicServiceUsesAreRefused() throws UnknownHostException {
        for (String address : List.of("192.0.0.1", "192.0.2.1", "198.18.0.1", "198.19.255.1", "198.51.100.7", "203.0.113.9",
                "240.0.0.1", "255.255.255.255", "2001:db8::1", "64:ff9b:1::a00:1")) {
            assertEquals("a reserved address", WebhookTargets.whyRefused(InetAddress.getByName(address)).orElse("accepted"), address);
        }
    }

    @Test
    void publicAddressesAreAccepted() throws UnknownHostException {
        for (String address : List.of("93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "100.128.0.1", "192.0.3.1", "198.20.0.1",
                "64:ff9b::5db8:d822", "2002:5db8:d822::1", "2001:4860:4860::8888")) {
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
