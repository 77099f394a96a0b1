package dev.khao.feed;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * A UTF-8 XML document written with StAX, so Thai text goes out as UTF-8 bytes and markup characters are escaped
 * by the writer, never by hand. Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
 */
public final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final XMLStreamWriter xml;

    public XmlDocument() {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer cannot write UTF-8", e);
        }
    }

    /** Opens an element of no namespace or of the default namespace declared on an ancestor. */
    public XmlDocument start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    /** Opens an element of a prefixed namespace declared on an ancestor (or on this element with {@link #namespace}). */
    public XmlDocument start(String prefix, String namespace, String name) {
        return run(() -> xml.writeStartElement(prefix, name, namespace));
    }

    public XmlDocument defaultNamespace(String namespace) {
        return run(() -> xml.writeDefaultNamespace(namespace));
    }

    public XmlDocument namespace(String prefix, String namespace) {
        return run(() -> xml.writeNamespace(prefix, namespace));
    }

    /** Writes the attribute unless its value is null. */
    public XmlDocument attribute(String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(name, clean(value)));
    }

    public XmlDocument attribute(String prefix, String namespace, String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(prefix, namespace, name, clean(value)));
    }

    public XmlDocument text(String value) {
        return run(() -> xml.writeCharacters(clean(value)));
    }

    public XmlDocument end() {
        return run(xml::writeEndElement);
    }

    /** A whole element holding text; left out when the text is null. */
    public XmlDocument element(String name, String value) {
        return value == null ? this : start(name).text(value).end();
    }

    public XmlDocument element(String prefix, String namespace, String name, String value) {
        return value == null ? this : start(prefix, namespace, name).text(value).end();
    }

    /** Closes every open element and returns the document's bytes. */
    public byte[] finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        return bytes.toByteArray();
    }

    /** Drops what XML 1.0 forbids (control characters, lone surrogates); keeps tab, newline and carriage return. */
    static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private XmlDocument run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Cannot write XML", e));
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }
}
