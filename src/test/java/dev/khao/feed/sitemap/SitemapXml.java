package dev.khao.feed.sitemap;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Validates sitemaps against the sitemaps.org schemas (and Google's news extension) in src/test/resources/xsd. */
final class SitemapXml {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private SitemapXml() {
    }

    /** A urlset, news elements included (sitemap.xsd admits other namespaces strictly, so the news schema is loaded too). */
    static Document validUrlset(byte[] xml) throws Exception {
        return valid(xml, "/xsd/sitemap.xsd", "/xsd/sitemap-news.xsd");
    }

    static Document validIndex(byte[] xml) throws Exception {
        return valid(xml, "/xsd/siteindex.xsd");
    }

    /** The text of every element with this namespace and name, in document order. */
    static List<String> texts(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document valid(byte[] xml, String... schemas) throws Exception {
        Source[] sources = new Source[schemas.length];
        for (int i = 0; i < schemas.length; i++) {
            sources[i] = new StreamSource(SitemapXml.class.getResource(schemas[i]).toExternalForm());
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Not valid against " + String.join(", ", schemas) + ": " + e.getMessage()
                    + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
