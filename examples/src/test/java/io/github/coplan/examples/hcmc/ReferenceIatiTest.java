package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.outputs.iati.IatiExport;
import io.github.coplan.outputs.iati.IatiOptions;
import io.github.coplan.outputs.iati.Preflight;
import io.github.coplan.outputs.iati.Problem;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The reference plan as an IATI 2.03 file: its pre-flight report names what the plan's records
 * lack, and once the caller gives it, the official schema accepts the file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceIatiTest {

  /** The official schema, kept with the outputs module's tests. */
  private static final Path SCHEMA =
      Path.of(
          "..", "outputs", "src", "test", "resources", "iati-2.03", "iati-activities-schema.xsd");

  private static final Clock NEW_YEAR_2022 =
      Clock.fixed(Instant.parse("2022-01-01T00:00:00Z"), ZoneOffset.UTC);

  private Coplan store;
  private UseCases coplan;
  private CooperationPlan plan;
  private OrganisationId dost;
  private OrganisationId iia;

  @BeforeAll
  void recordTheReferencePlan() {
    Storage storage = InMemoryStorage.create();
    store = Coplan.builder().storage(storage).build();
    coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
    plan = ReferencePlan.record(coplan);
    ReferenceMarket.record(storage, HcmcIsraelInnovationPlan.ACTOR, plan);
    Activity tour = ReferenceTour.record(coplan, plan);
    ReferenceNetwork.record(coplan, tour);
    ReferenceResults.record(coplan, plan);
    plan = coplan.plans().get(plan.id());
    List<Party> parties = plan.parties();
    dost = parties.get(0).organisation();
    iia = parties.get(1).organisation();
  }

  @org.junit.jupiter.api.AfterAll
  void close() {
    store.close();
  }

  @Test
  void asRecordedThePreflightNamesTheMissingReportingOrgIdentifierSectorAndCountry() {
    Preflight report =
        IatiExport.of(coplan, IatiOptions.builder(dost).clock(NEW_YEAR_2022).build())
            .preflight(plan.id());

    assertThat(report.passes()).isFalse();
    assertThat(report.errors())
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple(
                "iati.reporting-org-identifier", "organisation[" + dost + "].profile.identifiers"),
            tuple("iati.sector", "options.sectors"),
            tuple("iati.recipient-country", "options.recipientCountries"));
    assertThat(report.errors().get(0).message())
        .isEqualTo(
            "the reporting organisation Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh has no"
                + " identifier in the scheme IATI: add one to its profile, or give it in the"
                + " options");
    assertThat(report.warnings())
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple(
                "iati.participating-org-identifier",
                "organisation[" + dost + "].profile.identifiers"),
            tuple(
                "iati.participating-org-identifier",
                "organisation[" + iia + "].profile.identifiers"));
  }

  @Test
  void withWhatTheCallerGivesTheOfficialSchemaAcceptsTheFile() throws Exception {
    IatiExport export =
        IatiExport.of(
            coplan,
            IatiOptions.builder(dost)
                .reportingOrganisationIdentifier("XI-EXAMPLE-DOSTHCMC")
                .sector("32182")
                .recipientCountry(CountryCode.VN)
                .clock(NEW_YEAR_2022)
                .build());
    assertThat(export.preflight(plan.id()).passes()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    export.write(plan.id(), out);

    byte[] file = out.toByteArray();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory
        .newSchema(SCHEMA.toFile())
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(file)));

    DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
    parser.setNamespaceAware(true);
    Document xml = parser.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    assertThat(texts(xml, "//iati-activity/iati-identifier"))
        .containsExactly(
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-1",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-2",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-3",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-4",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-5",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-6",
            "XI-EXAMPLE-DOSTHCMC-HCMC-IIA-2018-7");
    assertThat(texts(xml, "//iati-activity[1]/title/narrative"))
        .containsExactly(
            "Kế hoạch hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo giữa TP.HCM và"
                + " Israel giai đoạn 2018 - 2021",
            "HCMC – Israel cooperation plan to promote innovative start-up activity, 2018–2021");
    assertThat(texts(xml, "//iati-activity[1]/activity-date/@type")).containsExactly("1", "3", "2");
    assertThat(texts(xml, "//iati-activity[1]/activity-date/@iso-date"))
        .containsExactly("2018-01-01", "2021-12-31", "2018-05-01");
    assertThat(texts(xml, "//iati-activity[1]/activity-date/narrative"))
        .containsExactly("2018", "2021", "2018-05");
    assertThat(texts(xml, "//iati-activity[1]/participating-org/@role"))
        .containsExactly("2", "4", "4");
    assertThat(texts(xml, "//iati-activity/result/indicator/@measure"))
        .containsExactly("1", "1", "1", "1", "1", "1", "1", "1");
    assertThat(texts(xml, "//iati-activity[position() > 1]/result/@type"))
        .containsExactly("2", "1", "1", "1", "1", "2", "1");
    assertThat(texts(xml, "//iati-activity[7]/result/indicator[2]/@ascending"))
        .containsExactly("0");
    assertThat(texts(xml, "//iati-activity[7]/result/indicator[2]/baseline/@value"))
        .containsExactly("18");
    assertThat(texts(xml, "//iati-activity[7]/result/indicator[2]/period/actual/@value"))
        .containsExactly("15");
    assertThat(texts(xml, "//iati-activity[2]/result/indicator/period/actual/@value"))
        .containsExactly("2");
  }

  private static List<String> texts(Document xml, String expression) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(expression, xml, XPathConstants.NODESET);
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
