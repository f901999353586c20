package dev.ferry.document.invoice.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A namespace-agnostic view of an XML element: e-invoice syntaxes differ between versions in their
 * namespaces but keep their element names, so lookups go by local name.
 */
public record XmlTree(Element element) {

  /** Parses untrusted XML: no DTDs, no external entities. Empty when it is not well-formed XML. */
  public static Optional<XmlTree> parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return Optional.of(new XmlTree(b.parse(new ByteArrayInputStream(xml)).getDocumentElement()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  public String name() {
    return element.getLocalName();
  }

  /** The first descendant with one of these local names, depth first. */
  public Optional<XmlTree> find(String... names) {
    List<XmlTree> all = new ArrayList<>();
    collect(element, names, all, true);
    return all.stream().findFirst();
  }

  /** Every descendant with this local name, not looking inside matches. */
  public List<XmlTree> findAll(String name) {
    List<XmlTree> all = new ArrayList<>();
    collect(element, new String[] {name}, all, false);
    return all;
  }

  /** The direct children with this local name. */
  public List<XmlTree> children(String name) {
    List<XmlTree> out = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(new XmlTree(e));
      }
    }
    return out;
  }

  /** The trimmed text of the first descendant along this path of local names. */
  public Optional<String> text(String... path) {
    XmlTree current = this;
    for (String step : path) {
      Optional<XmlTree> next = current.find(step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    String t = current.element.getTextContent().trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  public String attribute(String name) {
    return element.getAttribute(name);
  }

  private static void collect(Element e, String[] names, List<XmlTree> out, boolean firstOnly) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) {
        continue;
      }
      if (firstOnly && !out.isEmpty()) {
        return;
      }
      boolean match = false;
      for (String name : names) {
        if (name.equals(child.getLocalName())) {
          match = true;
          break;
        }
      }
      if (match) {
        out.add(new XmlTree(child));
        if (firstOnly) {
          return;
        }
      } else {
        collect(child, names, out, firstOnly);
      }
    }
  }
}
