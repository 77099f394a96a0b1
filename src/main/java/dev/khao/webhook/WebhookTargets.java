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
        return Optional.empty();
    }

    /** Ranges Java's checks miss: 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, broadcast, and IPv6 unique-local fc00::/7. */
    private static boolean isPrivateOther(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first == 255;
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }
}
