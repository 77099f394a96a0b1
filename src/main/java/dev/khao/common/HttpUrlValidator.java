package dev.khao.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks {@link HttpUrl}. */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return false;
            }
            return uri.getHost() != null || isInternationalHost(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** java.net.URI leaves hosts outside ASCII (such as ข่าว.ไทย) unparsed; they are valid once IDNA-encoded. */
    private static boolean isInternationalHost(String authority) {
        if (authority == null || authority.isEmpty()) {
            return false;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        String suffix = port < 0 ? "" : host.substring(port);
        host = port < 0 ? host : host.substring(0, port);
        try {
            return !host.isEmpty() && new URI("http://" + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + suffix).getHost() != null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
