package dev.khao.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The SSRF guard: webhooks are requests the server makes to URLs admins type, so a URL must not reach the server's
 * own network (loopback, private and link-local ranges such as cloud metadata at 169.254.169.254, multicast,
 * unspecified). Checked when a subscription is saved and again, after a fresh DNS lookup, before every delivery,
 * since a name can be re-pointed after it was checked. A name re-pointed between that lookup and the HTTP client's
 * own (DNS rebinding within milliseconds) is not caught; deployments needing that closed should also block
 * private ranges at an egress proxy or firewall.
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** The URL's problem, if any: malformed, not http(s), or (unless {@code allowPrivate}) resolving to a refused address. */
    static Optional<String> whyRefused(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            return Optional.of("must be an absolute http or https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                Optional<String> refused = whyRefused(address);
                if (refused.isPresent()) {
                    return Optional.of("resolves to " + address.getHostAddress() + ", " + refused.get()
                            + " (set khao.webhooks.allow-private-targets=true to allow it)");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        return Optional.empty();
    }

    /** Why an address must not be a webhook target, if it must not. */
    static Optional<String> whyRefused(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address.isSiteLocalAddress() || isPrivateOther(address)) {
            return Optional.of("a private address");
        }
        if (isReserved(address)) {
            return Optional.of("a reserved address");
        }
        Optional<InetAddress> wrapped = embeddedIpv4(address);
        if (wrapped.isPresent()) {
            return whyRefused(wrapped.get()).map(why -> "an IPv6 address carrying " + wrapped.get().getHostAddress() + ", " + why);
        }
        return Optional.empty();
    }

    /** Ranges Java's checks miss: 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, and IPv6 unique-local fc00::/7. */
    private static boolean isPrivateOther(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    /**
     * Ranges no public service uses (RFC 6890): IETF protocol assignments 192.0.0.0/24, the documentation networks
     * 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32, benchmarking 198.18.0.0/15, 240.0.0.0/4 with
     * broadcast; and NAT64's local-use prefix 64:ff9b:1::/48, which translates to the operator's own networks.
     */
    private static boolean isReserved(InetAddress address) {
        int[] b = unsigned(address.getAddress());
        if (address instanceof Inet4Address) {
            return b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2)
                    || b[0] == 198 && (b[1] == 18 || b[1] == 19 || b[1] == 51 && b[2] == 100)
                    || b[0] == 203 && b[1] == 0 && b[2] == 113
                    || b[0] >= 240;
        }
        return b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8
                || b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0 && b[5] == 1;
    }

    /**
     * The IPv4 address an IPv6 one stands for, which reaches that IPv4 host through the network's own translation or
     * tunnel: IPv4-compatible {@code ::a.b.c.d}, IPv4-translated {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::/96},
     * 6to4 {@code 2002::/16} and Teredo {@code 2001::/32} (its client address, inverted). ({@code ::ffff:a.b.c.d}
     * already arrives as IPv4.)
     */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        int[] b = unsigned(address.getAddress());
        byte[] v4 = null;
        if (zero(b, 0, 12) && !zero(b, 12, 16)) {
            v4 = last4(b, 0);
        } else if (zero(b, 0, 8) && b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0) {
            v4 = last4(b, 0);
        } else if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && zero(b, 4, 12)) {
            v4 = last4(b, 0);
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = new byte[] {(byte) b[2], (byte) b[3], (byte) b[4], (byte) b[5]};
        } else if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            v4 = last4(b, 0xff);
        }
        try {
            return v4 == null ? Optional.empty() : Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }

    private static int[] unsigned(byte[] bytes) {
        int[] values = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i] & 0xff;
        }
        return values;
    }

    private static boolean zero(int[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The last four bytes, each XORed with {@code mask}. */
    private static byte[] last4(int[] b, int mask) {
        return new byte[] {(byte) (b[12] ^ mask), (byte) (b[13] ^ mask), (byte) (b[14] ^ mask), (byte) (b[15] ^ mask)};
    }
}
