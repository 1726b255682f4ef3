package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.Fixtures;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

  private static final String DOST_ID = "01890000-0000-7000-8000-000000000001";
  private static final String IIA_ID = "01890000-0000-7000-8000-000000000002";
  private static final String EMBASSY_ID = "01890000-0000-7000-8000-000000000003";
  private static final String DIRECTOR_ID = "01890000-0000-7000-8000-000000000101";
  private static final String PLAN_ID = "01890000-0000-7000-8000-000000000201";
  private static final String ACTIVITY_1 = "01890000-0000-7000-8000-000000000001";

  /** JSON written with single quotes, for legibility: no value here holds one. */
  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  // ---- organisation ----------------------------------------------------------------------------

  private static Organisation fullOrganisation() {
    return Organisation.register(
        IIA,
        OrganisationProfile.builder()
            .name(LocalizedText.of("en", "Israel Innovation Authority").with("he", "רשות החדשנות"))
            .acronym("IIA")
            .alternativeName("Zeta name")
            .alternativeName("Alpha name")
            .type(OrganisationType.GOVERNMENT)
            .country(CountryCode.IL)
            .parent(EMBASSY)
            .identifier(ExternalIdentifier.of("XI-IATI", "IL-IIA"))
            .identifier(ExternalIdentifier.of("IL-TAX", "513"))
            .website(URI.create("https://innovationisrael.org.il/en"))
            .build());
  }

  @Test
  void aFullyDescribedOrganisationHasEveryField() {
    assertThat(Snapshots.of(fullOrganisation()))
        .containsExactly(
            entry("acronym", "IIA"),
            entry("alternativeNames", j("['Zeta name','Alpha name']")),
            entry("country", "IL"),
            entry("identifiers", j("['IL-TAX:513','XI-IATI:IL-IIA']")),
            entry(
                "name",
                j(
                    "{'original':'en','texts':{'en':'Israel Innovation Authority','he':'רשות החדשנות'}}")),
            entry("parent", EMBASSY_ID),
            entry("type", "GOVERNMENT"),
            entry("website", "https://innovationisrael.org.il/en"));
  }

  @Test
  void aMinimalOrganisationLacksTheOptionalFieldsAndHasEmptyCollections() {
    Organisation dost =
        Organisation.register(
            DOST,
            OrganisationProfile.builder()
                .name(vi("Sở KH&CN TP.HCM"))
                .type(OrganisationType.LOCAL_GOVERNMENT)
                .country(CountryCode.VN)
                .build());

    assertThat(Snapshots.of(dost))
        .containsExactly(
            entry("alternativeNames", "[]"),
            entry("country", "VN"),
            entry("identifiers", "[]"),
            entry("name", j("{'original':'vi','texts':{'vi':'Sở KH&CN TP.HCM'}}")),
            entry("type", "LOCAL_GOVERNMENT"));
  }

  // ---- person ----------------------------------------------------------------------------------

  private static Person fullPerson() {
    Set<String> expertise = new LinkedHashSet<>(List.of("startups", "innovation policy"));
    return Person.register(
        DIRECTOR,
        new PersonProfile("Nguyễn Văn A", CountryCode.VN, expertise, "a@dost.hcm.vn", true),
        List.of(
            new Affiliation(DOST, "Giám đốc", LocalDate.of(2019, 1, 1), null),
            new Affiliation(IIA, "Cố vấn", LocalDate.of(2010, 3, 1), LocalDate.of(2012, 12, 31)),
            new Affiliation(EMBASSY, "Khách mời", null, null)));
  }

  @Test
  void aFullyDescribedPersonHasEveryFieldWithExpertiseSortedAndAffiliationsInOrder() {
    assertThat(Snapshots.of(fullPerson()))
        .containsExactly(
            entry(
                "affiliations",
                j(
                    "[{'organisation':'"
                        + DOST_ID
                        + "','position':'Giám đốc','from':'2019-01-01','to':null},"
                        + "{'organisation':'"
                        + IIA_ID
                        + "','position':'Cố vấn','from':'2010-03-01','to':'2012-12-31'},"
                        + "{'organisation':'"
                        + EMBASSY_ID
                        + "','position':'Khách mời','from':null,'to':null}]")),
            entry("consentToPublish", "true"),
            entry("contact", "a@dost.hcm.vn"),
            entry("country", "VN"),
            entry("expertise", j("['innovation policy','startups']")),
            entry("name", "Nguyễn Văn A"));
  }

  @Test
  void aMinimalPersonLacksTheContact() {
    Person person =
        Person.register(
            DIRECTOR, PersonProfile.of("Director, DOST HCMC", CountryCode.VN), List.of());

    assertThat(Snapshots.of(person))
        .containsExactly(
            entry("affiliations", "[]"),
            entry("consentToPublish", "false"),
            entry("country", "VN"),
            entry("expertise", "[]"),
            entry("name", "Director, DOST HCMC"));
  }

  @Test
  void thePersonalFieldsAreNameContactAndExpertiseAllFieldsOfAPerson() {
    assertThat(Snapshots.PERSONAL_FIELDS).containsExactlyInAnyOrder("name", "contact", "expertise");
    assertThat(Snapshots.of(fullPerson()).keySet()).containsAll(Snapshots.PERSONAL_FIELDS);
    assertThatThrownBy(() -> Snapshots.PERSONAL_FIELDS.add("country"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- plan ------------------------------------------------------------------------------------

  private static CooperationPlan fullPlan() {
    return CooperationPlan.draft(
            PLAN,
            PlanCode.of("HCMC-IIA-2018"),
            viEn("Kế hoạch hợp tác", "Cooperation plan"),
            vi("Tóm tắt"),
            DateSpan.parse("2018/2021"))
        .addParty(Party.of(IIA, PartyRole.FUNDING, PartyRole.ACCOUNTABLE))
        .addParty(
            new Party(
                DOST,
                EnumSet.of(PartyRole.SIGNATORY, PartyRole.IMPLEMENTING),
                LocalDate.of(2018, 6, 1)))
        .addContentArea(new ContentArea(5, viEn("Sự kiện khởi nghiệp", "Start-up events")))
        .addContentArea(new ContentArea(1, vi("Chính sách")))
        .addDocument(
            new PlanDocument(
                DocumentType.MEMORANDUM_OF_UNDERSTANDING,
                vi("Biên bản ghi nhớ"),
                URI.create("https://example.org/mou.pdf"),
                LocalDate.of(2018, 6, 1)))
        .addDocument(
            new PlanDocument(
                DocumentType.ARTICLE, vi("Bài báo"), URI.create("urn:isbn:0451450523"), null))
        .activate()
        .suspend("Chờ ngân sách");
  }

  @Test
  void aFullyDescribedPlanHasEveryFieldWithRolesSortedAndListsInOrder() {
    assertThat(Snapshots.of(fullPlan()))
        .containsExactly(
            entry("code", "HCMC-IIA-2018"),
            entry(
                "contentAreas",
                j(
                    "[{'number':1,'title':{'original':'vi','texts':{'vi':'Chính sách'}}},"
                        + "{'number':5,'title':{'original':'vi','texts':"
                        + "{'en':'Start-up events','vi':'Sự kiện khởi nghiệp'}}}]")),
            entry(
                "documents",
                j(
                    "[{'type':'MEMORANDUM_OF_UNDERSTANDING',"
                        + "'title':{'original':'vi','texts':{'vi':'Biên bản ghi nhớ'}},"
                        + "'link':'https://example.org/mou.pdf','date':'2018-06-01'},"
                        + "{'type':'ARTICLE','title':{'original':'vi','texts':{'vi':'Bài báo'}},"
                        + "'link':'urn:isbn:0451450523','date':null}]")),
            entry(
                "parties",
                j(
                    "[{'organisation':'"
                        + IIA_ID
                        + "','roles':['ACCOUNTABLE','FUNDING'],'signedOn':null},"
                        + "{'organisation':'"
                        + DOST_ID
                        + "','roles':['IMPLEMENTING','SIGNATORY'],'signedOn':'2018-06-01'}]")),
            entry("period", "2018/2021"),
            entry("status", "SUSPENDED"),
            entry("statusReason", "Chờ ngân sách"),
            entry("summary", j("{'original':'vi','texts':{'vi':'Tóm tắt'}}")),
            entry(
                "title",
                j("{'original':'vi','texts':{'en':'Cooperation plan','vi':'Kế hoạch hợp tác'}}")));
  }

  @Test
  void aMinimalPlanLacksSummaryPeriodAndStatusReason() {
    CooperationPlan plan =
        CooperationPlan.draft(PLAN, PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"), null, null);

    assertThat(Snapshots.of(plan))
        .containsExactly(
            entry("code", "HCMC-IIA-2018"),
            entry("contentAreas", "[]"),
            entry("documents", "[]"),
            entry("parties", "[]"),
            entry("status", "DRAFT"),
            entry("title", j("{'original':'vi','texts':{'vi':'Kế hoạch'}}")));
  }

  // ---- activity --------------------------------------------------------------------------------

  private static ActivityDetails fullDetails() {
    return ActivityDetails.builder()
        .contentArea(5)
        .type(ActivityType.EVENT_SHOWCASE)
        .title(viEn("Tuần lễ ĐMST", "Innovation Week"))
        .description(vi("Mô tả"))
        .planned(DateSpan.parse("2018-Q4"))
        .location(new Location(CountryCode.VN, "TP.HCM", "GEM Center", true))
        .leadParty(DOST)
        .build();
  }

  @Test
  void aFullyDescribedCompletedActivityHasEveryFieldButTheStatusReason() {
    Activity week =
        Activity.propose(activityId(2), PLAN, fullDetails(), activityId(1))
            .addParticipation(
                new Participation(
                    Participant.of(DIRECTOR),
                    ParticipationRole.HEAD_OF_DELEGATION,
                    ParticipationStatus.CONFIRMED,
                    new AffiliationSnapshot(DOST, "Giám đốc")))
            .addParticipation(
                new Participation(
                    Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.INVITED, null))
            .plan(null)
            .schedule(null)
            .start(PartialDate.parse("2018-12-01"))
            .complete(null, PartialDate.parse("2018-12"));

    assertThat(Snapshots.of(week))
        .containsExactly(
            entry("actualEnd", "2018-12"),
            entry("actualStart", "2018-12-01"),
            entry("contentArea", "5"),
            entry("description", j("{'original':'vi','texts':{'vi':'Mô tả'}}")),
            entry("leadParty", DOST_ID),
            entry(
                "location",
                j("{'country':'VN','city':'TP.HCM','venue':'GEM Center','online':true}")),
            entry("parent", ACTIVITY_1),
            entry(
                "participations",
                j(
                    "[{'participant':'person:"
                        + DIRECTOR_ID
                        + "','role':'HEAD_OF_DELEGATION','status':'CONFIRMED',"
                        + "'affiliation':{'organisation':'"
                        + DOST_ID
                        + "','position':'Giám đốc'}},"
                        + "{'participant':'organisation:"
                        + IIA_ID
                        + "','role':'HOST','status':'INVITED'}]")),
            entry("plan", PLAN_ID),
            entry("planned", "2018-Q4"),
            entry("status", "COMPLETED"),
            entry(
                "title",
                j("{'original':'vi','texts':{'en':'Innovation Week','vi':'Tuần lễ ĐMST'}}")),
            entry("type", "EVENT_SHOWCASE"));
  }

  @Test
  void aPostponedActivityHasItsStatusReasonAndAnOnlineLocationHasNoPlace() {
    Activity tour =
        Activity.propose(
                activityId(3),
                PLAN,
                Fixtures.details(1, "2019-03/2019-04", "Hội thảo trực tuyến").toBuilder()
                    .location(Location.onlineOnly())
                    .build(),
                null)
            .plan(null)
            .postpone("Chờ visa");

    assertThat(Snapshots.of(tour))
        .containsExactly(
            entry("contentArea", "1"),
            entry("location", j("{'country':null,'city':null,'venue':null,'online':true}")),
            entry("participations", "[]"),
            entry("plan", PLAN_ID),
            entry("planned", "2019-03/2019-04"),
            entry("status", "POSTPONED"),
            entry("statusReason", "Chờ visa"),
            entry("title", j("{'original':'vi','texts':{'vi':'Hội thảo trực tuyến'}}")),
            entry("type", "STUDY_TOUR"));
  }

  @Test
  void aMinimalActivityLacksEveryOptionalField() {
    assertThat(Snapshots.of(Fixtures.studyTour()))
        .containsExactly(
            entry("contentArea", "1"),
            entry("participations", "[]"),
            entry("plan", PLAN_ID),
            entry("planned", "2018-11/.."),
            entry("status", "PROPOSED"),
            entry(
                "title",
                j(
                    "{'original':'vi','texts':{'vi':'Đoàn khảo sát học tập kinh nghiệm ĐMST tại Israel'}}")),
            entry("type", "STUDY_TOUR"));
  }

  // ---- shared ----------------------------------------------------------------------------------

  @Test
  void aSnapshotCannotBeChanged() {
    SortedMap<String, String> fields = Snapshots.of(Fixtures.draftPlan());

    assertThatThrownBy(() -> fields.put("status", "ACTIVE"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fields.remove("code"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSameAggregateAlwaysGivesTheSameFields() {
    assertThat(Snapshots.of(fullPlan())).isEqualTo(Snapshots.of(fullPlan()));
    assertThat(Snapshots.of(fullPerson())).isEqualTo(Snapshots.of(fullPerson()));
  }

  @Test
  void textIsTheOriginalAndTheTextsByTag() {
    assertThat(Snapshots.text(vi("Kế hoạch")))
        .isEqualTo(j("{'original':'vi','texts':{'vi':'Kế hoạch'}}"));
    assertThat(
            Snapshots.text(
                LocalizedText.of("vi", "Kế hoạch").with("he", "תוכנית").with("en", "Plan")))
        .isEqualTo(j("{'original':'vi','texts':{'en':'Plan','he':'תוכנית','vi':'Kế hoạch'}}"));
    assertThat(Snapshots.text(LocalizedText.of("EN", "Plan").with("pt-br", "Plano")))
        .isEqualTo(j("{'original':'en','texts':{'en':'Plan','pt-BR':'Plano'}}"));
    assertThat(Snapshots.text(LocalizedText.of("en", "The \"plan\" \\ 2018")))
        .isEqualTo("{\"original\":\"en\",\"texts\":{\"en\":\"The \\\"plan\\\" \\\\ 2018\"}}");
  }

  @Test
  void ofAnyTakesEachKindOfAggregate() {
    Organisation organisation = fullOrganisation();
    Person person = fullPerson();
    CooperationPlan plan = fullPlan();
    Activity activity = Fixtures.innovationWeek();

    assertThat(Snapshots.ofAny(organisation)).isEqualTo(Snapshots.of(organisation));
    assertThat(Snapshots.ofAny(person)).isEqualTo(Snapshots.of(person));
    assertThat(Snapshots.ofAny(plan)).isEqualTo(Snapshots.of(plan));
    assertThat(Snapshots.ofAny(activity)).isEqualTo(Snapshots.of(activity));
  }

  @Test
  void ofAnyRefusesWhatTheHistoryDoesNotRecord() {
    violation(() -> Snapshots.ofAny("a plan"), "aggregate", Violation.OUT_OF_RANGE);
    violation(() -> Snapshots.ofAny(null), "aggregate", Violation.REQUIRED);
    violation(() -> Snapshots.ofAny(PLAN), "aggregate", Violation.OUT_OF_RANGE);
    violation(
        () -> Snapshots.ofAny(new ContentArea(1, vi("Chính sách"))),
        "aggregate",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void aPlansAccessIsItsVisibilityAndItsGrantsInOrder() {
    PlanAccess access =
        PlanAccess.ForAdapters.restore(
            PLAN,
            Visibility.OPEN,
            List.of(
                Grant.of(Principal.person(DIRECTOR), PlanRole.ADMINISTRATOR),
                new Grant(Principal.staffOf(DOST), PlanRole.COORDINATOR, Set.of(3, 1))),
            4);

    assertThat(Snapshots.of(access))
        .containsExactly(
            entry(
                "grants",
                "[{\"principal\":\"person:"
                    + DIRECTOR
                    + "\",\"role\":\"ADMINISTRATOR\",\"areas\":[]},"
                    + "{\"principal\":\"staff:"
                    + DOST
                    + "\",\"role\":\"COORDINATOR\",\"areas\":[1,3]}]"),
            entry("visibility", "OPEN"))
        .isUnmodifiable();
    assertThat(Snapshots.ofAny(access)).isEqualTo(Snapshots.of(access));
    assertThat(Snapshots.of(PlanAccess.of(PLAN, List.of())))
        .containsExactly(entry("grants", "[]"), entry("visibility", "RESTRICTED"));
  }
}
