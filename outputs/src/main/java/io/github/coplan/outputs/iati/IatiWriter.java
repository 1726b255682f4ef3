package io.github.coplan.outputs.iati;

import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.outputs.iati.Model.ActivityOut;
import io.github.coplan.outputs.iati.Model.DateOut;
import io.github.coplan.outputs.iati.Model.DocumentOut;
import io.github.coplan.outputs.iati.Model.IndicatorOut;
import io.github.coplan.outputs.iati.Model.OrgOut;
import io.github.coplan.outputs.iati.Model.PeriodOut;
import io.github.coplan.outputs.iati.Model.RelatedOut;
import io.github.coplan.outputs.iati.Model.ResultOut;
import io.github.coplan.outputs.iati.Model.ValueOut;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** Writes a {@link Model} as IATI 2.03 activity XML with the JDK's StAX writer, indented. */
final class IatiWriter {

  private final XMLStreamWriter xml;
  private final String language;
  private int depth;

  /** Per open element: whether it has child elements, so that its end tag goes on a new line. */
  private final boolean[] parent = new boolean[16];

  private IatiWriter(XMLStreamWriter xml, String language) {
    this.xml = xml;
    this.language = language;
  }

  static void write(Model model, OutputStream out) throws XMLStreamException {
    // a factory per file: the StAX API does not promise that one is safe to share between threads
    XMLStreamWriter xml =
        XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    new IatiWriter(xml, model.language()).document(model);
    xml.flush();
  }

  private void document(Model m) throws XMLStreamException {
    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    start("iati-activities");
    attribute("version", "2.03");
    attribute(
        "generated-datetime",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            m.generated().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
    for (ActivityOut a : m.activities()) {
      activity(m, a);
    }
    end();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void activity(Model m, ActivityOut a) throws XMLStreamException {
    start("iati-activity");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    attribute("hierarchy", Integer.toString(a.hierarchy()));
    element("iati-identifier", a.identifier());

    start("reporting-org");
    attribute("ref", m.reportingRef() == null ? "" : m.reportingRef());
    attribute("type", m.reportingType());
    narratives(m.reportingName());
    end();

    start("title");
    narratives(a.title());
    end();
    LocalizedText description = a.description();
    if (description != null) {
      start("description");
      attribute("type", "1");
      narratives(description);
      end();
    }
    for (OrgOut o : a.participating()) {
      start("participating-org");
      if (o.ref() != null) {
        attribute("ref", o.ref());
      }
      attribute("type", o.type());
      attribute("role", o.role());
      narratives(o.name());
      end();
    }
    empty("activity-status", "code", a.status());
    for (DateOut d : a.dates()) {
      start("activity-date");
      attribute("type", d.type());
      attribute("iso-date", d.day().toString());
      if (d.stated() != null) {
        narrative(null, d.stated());
      }
      end();
    }
    for (var c : m.countries()) {
      start("recipient-country");
      attribute("code", c.country().code());
      percentage(c.percentage());
      end();
    }
    for (var sector : m.sectors()) {
      start("sector");
      attribute("vocabulary", sector.vocabulary());
      attribute("code", sector.code());
      percentage(sector.percentage());
      end();
    }
    for (DocumentOut d : a.documents()) {
      start("document-link");
      attribute("url", d.url());
      attribute("format", d.format());
      start("title");
      narratives(d.title());
      end();
      empty("category", "code", d.category());
      if (d.date() != null) {
        empty("document-date", "iso-date", d.date().toString());
      }
      end();
    }
    for (RelatedOut r : a.related()) {
      start("related-activity");
      attribute("ref", r.ref());
      attribute("type", r.type());
      end();
    }
    for (ResultOut r : a.results()) {
      result(r);
    }
    end();
  }

  private void result(ResultOut r) throws XMLStreamException {
    start("result");
    attribute("type", r.type());
    start("title");
    narratives(r.title());
    end();
    LocalizedText description = r.description();
    if (description != null) {
      start("description");
      narratives(description);
      end();
    }
    for (IndicatorOut i : r.indicators()) {
      start("indicator");
      attribute("measure", i.measure());
      attribute("ascending", i.ascending() ? "1" : "0");
      start("title");
      narratives(i.title());
      end();
      var b = i.baseline();
      if (b != null) {
        start("baseline");
        attribute("year", Integer.toString(b.year()));
        if (b.day() != null) {
          attribute("iso-date", b.day().toString());
        }
        value(b.value());
        end();
      }
      for (PeriodOut p : i.periods()) {
        start("period");
        empty("period-start", "iso-date", p.start().toString());
        empty("period-end", "iso-date", p.end().toString());
        if (p.target() != null) {
          start("target");
          value(p.target());
          end();
        }
        if (p.actual() != null) {
          start("actual");
          value(p.actual());
          end();
        }
        end();
      }
      end();
    }
    end();
  }

  /** A value's number as an attribute, its text as a comment (attributes first, then children). */
  private void value(ValueOut v) throws XMLStreamException {
    if (v.value() != null) {
      attribute("value", v.value());
    }
    LocalizedText comment = v.comment();
    if (comment != null) {
      start("comment");
      narratives(comment);
      end();
    }
  }

  private void percentage(@Nullable BigDecimal percentage) throws XMLStreamException {
    if (percentage != null) {
      attribute("percentage", Mapping.plain(percentage));
    }
  }

  /** One narrative per language, the original first; the file's language needs no xml:lang. */
  private void narratives(LocalizedText text) throws XMLStreamException {
    narrative(text.originalLanguage(), text.original());
    for (Map.Entry<String, String> e : text.texts().entrySet()) {
      if (!e.getKey().equals(text.originalLanguage())) {
        narrative(e.getKey(), e.getValue());
      }
    }
  }

  private void narrative(@Nullable String lang, String value) throws XMLStreamException {
    start("narrative");
    if (lang != null && !lang.equals(language)) {
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    }
    xml.writeCharacters(value);
    end();
  }

  private void element(String name, String value) throws XMLStreamException {
    start(name);
    xml.writeCharacters(value);
    end();
  }

  private void empty(String name, String attribute, String value) throws XMLStreamException {
    child();
    indent();
    xml.writeEmptyElement(name);
    xml.writeAttribute(attribute, value);
  }

  private void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, value);
  }

  private void start(String name) throws XMLStreamException {
    child();
    indent();
    xml.writeStartElement(name);
    parent[depth++] = false;
  }

  private void end() throws XMLStreamException {
    depth--;
    if (parent[depth]) {
      indent();
    }
    xml.writeEndElement();
  }

  private void child() {
    if (depth > 0) {
      parent[depth - 1] = true;
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n");
    for (int i = 0; i < depth; i++) {
      xml.writeCharacters("  ");
    }
  }
}
