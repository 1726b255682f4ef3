package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The fixtures of {@link OutputBenchmarks} and the floors they are measured against.
 *
 * <p>A plan ({@link #plan}) of 10,000 activities in five content areas on the in-memory store, made
 * from {@link Data}'s generator (every status, day-precise spans of 0–60 days in 2015–2030, zero to
 * three participations), with two parties (the accountable one with an IATI identifier), a summary
 * and a period; a delegation list of 10,000 rows ({@link #delegationList}), every fifth on behalf
 * of a registered organisation, every third with a contact.
 */
final class OutputData {

  /** The day every output is made on: its clock. */
  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** The seed of the activities. */
  static final long SEED = 20_261_202L;

  /** The IATI identifier of the reporting organisation. */
  static final String DOST_REF = "XI-BENCH-DOST";

  private OutputData() {}

  /** An in-memory store holding the plan, and the use cases acting on it. */
  static final class Plan {
    final InMemoryStorage storage;
    final UseCases coplan;
    final Organisation dost;
    final CooperationPlan plan;

    Plan(int activities) {
      storage = InMemoryStorage.create();
      coplan =
          Coplan.builder().storage(storage).clock(CLOCK).build().actingAs(Actor.system("bench"));
      dost =
          coplan
              .organisations()
              .register(
                  new RegisterOrganisation(
                      OrganisationProfile.builder()
                          .name(
                              LocalizedText.of(
                                  "vi",
                                  Map.of(
                                      "vi", "Sở Khoa học và Công nghệ",
                                      "en", "Department of Science and Technology")))
                          .acronym("DOST")
                          .type(OrganisationType.LOCAL_GOVERNMENT)
                          .country(CountryCode.VN)
                          .identifier(ExternalIdentifier.of("IATI", DOST_REF))
                          .build()));
      Organisation iia =
          coplan
              .organisations()
              .register(
                  new RegisterOrganisation(
                      OrganisationProfile.builder()
                          .name(LocalizedText.of("en", "Israel Innovation Authority"))
                          .type(OrganisationType.GOVERNMENT)
                          .country(CountryCode.IL)
                          .build()));
      CooperationPlan drafted =
          coplan
              .plans()
              .draft(
                  new DraftPlan(
                          PlanCode.of("BENCH-OUT"),
                          LocalizedText.of(
                              "vi", Map.of("vi", "Kế hoạch hợp tác", "en", "Cooperation plan")))
                      .withSummary(
                          LocalizedText.of(
                              "vi",
                              Map.of("vi", "Thúc đẩy khởi nghiệp", "en", "Promote start-ups")))
                      .withPeriod(DateSpan.parse("2015/2031")));
      coplan
          .plans()
          .addParty(
              new AddParty(
                  drafted.id(),
                  Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)));
      coplan.plans().addParty(new AddParty(drafted.id(), Party.of(iia.id(), PartyRole.FUNDING)));
      for (int area = 1; area <= Data.CONTENT_AREAS; area++) {
        coplan
            .plans()
            .addContentArea(
                new AddContentArea(
                    drafted.id(),
                    new ContentArea(
                        area,
                        LocalizedText.of(
                            "vi", Map.of("vi", "Lĩnh vực " + area, "en", "Area " + area)))));
      }
      plan = coplan.plans().changeStatus(ChangePlanStatus.activate(drafted.id()));
      storage.inTransaction(
          r -> {
            for (int i = 0; i < Data.ORGANISATIONS; i++) {
              r.organisations().insert(Data.organisation(SEED, i));
            }
            for (int i = 0; i < Data.PEOPLE; i++) {
              r.people().insert(Data.person(SEED, i));
            }
            List<Activity> list = new ArrayList<>(activities);
            for (int i = 0; i < activities; i++) {
              list.add(Aggregates.withVersion(Data.storedActivity(SEED, i, plan.id()), 0));
            }
            r.activities().insertAll(list);
            return null;
          });
    }

    /** The plan's activities, every page read through the use cases, in the search's order. */
    List<Activity> activities() {
      List<Activity> all = new ArrayList<>();
      String cursor = null;
      do {
        Page<Activity> page =
            coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .plan(plan.id())
                        .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                        .after(cursor)
                        .build());
        all.addAll(page.items());
        cursor = page.nextCursor();
      } while (cursor != null);
      return all;
    }
  }

  // ---- IATI floor ------------------------------------------------------------------------------

  /**
   * An IATI file taken apart into the calls a plain {@link XMLStreamWriter} makes to write it
   * again: the floor of the IATI export, which writes the same bytes and does nothing else.
   */
  static final class XmlReplay {
    private static final int START = 0;
    private static final int END = 1;
    private static final int TEXT = 2;
    private static final int EMPTY = 3;

    private final List<Object[]> steps = new ArrayList<>();
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    XmlReplay(byte[] xml) {
      String text = new String(xml, StandardCharsets.UTF_8);
      try {
        XMLStreamReader in =
            XMLInputFactory.newFactory().createXMLStreamReader(new java.io.StringReader(text));
        boolean skipEnd = false;
        while (in.hasNext()) {
          int event = in.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            List<String[]> attributes = new ArrayList<>();
            for (int i = 0; i < in.getAttributeCount(); i++) {
              String prefix = in.getAttributePrefix(i);
              String namespace = in.getAttributeNamespace(i);
              attributes.add(
                  new String[] {
                    prefix == null ? "" : prefix,
                    namespace == null ? "" : namespace,
                    in.getAttributeLocalName(i),
                    in.getAttributeValue(i)
                  });
            }
            // the reader reports <x/> as a start and an end: keep the form the file has
            int after = in.getLocation().getCharacterOffset();
            skipEnd = text.startsWith("/>", after - 2);
            steps.add(new Object[] {skipEnd ? EMPTY : START, in.getLocalName(), attributes});
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            if (!skipEnd) {
              steps.add(new Object[] {END});
            }
            skipEnd = false;
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
            steps.add(new Object[] {TEXT, in.getText()});
          }
        }
      } catch (XMLStreamException e) {
        throw new IllegalArgumentException("not XML", e);
      }
    }

    /** Writes the file again, as the export writes it: UTF-8, a declaration, a final new line. */
    @SuppressWarnings("unchecked")
    void write(OutputStream out) {
      try {
        XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        for (Object[] step : steps) {
          int kind = (Integer) step[0];
          if (kind == START || kind == EMPTY) {
            if (kind == START) {
              xml.writeStartElement((String) step[1]);
            } else {
              xml.writeEmptyElement((String) step[1]);
            }
            for (String[] a : (List<String[]>) step[2]) {
              if (a[0].isEmpty()) {
                xml.writeAttribute(a[2], a[3]);
              } else {
                xml.writeAttribute(a[0], a[1], a[2], a[3]);
              }
            }
          } else if (kind == END) {
            xml.writeEndElement();
          } else {
            xml.writeCharacters((String) step[1]);
          }
        }
        xml.writeEndDocument();
        xml.flush();
        out.write('\n');
      } catch (XMLStreamException e) {
        throw new IllegalStateException("the replay could not be written", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---- iCalendar floor -------------------------------------------------------------------------

  /**
   * The floor of the calendar export: the same events, from activities already read, written by
   * hand as RFC 5545 text (each property escaped and folded at 75 octets) with a {@link
   * StringBuilder}, every text in one language (the plan's, as the export writes them when no
   * language is asked for). It does not read the store, build a calendar model or look up time
   * zones (the generated activities have no itinerary).
   */
  static void handWrittenCalendar(
      List<Activity> activities, String language, String domain, Appendable out) {
    try {
      String stamp = "20261201T000000Z";
      out.append("BEGIN:VCALENDAR\r\n");
      line(out, "PRODID:-//Coplan//Coplan outputs//EN");
      out.append("VERSION:2.0\r\nCALSCALE:GREGORIAN\r\n");
      for (Activity a : activities) {
        var planned = a.details().planned();
        var start = a.actualStart() != null ? a.actualStart() : planned.start();
        var end = a.actualStart() != null ? a.actualEnd() : planned.end();
        var last = end != null ? end : start;
        out.append("BEGIN:VEVENT\r\n");
        line(out, "UID:" + a.id().value() + "@" + domain);
        out.append("DTSTAMP:").append(stamp).append("\r\n");
        out.append("DTSTART;VALUE=DATE:").append(basic(start.earliestDay())).append("\r\n");
        out.append("DTEND;VALUE=DATE:").append(basic(last.latestDay().plusDays(1))).append("\r\n");
        boolean tentative = tentative(start) || tentative(last);
        out.append(
            a.status() == io.github.coplan.domain.activity.ActivityStatus.CANCELLED
                ? "STATUS:CANCELLED\r\n"
                : tentative ? "STATUS:TENTATIVE\r\n" : "STATUS:CONFIRMED\r\n");
        line(out, "SUMMARY:" + escape(a.details().title().best(language)));
        if (a.details().description() != null) {
          line(out, "DESCRIPTION:" + escape(a.details().description().best(language)));
        }
        var location = a.details().location();
        if (location != null) {
          List<String> parts = new ArrayList<>();
          if (location.venue() != null) {
            parts.add(location.venue());
          }
          if (location.city() != null) {
            parts.add(location.city());
          }
          if (location.country() != null) {
            parts.add(String.valueOf(location.country()));
          }
          if (location.online()) {
            parts.add("online");
          }
          line(out, "LOCATION:" + escape(String.join(", ", parts)));
        }
        out.append("CATEGORIES:").append(a.details().type().name()).append("\r\n");
        if (a.parent() != null) {
          line(out, "RELATED-TO:" + a.parent().value() + "@" + domain);
        }
        out.append("END:VEVENT\r\n");
      }
      out.append("END:VCALENDAR\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean tentative(io.github.coplan.domain.shared.PartialDate date) {
    return date.precision() != io.github.coplan.domain.shared.PartialDate.Precision.DAY
        || date.qualifier() != io.github.coplan.domain.shared.PartialDate.Qualifier.EXACT;
  }

  private static String basic(java.time.LocalDate day) {
    return String.format(
        Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  private static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A content line, folded so that no line is longer than 75 octets of UTF-8. */
  private static void line(Appendable out, String text) throws IOException {
    int octets = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(text, i, i + Character.charCount(cp));
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }

  // ---- CSV
  // ---------------------------------------------------------------------------------------

  /** A delegation list of {@code rows} rows, as {@code ParticipantCsv} reads it. */
  static byte[] delegationList(int rows) {
    StringBuilder file =
        new StringBuilder("name,country,contact,organisation,position,role,status\r\n");
    for (int i = 1; i <= rows; i++) {
      file.append("Nguyễn Thị Đại biểu ").append(i).append(i % 2 == 0 ? ",VN," : ",IL,");
      file.append(i % 3 == 0 ? "delegate" + i + "@example.org" : "").append(',');
      file.append(i % 5 == 0 ? "DOST,Researcher" : ",").append(',');
      file.append(i == 1 ? "head_of_delegation" : "delegate").append(",confirmed\r\n");
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The floor of a participant import: the same file parsed with Commons CSV, a person registered
   * for each row (with the row's organisation as an affiliation) and one participation per row
   * appended to the activity, all in one unit of the same store, through its repositories. It does
   * not check a cell beyond what the domain's constructors check, report problems by row and
   * column, look for the people a file names (every row is a new person), check access or the
   * plan's state, or record the history; it knows the one organisation's id in advance.
   *
   * @return the number of participations added
   */
  static int importByHand(Plan p, ActivityId activity, byte[] file) {
    return p.storage.inTransaction(
        r -> {
          List<Participation> added = new ArrayList<>();
          try (Reader reader =
                  new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
              CSVParser csv =
                  CSVFormat.RFC4180
                      .builder()
                      .setHeader()
                      .setSkipHeaderRecord(true)
                      .get()
                      .parse(reader)) {
            for (CSVRecord row : csv) {
              String contact = row.get("contact");
              String organisation = row.get("organisation");
              PersonProfile profile =
                  new PersonProfile(
                      row.get("name"),
                      CountryCode.of(row.get("country")),
                      java.util.Set.of(),
                      contact.isEmpty() ? null : contact,
                      false);
              AffiliationSnapshot at =
                  organisation.isEmpty()
                      ? null
                      : new AffiliationSnapshot(p.dost.id(), row.get("position"));
              Person person =
                  r.people()
                      .insert(
                          Person.register(
                              new PersonId(UUID.randomUUID()),
                              profile,
                              at == null
                                  ? List.of()
                                  : List.of(
                                      new Affiliation(
                                          at.organisation(), at.position(), null, null))));
              added.add(
                  new Participation(
                      Participant.of(person.id()),
                      ParticipationRole.valueOf(row.get("role").toUpperCase(Locale.ROOT)),
                      ParticipationStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT)),
                      at));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Activity current = r.activities().findById(activity).orElseThrow();
          r.activities().update(current.addParticipations(added));
          return added.size();
        });
  }
}
