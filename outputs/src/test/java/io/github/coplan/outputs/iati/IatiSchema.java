package io.github.coplan.outputs.iati;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/** The official IATI 2.03 activity schema, from the test resources, and validation against it. */
public final class IatiSchema {

  private static final Schema SCHEMA = load();

  private IatiSchema() {}

  private static Schema load() {
    try {
      URL xsd =
          Objects.requireNonNull(
              IatiSchema.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // the schema and its includes come from the test resources, never from the network
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(xsd);
    } catch (Exception e) {
      throw new AssertionError("the IATI 2.03 schema could not be loaded", e);
    }
  }

  /**
   * Validates a file against the schema.
   *
   * @param xml the file's bytes
   * @throws Exception the first violation, with its line and column
   */
  public static void validate(byte[] xml) throws Exception {
    Validator validator = SCHEMA.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }
}
