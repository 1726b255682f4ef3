package io.github.coplan.outputs.iati;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A parsed file and XPath over it, for the tests' exact checks. */
final class Xml {

  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private Xml(Document document) {
    this.document = document;
  }

  static Xml parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return new Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
  }

  /** The text of the first node the expression selects, "" when none. */
  String text(String expression) throws Exception {
    return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
  }

  /** The texts of every node the expression selects, in document order. */
  List<String> texts(String expression) throws Exception {
    NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  int count(String expression) throws Exception {
    return ((Double) xpath.evaluate("count(" + expression + ")", document, XPathConstants.NUMBER))
        .intValue();
  }
}
