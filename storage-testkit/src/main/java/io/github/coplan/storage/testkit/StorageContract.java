package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The base of every storage contract: a fresh, empty {@link Storage} per test, made by {@link
 * #createStorage()} before each test and closed after it, a {@link Coplan} over it on a fixed
 * clock, and the fixtures the contracts share (the organisations, people and plan of the Ho Chi
 * Minh City – Israel cooperation plan, with Vietnamese, Hebrew and English text).
 *
 * <p>An adapter does not extend this class directly but each contract class of this package; see
 * the package documentation. JUnit makes one instance per test method, so instances are not shared
 * between threads except where a test starts threads itself.
 */
@Timeout(value = StorageContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
public abstract class StorageContract {

  /**
   * How long one test of the suite may take, its set-up included, before it fails: generous (the
   * slowest tests, on PostgreSQL on a small machine, take a few seconds), so that a store that
   * hangs or pages for ever fails the test rather than the build. A subclass may set its own {@link
   * Timeout}.
   */
  public static final long TIMEOUT_SECONDS = 60;

  /** The instant the clock stands at: the morning the plan was discussed, 15 August 2018. */
  protected static final Instant NOW = Instant.parse("2018-08-15T02:00:00Z");

  /** The fixed clock every {@link Coplan} of the contracts runs on. */
  protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /**
   * The most pages any walk over a search may take in the suite (the largest store of the suite
   * holds a few thousand activities, a few pages of the largest size): more means the store does
   * not page forward.
   */
  protected static final int MAX_PAGES = 1_000;

  /** The plan's title in Vietnamese, its original language. */
  protected static final String PLAN_TITLE_VI =
      "Kế hoạch hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo giai đoạn 2018 - 2021";

  /** The plan's title in English. */
  protected static final String PLAN_TITLE_EN =
      "Cooperation plan to promote innovative start-ups, 2018–2021";

  /** The plan's title in Hebrew. */
  protected static final String PLAN_TITLE_HE = "תוכנית שיתוף פעולה לקידום יזמות חדשנית, 2018–2021";

  /** The actor the contract's commands act as: {@code system:contract}. */
  protected static final Actor ACTOR = Actor.system("contract");

  private final ConcurrentLinkedQueue<UUID> issued = new ConcurrentLinkedQueue<>();
  private final IdSource timeOrdered = IdSource.timeOrdered(CLOCK);
  private final IdSource ids =
      () -> {
        UUID id = timeOrdered.nextId();
        issued.add(id);
        return id;
      };
  private @Nullable Storage storage;
  private @Nullable Coplan coplan;
  private @Nullable UseCases uses;

  /** For subclasses. */
  protected StorageContract() {}

  /**
   * Makes the store under test: new, empty and open. Called once before each test; the store is
   * closed after it.
   *
   * @return a fresh, empty store
   */
  protected abstract Storage createStorage();

  /** Opens a fresh store for the next test. */
  @BeforeEach
  protected final void openStorage() {
    storage = Objects.requireNonNull(createStorage(), "createStorage() returned null");
  }

  /** Closes the test's store. */
  @AfterEach
  protected final void closeStorage() {
    Storage s = storage;
    storage = null;
    coplan = null;
    uses = null;
    if (s != null) {
      s.close();
    }
  }

  // ---- access --------------------------------------------------------------------------------

  /**
   * The store of the running test.
   *
   * @return the store
   */
  protected final Storage storage() {
    return Objects.requireNonNull(storage, "no store: the test is not running");
  }

  /**
   * The use cases over the store of the running test, on {@link #CLOCK}, with ids from {@link
   * #nextId()}, acting as {@link #ACTOR}.
   *
   * @return the use cases
   */
  protected final UseCases coplan() {
    if (uses == null) {
      uses = entryPoint().actingAs(ACTOR);
    }
    return uses;
  }

  /**
   * Coplan over the store of the running test, on {@link #CLOCK}, with ids from {@link #nextId()};
   * not to be closed: the store is the test's.
   *
   * @return the entry point
   */
  protected final Coplan entryPoint() {
    if (coplan == null) {
      coplan = Coplan.builder().storage(storage()).clock(CLOCK).idSource(ids).build();
    }
    return coplan;
  }

  /**
   * A new time-ordered id: each is larger than every id issued before it in this test. Every id
   * issued here, and by {@link #coplan()}, is remembered by {@link #snapshot()}.
   *
   * @return the id
   */
  protected final UUID nextId() {
    return ids.nextId();
  }

  /**
   * Runs a read-write unit of work.
   *
   * @param work the work
   * @param <T> what it returns
   * @return what it returned
   */
  protected final <T extends @Nullable Object> T write(UnitOfWork<T> work) {
    return storage().inTransaction(work);
  }

  /**
   * Runs a read-only unit of work.
   *
   * @param work the work
   * @param <T> what it returns
   * @return what it returned
   */
  protected final <T extends @Nullable Object> T read(UnitOfWork<T> work) {
    return storage().readOnly(work);
  }

  // ---- storing and finding -------------------------------------------------------------------

  /**
   * Inserts an organisation in its own unit.
   *
   * @param organisation a new organisation
   * @return the stored organisation
   */
  protected final Organisation insert(Organisation organisation) {
    return write(r -> r.organisations().insert(organisation));
  }

  /**
   * Inserts a person in its own unit.
   *
   * @param person a new person
   * @return the stored person
   */
  protected final Person insert(Person person) {
    return write(r -> r.people().insert(person));
  }

  /**
   * Inserts a plan in its own unit.
   *
   * @param plan a new plan
   * @return the stored plan
   */
  protected final CooperationPlan insert(CooperationPlan plan) {
    return write(r -> r.plans().insert(plan));
  }

  /**
   * Inserts an activity in its own unit.
   *
   * @param activity a new activity
   * @return the stored activity
   */
  protected final Activity insert(Activity activity) {
    return write(r -> r.activities().insert(activity));
  }

  /**
   * Reads an organisation that must exist.
   *
   * @param id its id
   * @return the stored organisation
   */
  protected final Organisation stored(OrganisationId id) {
    return read(r -> r.organisations().findById(id))
        .orElseThrow(() -> new AssertionError("no organisation " + id));
  }

  /**
   * Reads a person who must exist.
   *
   * @param id the id
   * @return the stored person
   */
  protected final Person stored(PersonId id) {
    return read(r -> r.people().findById(id))
        .orElseThrow(() -> new AssertionError("no person " + id));
  }

  /**
   * Reads a plan that must exist.
   *
   * @param id its id
   * @return the stored plan
   */
  protected final CooperationPlan stored(PlanId id) {
    return read(r -> r.plans().findById(id)).orElseThrow(() -> new AssertionError("no plan " + id));
  }

  /**
   * Reads an activity that must exist.
   *
   * @param id its id
   * @return the stored activity
   */
  protected final Activity stored(ActivityId id) {
    return read(r -> r.activities().findById(id))
        .orElseThrow(() -> new AssertionError("no activity " + id));
  }

  /**
   * Finds an organisation in its own read-only unit.
   *
   * @param id the id
   * @return the organisation, if stored
   */
  protected final Optional<Organisation> findOrganisation(OrganisationId id) {
    return read(r -> r.organisations().findById(id));
  }

  /**
   * Finds an organisation by an identifier in its own read-only unit.
   *
   * @param identifier the identifier
   * @return the organisation, if stored
   */
  protected final Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
    return read(r -> r.organisations().findByIdentifier(identifier));
  }

  /**
   * Finds a person in its own read-only unit.
   *
   * @param id the id
   * @return the person, if stored
   */
  protected final Optional<Person> findPerson(PersonId id) {
    return read(r -> r.people().findById(id));
  }

  /**
   * Finds a plan in its own read-only unit.
   *
   * @param id the id
   * @return the plan, if stored
   */
  protected final Optional<CooperationPlan> findPlan(PlanId id) {
    return read(r -> r.plans().findById(id));
  }

  /**
   * Finds a plan by code in its own read-only unit.
   *
   * @param code the code
   * @return the plan, if stored
   */
  protected final Optional<CooperationPlan> findPlanByCode(String code) {
    return read(r -> r.plans().findByCode(PlanCode.of(code)));
  }

  /**
   * Finds an activity in its own read-only unit.
   *
   * @param id the id
   * @return the activity, if stored
   */
  protected final Optional<Activity> findActivity(ActivityId id) {
    return read(r -> r.activities().findById(id));
  }

  /**
   * Every activity in the store, walking the pages of a search without filters in creation order.
   *
   * @param r the repositories of a unit
   * @return every activity, by id
   */
  protected static List<Activity> allActivities(Repositories r) {
    List<Activity> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ActivityQuery query =
          ActivityQuery.builder()
              .sort(ActivitySort.by(ActivitySort.Field.CREATED, ActivitySort.Direction.ASC))
              .pageSize(ActivityQuery.MAX_PAGE_SIZE)
              .after(cursor)
              .build();
      Page<Activity> page = r.activities().search(query);
      all.addAll(page.items());
      String next = page.nextCursor();
      checkPaging(++pages, cursor, next);
      cursor = next;
    } while (cursor != null);
    return all;
  }

  /**
   * One step of a walk over the pages of a search, checked: the walk fails, with a message that
   * says why, when a page hands back the cursor it was asked with (a store that ignores the cursor
   * would page for ever) or when the walk has taken more than {@link #MAX_PAGES} pages. Every loop
   * of the suite over pages calls this once per page.
   *
   * @param pagesWalked the pages walked so far, this one included
   * @param asked the cursor this page was asked with, null for the first page
   * @param next the page's next cursor, null on the last page
   */
  protected static void checkPaging(
      int pagesWalked, @Nullable String asked, @Nullable String next) {
    if (next != null && next.equals(asked)) {
      fail(
          "page %d of a search handed back the cursor it was asked with (%s): the store ignores the cursor",
          pagesWalked, next);
    }
    if (pagesWalked > MAX_PAGES) {
      fail(
          "a search went on for more than %d pages: the store does not advance past its cursor",
          MAX_PAGES);
    }
  }

  /**
   * Everything the store holds that this test can name: every aggregate under every id issued by
   * {@link #nextId()} (and so by {@link #coplan()}), each plan also by its code and by its access,
   * each organisation also by each identifier, each plan's progress as of the clock's day and its
   * results and their observations, every activity a search finds, and the history of every id and
   * the feed of every plan id. Two equal snapshots mean nothing visible changed in between.
   *
   * @return the state, keyed by a readable name
   */
  protected final Map<String, Object> snapshot() {
    return snapshot(List.copyOf(issued));
  }

  /**
   * What {@link #snapshot()} holds, under the given ids only (and every activity a search finds):
   * for a test that issues many ids and knows which of them a call could touch.
   *
   * @param known the ids to look under
   * @return the state, keyed by a readable name
   */
  protected final Map<String, Object> snapshot(List<UUID> known) {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    return read(
        r -> {
          Map<String, Object> state = new TreeMap<>();
          for (UUID id : known) {
            r.organisations()
                .findById(new OrganisationId(id))
                .ifPresent(
                    o -> {
                      state.put("organisation " + id, o);
                      for (ExternalIdentifier identifier : o.profile().identifiers()) {
                        state.put(
                            "organisation identifier " + identifier,
                            r.organisations().findByIdentifier(identifier));
                      }
                    });
            r.people().findById(new PersonId(id)).ifPresent(p -> state.put("person " + id, p));
            r.access().findByPlan(new PlanId(id)).ifPresent(a -> state.put("access " + id, a));
            r.plans()
                .findById(new PlanId(id))
                .ifPresent(
                    p -> {
                      state.put("plan " + id, p);
                      state.put("plan code " + p.code(), r.plans().findByCode(p.code()));
                      state.put("results " + id, r.results().resultsOf(p.id()));
                      state.put("observations " + id, r.results().observationsOfPlan(p.id()));
                      state.put(
                          "progress " + id,
                          r.activities()
                              .progress(new ProgressQuery(p.id(), today, today.plusYears(5))));
                    });
            r.activities()
                .findById(new ActivityId(id))
                .ifPresent(a -> state.put("activity " + id, a));
            r.market().findProfile(new ProfileId(id)).ifPresent(p -> state.put("profile " + id, p));
            r.results().findResult(new ResultId(id)).ifPresent(x -> state.put("result " + id, x));
            r.results()
                .findObservation(new ObservationId(id))
                .ifPresent(o -> state.put("observation " + id, o));
            r.market()
                .findIntroduction(new IntroductionId(id))
                .ifPresent(i -> state.put("introduction " + id, i));
            for (AggregateKind kind : AggregateKind.values()) {
              List<ChangeRecord> history =
                  r.history().ofAggregate(new AggregateRef(kind, id), Long.MAX_VALUE, 10_000);
              if (!history.isEmpty()) {
                state.put("history " + kind + " " + id, history);
              }
            }
            List<ChangeRecord> feed = r.history().ofPlan(new PlanId(id), 0, 10_000);
            if (!feed.isEmpty()) {
              state.put("feed " + id, feed);
            }
          }
          state.put("search", allActivities(r));
          state.put("taxonomy", r.market().taxonomy());
          return state;
        });
  }

  // ---- asserting -----------------------------------------------------------------------------

  /**
   * Runs a call that must fail with an error of a type and leave the store as it was.
   *
   * @param type the expected error type
   * @param call the call
   * @param <E> the error type
   * @return the error, for more assertions
   */
  protected final <E extends Throwable> E assertRefused(Class<E> type, ThrowingCallable call) {
    Map<String, Object> before = snapshot();
    E error = thrown(type, call);
    assertThat(snapshot()).as("the store after the refused call").isEqualTo(before);
    return error;
  }

  /**
   * Runs a call that must be refused by a domain rule and leave the store as it was.
   *
   * @param rule the rule that must refuse it
   * @param call the call
   * @return the error
   */
  protected final RuleViolationException assertRuleRefused(RuleCode rule, ThrowingCallable call) {
    RuleViolationException e = assertRefused(RuleViolationException.class, call);
    assertThat(e.rule()).as("the rule").isEqualTo(rule);
    assertThat(e.code()).isEqualTo(rule.code());
    return e;
  }

  /**
   * Runs a call that must be refused as invalid input, with exactly the given violations, and leave
   * the store as it was.
   *
   * @param call the call
   * @param pathsAndCodes the expected violations as {@code "path:code"}, in order
   * @return the error
   */
  protected final InvalidInputException assertInvalid(
      ThrowingCallable call, String... pathsAndCodes) {
    InvalidInputException e = assertRefused(InvalidInputException.class, call);
    assertViolations(e, pathsAndCodes);
    return e;
  }

  /**
   * Asserts the exact violations of an invalid-input error.
   *
   * @param e the error
   * @param pathsAndCodes the expected violations as {@code "path:code"}, in order
   */
  protected static void assertViolations(InvalidInputException e, String... pathsAndCodes) {
    assertThat(e.code()).isEqualTo(InvalidInputException.CODE);
    assertThat(e.violations().stream().map(v -> v.path() + ":" + v.code()).toList())
        .as("violations of: %s", e.getMessage())
        .containsExactly(pathsAndCodes);
  }

  /**
   * Runs a call that must throw an error of a type.
   *
   * @param type the expected type
   * @param call the call
   * @param <E> the type
   * @return the error
   */
  protected static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable call) {
    try {
      call.call();
    } catch (Throwable t) {
      assertThat(t).as("the error thrown").isInstanceOf(type);
      return type.cast(t);
    }
    return fail("expected %s, but nothing was thrown", type.getSimpleName());
  }

  // ---- fixtures ------------------------------------------------------------------------------

  /**
   * Text in Vietnamese (the original) and English.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @return the localized text
   */
  protected static LocalizedText viEn(String vi, String en) {
    return LocalizedText.of("vi", Map.of("vi", vi, "en", en));
  }

  /**
   * Text in Vietnamese (the original), English and Hebrew.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @param he the Hebrew text
   * @return the localized text
   */
  protected static LocalizedText viEnHe(String vi, String en, String he) {
    return LocalizedText.of("vi", Map.of("vi", vi, "en", en, "he", he));
  }

  /**
   * Text in English only.
   *
   * @param en the text
   * @return the localized text
   */
  protected static LocalizedText en(String en) {
    return LocalizedText.of("en", en);
  }

  /**
   * A plan drafted through the use cases, its period 2018 to 2021, with content areas 1 and 2.
   *
   * @param code the plan's code
   * @return its id
   * @since 0.5.0
   */
  protected final PlanId draftPlanWithTwoAreas(String code) {
    PlanId id =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), viEn("Kế hoạch " + code, "Plan " + code))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    for (int area = 1; area <= 2; area++) {
      coplan()
          .plans()
          .addContentArea(new AddContentArea(id, new ContentArea(area, contentAreaTitle(area))));
    }
    return id;
  }

  /**
   * The title of one of the seven content areas, in Vietnamese and English.
   *
   * @param number 1 to 7
   * @return the title
   */
  protected static LocalizedText contentAreaTitle(int number) {
    return switch (number) {
      case 1 ->
          viEn(
              "Nghiên cứu xây dựng chính sách thúc đẩy hoạt động ĐMST",
              "Research and build policies that promote innovation");
      case 2 ->
          viEn(
              "Đào tạo quản trị khai thác tài sản trí tuệ và thương mại hóa kết quả nghiên cứu khoa học trong trường ĐH",
              "Training in managing and exploiting intellectual property and commercialising university research results");
      case 3 -> viEn("Đào tạo quản trị vườn ươm", "Training in incubator management");
      case 4 -> viEn("Trao đổi các startup", "Exchange of start-ups");
      case 5 ->
          viEn(
              "Tham gia các hoạt động, sự kiện lớn về khởi nghiệp ĐMST hàng năm ở 2 nước",
              "Taking part in each country's big annual start-up and innovation activities and events");
      case 6 ->
          viEn(
              "Kết nối cung cầu công nghệ trên Sàn giao dịch công nghệ và các Chợ công nghệ",
              "Connecting technology supply and demand on the Technology Exchange and Technology Markets");
      case 7 ->
          viEn(
              "Mời chuyên gia hỗ trợ thành phố trong hoạt động ĐMST",
              "Inviting experts to support the city's innovation activities");
      default -> throw new AssertionError("the plan has no content area " + number);
    };
  }

  /**
   * The Department of Science and Technology of Ho Chi Minh City, with every optional part.
   *
   * @return the profile
   */
  protected static OrganisationProfile dostHcmcProfile() {
    return OrganisationProfile.builder()
        .name(
            viEnHe(
                "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
                "Department of Science and Technology of Ho Chi Minh City",
                "מחלקת המדע והטכנולוגיה של הו צ'י מין סיטי"))
        .acronym("DOST HCMC")
        .alternativeName("Sở KH&CN TP.HCM")
        .alternativeName("DOST Hồ Chí Minh")
        .type(OrganisationType.LOCAL_GOVERNMENT)
        .country(CountryCode.VN)
        .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
        .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
        .website(URI.create("https://dost.hochiminhcity.gov.vn"))
        .build();
  }

  /**
   * The Israel Innovation Authority; its name's original language is Hebrew.
   *
   * @return the profile
   */
  protected static OrganisationProfile israelInnovationAuthorityProfile() {
    return OrganisationProfile.builder()
        .name(
            LocalizedText.of(
                "he",
                Map.of(
                    "he", "רשות החדשנות",
                    "en", "Israel Innovation Authority",
                    "vi", "Cơ quan Đổi mới Sáng tạo Israel")))
        .acronym("IIA")
        .type(OrganisationType.GOVERNMENT)
        .country(CountryCode.IL)
        .identifier(ExternalIdentifier.of("IL-GOV", "IIA"))
        .website(URI.create("https://innovationisrael.org.il"))
        .build();
  }

  /**
   * The Embassy of Israel in Viet Nam, based in Viet Nam.
   *
   * @return the profile
   */
  protected static OrganisationProfile embassyOfIsraelProfile() {
    return OrganisationProfile.builder()
        .name(
            LocalizedText.of(
                "he",
                Map.of(
                    "he", "שגרירות ישראל בווייטנאם",
                    "en", "Embassy of Israel in Viet Nam",
                    "vi", "Đại sứ quán Israel tại Việt Nam")))
        .type(OrganisationType.GOVERNMENT)
        .country(CountryCode.VN)
        .build();
  }

  /**
   * An organisation with nothing but a name, a type and a country.
   *
   * @param name the English name
   * @param type the type
   * @param country the country
   * @return the profile
   */
  protected static OrganisationProfile organisationProfile(
      String name, OrganisationType type, CountryCode country) {
    return OrganisationProfile.builder().name(en(name)).type(type).country(country).build();
  }

  /**
   * A new organisation with a fresh id.
   *
   * @param profile what describes it
   * @return the organisation, version 0
   */
  protected final Organisation newOrganisation(OrganisationProfile profile) {
    return Organisation.register(new OrganisationId(nextId()), profile);
  }

  /**
   * A new person with a fresh id.
   *
   * @param profile what describes the person
   * @param affiliations the affiliations, in order
   * @return the person, version 0
   */
  protected final Person newPerson(PersonProfile profile, Affiliation... affiliations) {
    return Person.register(new PersonId(nextId()), profile, List.of(affiliations));
  }

  /**
   * A person with nothing but a name and a country.
   *
   * @param name the name
   * @param country the country
   * @return the person, version 0
   */
  protected final Person newPerson(String name, CountryCode country) {
    return newPerson(PersonProfile.of(name, country));
  }

  /**
   * A new draft plan with a fresh id, the trilingual title, a summary and the period 2018 to 2021.
   *
   * @param code the code
   * @return the plan, version 0
   */
  protected final CooperationPlan newPlan(String code) {
    return CooperationPlan.draft(
        new PlanId(nextId()),
        PlanCode.of(code),
        viEnHe(PLAN_TITLE_VI, PLAN_TITLE_EN, PLAN_TITLE_HE),
        viEn(
            "Thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo (ĐMST).",
            "Promote innovative start-up activity."),
        DateSpan.parse("2018/2021"));
  }

  /**
   * Activity details with the given parts and nothing optional.
   *
   * @param contentArea the content-area number
   * @param type the type
   * @param title the title
   * @param planned the planned span in its text form, for example {@code "2018-11/.."}
   * @return the details
   */
  protected static ActivityDetails details(
      int contentArea, ActivityType type, LocalizedText title, String planned) {
    return ActivityDetails.builder()
        .contentArea(contentArea)
        .type(type)
        .title(title)
        .planned(DateSpan.parse(planned))
        .build();
  }

  /**
   * A new proposed activity with a fresh id and no parent.
   *
   * @param plan the plan
   * @param details what describes it
   * @return the activity, version 0
   */
  protected final Activity newActivity(PlanId plan, ActivityDetails details) {
    return Activity.propose(new ActivityId(nextId()), plan, details, null);
  }

  /**
   * A new activity with a fresh id, in any status, as a store could hold it: for repository tests
   * that need statuses, actual dates and participations without walking the lifecycle.
   *
   * @param plan the plan
   * @param details what describes it
   * @param status its status
   * @param actualStart the actual start, or null
   * @param actualEnd the actual end, or null
   * @param reason the status reason, or null
   * @param participations its participations
   * @return the activity, version 0
   */
  protected final Activity newActivity(
      PlanId plan,
      ActivityDetails details,
      ActivityStatus status,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable String reason,
      List<Participation> participations) {
    return Activity.ForAdapters.restore(
        new ActivityId(nextId()),
        plan,
        details,
        null,
        status,
        actualStart,
        actualEnd,
        reason,
        participations,
        0);
  }

  /**
   * The ids of a list of activities, in order.
   *
   * @param activities the activities
   * @return their ids
   */
  protected static List<ActivityId> idsOf(List<Activity> activities) {
    return activities.stream().map(Activity::id).toList();
  }

  /**
   * A list in reverse order.
   *
   * @param list the list
   * @param <T> the element type
   * @return a new list, last element first
   */
  protected static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return List.copyOf(copy);
  }
}
