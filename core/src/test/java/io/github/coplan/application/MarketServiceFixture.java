package io.github.coplan.application;

import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.AGRI;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.PRECISION;
import static io.github.coplan.testing.MarketFixtures.SENSORS;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import io.github.coplan.testing.SettableClock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * The marketplace of the service tests: the water taxonomy loaded, four organisations (a Saigon
 * water company and the Department of Science and Technology in Viet Nam, two Israeli firms), their
 * staff, a plan with content areas 5 and 6, a licence document and a matchmaking activity in area
 * 6, and people who edit area 6, area 5, only view the plan, or are strangers to all of it.
 */
abstract class MarketServiceFixture {

  /** The clock's day. */
  static final LocalDate TODAY = LocalDate.of(2019, 3, 1);

  /** The licence the plan holds as a document. */
  static final URI LICENCE = URI.create("https://example.org/licence-2019.pdf");

  final FakeStorage storage = new FakeStorage();
  final SequentialIds ids = new SequentialIds();
  final SettableClock clock = new SettableClock(noonOf(TODAY));
  final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);

  Organisation saigon;
  Organisation dost;
  Organisation aqua;
  Organisation negev;

  /** Staff of Saigon water since 2019-01-01. */
  Person lan;

  /** Staff of Aqua. */
  Person avi;

  /** Staff of Saigon water until 2019-02-28. */
  Person former;

  /** Coordinator of the plan's content area 6. */
  Person editor;

  /** Coordinator of the plan's content area 5. */
  Person editor5;

  /** Viewer of the plan. */
  Person viewer;

  /** No affiliation, no grant. */
  Person stranger;

  CooperationPlan plan;
  Activity matchmaking;

  static Instant noonOf(LocalDate day) {
    return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  static Category category(CategoryCode code, @Nullable CategoryCode parent, String name) {
    return new Category(code, parent, vi(name));
  }

  @BeforeEach
  void openTheMarket() {
    system
        .market()
        .loadTaxonomy(
            new LoadTaxonomy(
                List.of(
                    category(WATER, null, "Nước"),
                    category(AGRI, null, "Nông nghiệp"),
                    category(TREATMENT, WATER, "Xử lý nước"),
                    category(SENSORS, WATER, "Cảm biến"),
                    category(PRECISION, AGRI, "Nông nghiệp chính xác"),
                    category(UV, TREATMENT, "Khử trùng UV"),
                    category(MEMBRANE, TREATMENT, "Màng lọc"))));
    saigon = organisation("Công ty Cấp nước Sài Gòn", CountryCode.VN);
    dost = organisation("Sở KH&CN TP.HCM", CountryCode.VN);
    aqua = organisation("Aqua Ltd", CountryCode.IL);
    negev = organisation("Negev Water", CountryCode.IL);
    lan =
        person("Nguyễn Thị Lan", new Affiliation(saigon.id(), "Kỹ sư", TODAY.minusMonths(2), null));
    avi = person("Avi Cohen", new Affiliation(aqua.id(), "CTO", null, null));
    former =
        person(
            "Trần Văn Cũ",
            new Affiliation(saigon.id(), "Kỹ sư", TODAY.minusYears(2), TODAY.minusDays(1)));
    editor = person("Lê Biên Tập");
    editor5 = person("Phạm Năm");
    viewer = person("Hồ Xem");
    stranger = person("Người Lạ");
    plan =
        system.plans().draft(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch hợp tác")));
    system.plans().addContentArea(new AddContentArea(plan.id(), new ContentArea(5, vi("Sự kiện"))));
    system
        .plans()
        .addContentArea(
            new AddContentArea(plan.id(), new ContentArea(6, vi("Cung cầu công nghệ"))));
    plan =
        system
            .plans()
            .addDocument(
                new AddDocument(
                    plan.id(),
                    new PlanDocument(DocumentType.AGREEMENT, vi("Giấy phép"), LICENCE, null)));
    grant(editor, PlanRole.COORDINATOR, 6);
    grant(editor5, PlanRole.COORDINATOR, 5);
    grant(viewer, PlanRole.VIEWER);
    matchmaking =
        system
            .activities()
            .propose(new ProposeActivity(plan.id(), details(6, "2019-03", "Kết nối cung cầu")));
  }

  Organisation organisation(String name, CountryCode country) {
    return system
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(vi(name))
                    .type(OrganisationType.PRIVATE_SECTOR)
                    .country(country)
                    .build()));
  }

  Person person(String name, Affiliation... affiliations) {
    return system
        .people()
        .register(
            new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of(affiliations)));
  }

  void grant(Person person, PlanRole role, Integer... areas) {
    system
        .plans()
        .grant(
            new GrantRole(
                plan.id(),
                new Grant(
                    Principal.person(person.id()), role, new LinkedHashSet<>(List.of(areas)))));
  }

  Services as(Person person) {
    return Services.create(storage, clock, ids, Actor.person(person.id()), true);
  }

  void setToday(LocalDate day) {
    clock.set(noonOf(day));
  }

  /** A draft of the application's, part of no plan. */
  TechnologyProfile draft(Organisation owner, Person contact, ProfileContent.Builder content) {
    return system.market().draft(DraftProfile.of(owner.id(), contact.id(), content.build()));
  }

  /** A draft of the application's, in a content area of the plan (or of none). */
  TechnologyProfile draftIn(
      @Nullable Integer area, Organisation owner, Person contact, ProfileContent.Builder content) {
    return system
        .market()
        .draft(new DraftProfile(owner.id(), contact.id(), plan.id(), area, content.build()));
  }

  /** A profile the application drafted and published today, part of no plan. */
  TechnologyProfile published(Organisation owner, Person contact, ProfileContent.Builder content) {
    return publish(draft(owner, contact, content));
  }

  TechnologyProfile publish(TechnologyProfile draft) {
    return system.market().changeStatus(ChangeProfileStatus.publish(draft.id()));
  }

  /** The records of an aggregate, newest first. */
  List<ChangeRecord> history(AggregateRef ref) {
    return storage.readOnly(r -> r.history().ofAggregate(ref, Long.MAX_VALUE, 100));
  }

  List<ChangeRecord> history(ProfileId id) {
    return history(AggregateRef.of(id));
  }

  List<ChangeRecord> history(IntroductionId id) {
    return history(AggregateRef.of(id));
  }

  /** What a refusal must leave as it was: the market as stored, the history and the commits. */
  record State(
      List<Category> taxonomy,
      List<TechnologyProfile> profiles,
      TreeMap<String, Introduction> introductions,
      int records,
      int commits) {}

  State state() {
    return storage.readOnly(
        r -> {
          List<TechnologyProfile> profiles = r.market().searchProfiles(ProfileQuery.all(1000));
          TreeMap<String, Introduction> introductions = new TreeMap<>();
          for (TechnologyProfile p : profiles) {
            for (Introduction i : r.market().introductionsOf(p.id())) {
              introductions.put(i.id().toString(), i);
            }
          }
          return new State(
              r.market().taxonomy(), profiles, introductions, storage.records(), storage.commits());
        });
  }

  /**
   * Runs a call that must be refused with an error of exactly this class and message, and checks
   * that it changed nothing.
   *
   * @return the error
   */
  <T extends Throwable> T refused(ThrowingCallable call, Class<T> type, String message) {
    State before = state();
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(type).hasMessage(message);
    assertThat(state()).isEqualTo(before);
    return type.cast(thrown);
  }

  static Set<String> fieldsOf(ChangeRecord record) {
    Set<String> fields = new LinkedHashSet<>();
    record.changes().forEach(c -> fields.add(c.field()));
    return fields;
  }
}
