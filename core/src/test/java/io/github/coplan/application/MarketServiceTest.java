package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.AGRI;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.PRECISION;
import static io.github.coplan.testing.MarketFixtures.SENSORS;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.testing.SequentialIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The taxonomy and technology profiles through the use cases: who may draft, change and see a
 * profile, each refusal with its exact error and nothing changed, and the records each change
 * writes.
 */
class MarketServiceTest extends MarketServiceFixture {

  private static final CategoryCode UNKNOWN = CategoryCode.of("09");

  private static String denied(Person who, TechnologyProfile p) {
    return denied(who, p.id(), p.owner());
  }

  private static String denied(Person who, ProfileId profile, OrganisationId owner) {
    return "person:"
        + who.id()
        + " lacks the permission EDIT_ACTIVITIES on profile "
        + profile
        + " of organisation "
        + owner;
  }

  /** The id the next draft gets; asking for it takes one id from the source. */
  private ProfileId nextProfileId() {
    return new ProfileId(
        SequentialIds.nth((ids.nextId().getLeastSignificantBits() & 0xFFFF_FFFFL) + 1));
  }

  private static String notFound(String kind, Object id) {
    return new NotFoundException(kind, id.toString()).getMessage();
  }

  // ---- the taxonomy ----------------------------------------------------------------------------

  @Test
  void theTaxonomyComesRootsFirstThenByDepthAndCode() {
    assertThat(system.market().taxonomy())
        .extracting(Category::code)
        .containsExactly(WATER, AGRI, TREATMENT, SENSORS, PRECISION, MEMBRANE, UV);
    assertThat(as(stranger).market().taxonomy()).isEqualTo(system.market().taxonomy());
  }

  @Test
  void loadingRenamesAStoredCategoryAndAddsChildrenAfterTheirParents() {
    CategoryCode drip = CategoryCode.of("03001001");
    CategoryCode soil = CategoryCode.of("03002");
    int records = storage.records();

    List<Category> loaded =
        system
            .market()
            .loadTaxonomy(
                new LoadTaxonomy(
                    List.of(
                        category(soil, AGRI, "Đất"),
                        category(drip, PRECISION, "Tưới nhỏ giọt"),
                        category(MEMBRANE, TREATMENT, "Màng lọc nano"),
                        category(WATER, null, "Nước sạch"))));

    assertThat(loaded)
        .extracting(Category::code)
        .containsExactly(WATER, AGRI, TREATMENT, SENSORS, PRECISION, soil, MEMBRANE, UV, drip);
    assertThat(loaded.get(0).name()).isEqualTo(vi("Nước sạch"));
    assertThat(loaded.get(6)).isEqualTo(category(MEMBRANE, TREATMENT, "Màng lọc nano"));
    assertThat(system.market().taxonomy()).isEqualTo(loaded);
    assertThat(storage.records()).as("the taxonomy is not recorded").isEqualTo(records);
  }

  @Test
  void aCategoryWhoseParentIsNeitherStoredNorEarlierLoadsNothing() {
    CategoryCode child = CategoryCode.of("09001");

    refused(
        () ->
            system
                .market()
                .loadTaxonomy(
                    new LoadTaxonomy(
                        List.of(
                            category(CategoryCode.of("04"), null, "Năng lượng"),
                            category(child, UNKNOWN, "Con"),
                            category(UNKNOWN, null, "Cha")))),
        RuleViolationException.class,
        "category.parent-unknown: the parent 09 of category 09001 is not in the taxonomy");
    assertThat(
            system
                .market()
                .loadTaxonomy(
                    new LoadTaxonomy(
                        List.of(category(UNKNOWN, null, "Cha"), category(child, UNKNOWN, "Con")))))
        .extracting(Category::code)
        .contains(UNKNOWN, child);
  }

  @Test
  void aStoredCategoryKeepsItsParent() {
    refused(
        () ->
            system
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(category(TREATMENT, AGRI, "Xử lý")))),
        RuleViolationException.class,
        "category.moved: category 02006 has parent 02, not 03");
    refused(
        () ->
            system
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(category(TREATMENT, null, "Xử lý")))),
        RuleViolationException.class,
        "category.moved: category 02006 has parent 02, not null");
    refused(
        () ->
            system
                .market()
                .loadTaxonomy(
                    new LoadTaxonomy(
                        List.of(
                            category(CategoryCode.of("04"), null, "Năng lượng"),
                            category(WATER, AGRI, "Nước")))),
        RuleViolationException.class,
        "category.moved: category 02 has parent null, not 03");
  }

  @Test
  void onlyASystemActorLoadsTheTaxonomy() {
    refused(
        () ->
            as(editor)
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(category(WATER, null, "Nước")))),
        AccessDeniedException.class,
        "person:" + editor.id() + " lacks the permission LOAD_TAXONOMY on the taxonomy");
    violation(() -> system.market().loadTaxonomy(null), "command", Violation.REQUIRED);
    assertThat(
            io.github.coplan.application.internal.Services.create(
                    storage, clock, ids, Actor.system("import"), false)
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(category(WATER, null, "Thủy"))))
                .get(0)
                .name())
        .isEqualTo(vi("Thủy"));
  }

  // ---- drafting --------------------------------------------------------------------------------

  @Test
  void staffDraftAProfileOfTheirOrganisationAndItIsRecorded() {
    ProfileContent content = request().category(MEMBRANE).keyword("màng lọc").build();
    ProfileId expected = nextProfileId();

    TechnologyProfile draft =
        as(lan).market().draft(DraftProfile.of(saigon.id(), lan.id(), content));

    assertThat(draft.id()).isEqualTo(expected);
    assertThat(draft.owner()).isEqualTo(saigon.id());
    assertThat(draft.contact()).isEqualTo(lan.id());
    assertThat(draft.plan()).isNull();
    assertThat(draft.contentArea()).isNull();
    assertThat(draft.content()).isEqualTo(content);
    assertThat(draft.status()).isEqualTo(ProfileStatus.DRAFT);
    assertThat(draft.version()).isEqualTo(1);
    assertThat(system.market().get(draft.id())).isEqualTo(draft);
    List<ChangeRecord> records = history(draft.id());
    assertThat(records).hasSize(1);
    ChangeRecord drafted = records.get(0);
    assertThat(drafted.commandName()).isEqualTo("DraftProfile");
    assertThat(drafted.actor()).isEqualTo(Actor.person(lan.id()));
    assertThat(drafted.version()).isEqualTo(1);
    assertThat(drafted.plan()).isNull();
    assertThat(drafted.reason()).isNull();
    assertThat(fieldsOf(drafted))
        .containsExactly(
            "categories",
            "contact",
            "description",
            "extensionDays",
            "keywords",
            "kind",
            "openForInterest",
            "owner",
            "partnerSizes",
            "partnerTypes",
            "partnerships",
            "status",
            "summary",
            "targetCountries",
            "title");
    assertThat(drafted.change("status")).isEqualTo(new FieldChange("status", null, "DRAFT"));
    assertThat(drafted.change("categories"))
        .isEqualTo(new FieldChange("categories", null, "[\"02006003\"]"));
    assertThat(drafted.change("owner"))
        .isEqualTo(new FieldChange("owner", null, saigon.id().toString()));
  }

  @Test
  void anEditorOfTheContentAreaDraftsForAnyOrganisationInThatArea() {
    TechnologyProfile draft =
        as(editor)
            .market()
            .draft(
                new DraftProfile(negev.id(), avi.id(), plan.id(), 6, offer().category(UV).build()));

    assertThat(draft.owner()).isEqualTo(negev.id());
    assertThat(draft.plan()).isEqualTo(plan.id());
    assertThat(draft.contentArea()).isEqualTo(6);
    ChangeRecord drafted = history(draft.id()).get(0);
    assertThat(drafted.plan()).isEqualTo(plan.id());
    assertThat(drafted.change("contentArea")).isEqualTo(new FieldChange("contentArea", null, "6"));
    assertThat(drafted.change("plan"))
        .isEqualTo(new FieldChange("plan", null, plan.id().toString()));
    assertThat(system.history().feed(plan.id(), 0, 500))
        .extracting(ChangeRecord::commandName)
        .endsWith("DraftProfile");
  }

  @Test
  void aDraftNamesWhatDoesNotExist() {
    OrganisationId noOrganisation = new OrganisationId(SequentialIds.nth(900));
    PersonId nobody = new PersonId(SequentialIds.nth(901));
    PlanId noPlan = new PlanId(SequentialIds.nth(902));
    ProfileContent content = offer().build();

    refused(
        () -> system.market().draft(DraftProfile.of(noOrganisation, lan.id(), content)),
        NotFoundException.class,
        notFound("organisation", noOrganisation));
    refused(
        () -> system.market().draft(DraftProfile.of(saigon.id(), nobody, content)),
        NotFoundException.class,
        notFound("person", nobody));
    refused(
        () -> system.market().draft(new DraftProfile(saigon.id(), lan.id(), noPlan, 6, content)),
        NotFoundException.class,
        notFound("plan", noPlan));
    refused(
        () -> system.market().draft(new DraftProfile(saigon.id(), lan.id(), plan.id(), 9, content)),
        RuleViolationException.class,
        "plan.content-area-unknown: plan " + plan.id() + " has no content area 9");
    refused(
        () ->
            system
                .market()
                .draft(
                    DraftProfile.of(
                        saigon.id(), lan.id(), offer().category(MEMBRANE, UNKNOWN).build())),
        RuleViolationException.class,
        "profile.unknown-category: category 09 is not in the taxonomy");
    violation(() -> system.market().draft(null), "command", Violation.REQUIRED);
  }

  @Test
  void aPlanThePersonMayNotSeeLooksMissing() {
    refused(
        () ->
            as(lan)
                .market()
                .draft(new DraftProfile(saigon.id(), lan.id(), plan.id(), 6, offer().build())),
        NotFoundException.class,
        notFound("plan", plan.id()));
  }

  @Test
  void noneButStaffOrAnEditorOfTheAreaDrafts() {
    ProfileContent content = offer().build();
    PlanId planId = plan.id();

    for (Person who : List.of(stranger, former, viewer, editor5, avi)) {
      ProfileId next = nextProfileId();
      refused(
          () -> as(who).market().draft(DraftProfile.of(saigon.id(), lan.id(), content)),
          AccessDeniedException.class,
          denied(who, next, saigon.id()));
    }
    for (Person who : List.of(viewer, editor5)) {
      ProfileId next = nextProfileId();
      refused(
          () -> as(who).market().draft(new DraftProfile(negev.id(), avi.id(), planId, 6, content)),
          AccessDeniedException.class,
          denied(who, next, negev.id()));
    }
    ProfileId planWide = nextProfileId();
    refused(
        () ->
            as(editor)
                .market()
                .draft(new DraftProfile(negev.id(), avi.id(), planId, null, content)),
        AccessDeniedException.class,
        denied(editor, planWide, negev.id()));
    ProfileId area5 = nextProfileId();
    refused(
        () -> as(editor).market().draft(new DraftProfile(negev.id(), avi.id(), planId, 5, content)),
        AccessDeniedException.class,
        denied(editor, area5, negev.id()));
    ProfileId unknownCategory = nextProfileId();
    refused(
        () ->
            as(stranger)
                .market()
                .draft(DraftProfile.of(saigon.id(), lan.id(), offer().category(UNKNOWN).build())),
        AccessDeniedException.class,
        denied(stranger, unknownCategory, saigon.id()));
  }

  @Test
  void staffActOnTheDaysTheirAffiliationHolds() {
    Person newcomer =
        person(
            "Võ Mới",
            new io.github.coplan.domain.person.Affiliation(
                aqua.id(), "Kỹ sư", TODAY.plusDays(1), TODAY.plusDays(1)));
    ProfileContent content = offer().build();
    ProfileId today = nextProfileId();

    refused(
        () -> as(newcomer).market().draft(DraftProfile.of(aqua.id(), newcomer.id(), content)),
        AccessDeniedException.class,
        denied(newcomer, today, aqua.id()));
    setToday(TODAY.plusDays(1));
    TechnologyProfile drafted =
        as(newcomer).market().draft(DraftProfile.of(aqua.id(), newcomer.id(), content));
    setToday(TODAY.minusDays(1));
    TechnologyProfile byFormer =
        as(former).market().draft(DraftProfile.of(saigon.id(), former.id(), content));
    setToday(TODAY.plusDays(2));

    assertThat(drafted.owner()).isEqualTo(aqua.id());
    assertThat(byFormer.owner()).isEqualTo(saigon.id());
    refused(
        () -> as(newcomer).market().get(drafted.id()),
        NotFoundException.class,
        notFound("profile", drafted.id()));
  }

  // ---- revising --------------------------------------------------------------------------------

  @Test
  void aRevisionReplacesTheContentAndContactAndRecordsWhatChanged() {
    TechnologyProfile draft = draft(saigon, lan, request().category(MEMBRANE));
    ProfileContent revised = request().category(MEMBRANE, UV).keyword("uv").build();

    TechnologyProfile stored =
        as(lan).market().revise(new ReviseProfile(draft.id(), former.id(), revised, 1L));

    assertThat(stored.content()).isEqualTo(revised);
    assertThat(stored.contact()).isEqualTo(former.id());
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.status()).isEqualTo(ProfileStatus.DRAFT);
    ChangeRecord record = history(draft.id()).get(0);
    assertThat(record.commandName()).isEqualTo("ReviseProfile");
    assertThat(record.version()).isEqualTo(2);
    assertThat(record.changes())
        .containsExactly(
            new FieldChange("categories", "[\"02006003\"]", "[\"02006003\",\"02006004\"]"),
            new FieldChange("contact", lan.id().toString(), former.id().toString()),
            new FieldChange("keywords", "[]", "[\"uv\"]"));
    TechnologyProfile published = publish(stored);
    assertThat(
            system.market().revise(new ReviseProfile(draft.id(), lan.id(), revised, null)).status())
        .isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(published.version()).isEqualTo(3);
  }

  @Test
  void aRevisionIsRefusedWithoutChangingAnything() {
    TechnologyProfile draft = draft(saigon, lan, request());
    TechnologyProfile closed =
        system
            .market()
            .changeStatus(ChangeProfileStatus.close(publish(draft(aqua, avi, offer())).id()));
    ProfileId missing = new ProfileId(SequentialIds.nth(999));
    PersonId nobody = new PersonId(SequentialIds.nth(998));
    ProfileContent content = request().build();

    refused(
        () -> system.market().revise(new ReviseProfile(draft.id(), lan.id(), content, 2L)),
        ConflictException.class,
        new ConflictException("profile", draft.id().toString(), 2).getMessage());
    refused(
        () ->
            system.market().revise(new ReviseProfile(closed.id(), avi.id(), offer().build(), null)),
        RuleViolationException.class,
        "profile.illegal-transition: cannot revise profile " + closed.id() + ": it is CLOSED");
    refused(
        () -> system.market().revise(new ReviseProfile(missing, lan.id(), content, null)),
        NotFoundException.class,
        notFound("profile", missing));
    refused(
        () -> system.market().revise(new ReviseProfile(draft.id(), nobody, content, null)),
        NotFoundException.class,
        notFound("person", nobody));
    refused(
        () ->
            system
                .market()
                .revise(
                    new ReviseProfile(
                        draft.id(), lan.id(), request().category(UNKNOWN).build(), null)),
        RuleViolationException.class,
        "profile.unknown-category: category 09 is not in the taxonomy");
    refused(
        () -> as(stranger).market().revise(new ReviseProfile(draft.id(), lan.id(), content, null)),
        NotFoundException.class,
        notFound("profile", draft.id()));
    TechnologyProfile live = published(aqua, avi, offer());
    refused(
        () ->
            as(lan).market().revise(new ReviseProfile(live.id(), lan.id(), offer().build(), null)),
        AccessDeniedException.class,
        denied(lan, live));
    violation(() -> system.market().revise(null), "command", Violation.REQUIRED);
  }

  // ---- the lifecycle ---------------------------------------------------------------------------

  @Test
  void eachStepOfTheLifecycleIsDatedByTheClockAndRecorded() {
    TechnologyProfile draft = draft(saigon, lan, request());
    var market = as(lan).market();

    TechnologyProfile published =
        market.changeStatus(ChangeProfileStatus.publish(draft.id()).expecting(1));
    setToday(TODAY.plusDays(100));
    TechnologyProfile confirmed = market.changeStatus(ChangeProfileStatus.confirm(draft.id()));
    setToday(TODAY.plusDays(335));
    TechnologyProfile extended = market.changeStatus(ChangeProfileStatus.extend(draft.id(), 30));
    setToday(TODAY.plusDays(380));
    TechnologyProfile closed =
        market.changeStatus(ChangeProfileStatus.close(draft.id()).expecting(4));

    assertThat(published.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(published.publishedOn()).isEqualTo(TODAY);
    assertThat(published.version()).isEqualTo(2);
    assertThat(confirmed.confirmedOn()).isEqualTo(TODAY.plusDays(100));
    assertThat(confirmed.version()).isEqualTo(3);
    assertThat(extended.extensionDays()).isEqualTo(30);
    assertThat(extended.expiresOn()).contains(TODAY.plusDays(395));
    assertThat(extended.confirmedOn()).isEqualTo(TODAY.plusDays(335));
    assertThat(closed.status()).isEqualTo(ProfileStatus.CLOSED);
    assertThat(closed.endedOn()).isEqualTo(TODAY.plusDays(380));
    assertThat(closed.version()).isEqualTo(5);
    List<ChangeRecord> records = history(draft.id());
    assertThat(records)
        .extracting(ChangeRecord::commandName)
        .containsExactly(
            "ChangeProfileStatus.Close",
            "ChangeProfileStatus.Extend",
            "ChangeProfileStatus.Confirm",
            "ChangeProfileStatus.Publish",
            "DraftProfile");
    assertThat(records.get(3).changes())
        .containsExactly(
            new FieldChange("confirmedOn", null, TODAY.toString()),
            new FieldChange("publishedOn", null, TODAY.toString()),
            new FieldChange("status", "DRAFT", "PUBLISHED"));
    assertThat(records.get(2).changes())
        .containsExactly(
            new FieldChange("confirmedOn", TODAY.toString(), TODAY.plusDays(100).toString()));
    assertThat(records.get(1).changes())
        .containsExactly(
            new FieldChange(
                "confirmedOn", TODAY.plusDays(100).toString(), TODAY.plusDays(335).toString()),
            new FieldChange("extensionDays", "0", "30"));
    assertThat(records.get(0).changes())
        .containsExactly(
            new FieldChange("endedOn", null, TODAY.plusDays(380).toString()),
            new FieldChange("status", "PUBLISHED", "CLOSED"));
  }

  @Test
  void aDraftOrAPublishedProfileIsWithdrawnByTheClocksDay() {
    TechnologyProfile draft = draft(saigon, lan, request());
    TechnologyProfile live = published(saigon, lan, request());
    setToday(TODAY.plusDays(3));

    TechnologyProfile withdrawnDraft =
        as(lan).market().changeStatus(ChangeProfileStatus.withdraw(draft.id()));
    TechnologyProfile withdrawn =
        as(lan).market().changeStatus(ChangeProfileStatus.withdraw(live.id()).expecting(2));

    assertThat(withdrawnDraft.status()).isEqualTo(ProfileStatus.WITHDRAWN);
    assertThat(withdrawnDraft.endedOn()).isEqualTo(TODAY.plusDays(3));
    assertThat(withdrawn.publishedOn()).isEqualTo(TODAY);
    assertThat(withdrawn.endedOn()).isEqualTo(TODAY.plusDays(3));
    assertThat(history(live.id()).get(0).commandName()).isEqualTo("ChangeProfileStatus.Withdraw");
  }

  @Test
  void aStepThatIsNotAllowedChangesNothing() {
    TechnologyProfile draft = draft(saigon, lan, request());
    TechnologyProfile live = published(aqua, avi, offer());

    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.confirm(draft.id())),
        RuleViolationException.class,
        "profile.illegal-transition: cannot confirm profile " + draft.id() + ": it is DRAFT");
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.extend(live.id(), 30)),
        RuleViolationException.class,
        "profile.extension-too-early: profile "
            + live.id()
            + " expires on "
            + TODAY.plusDays(365)
            + "; it may be extended from "
            + TODAY.plusDays(335));
    setToday(TODAY.plusDays(334));
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.extend(live.id(), 30)),
        RuleViolationException.class,
        "profile.extension-too-early: profile "
            + live.id()
            + " expires on "
            + TODAY.plusDays(365)
            + "; it may be extended from "
            + TODAY.plusDays(335));
    setToday(TODAY.plusDays(366));
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.confirm(live.id())),
        RuleViolationException.class,
        "profile.expired: profile " + live.id() + " expired on " + TODAY.plusDays(365));
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.publish(live.id()).expecting(1)),
        ConflictException.class,
        new ConflictException("profile", live.id().toString(), 1).getMessage());
    refused(
        () -> as(stranger).market().changeStatus(ChangeProfileStatus.publish(draft.id())),
        NotFoundException.class,
        notFound("profile", draft.id()));
    refused(
        () -> as(stranger).market().changeStatus(ChangeProfileStatus.close(live.id())),
        AccessDeniedException.class,
        denied(stranger, live));
    refused(
        () -> as(lan).market().changeStatus(ChangeProfileStatus.withdraw(live.id())),
        AccessDeniedException.class,
        denied(lan, live));
    violation(() -> system.market().changeStatus(null), "command", Violation.REQUIRED);
  }

  @Test
  void theLastDayOfTheWindowExtendsAndTheDayOfExpiryDoesNot() {
    TechnologyProfile live = published(aqua, avi, offer());
    setToday(TODAY.plusDays(365));
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.extend(live.id(), 30)),
        RuleViolationException.class,
        "profile.expired: profile " + live.id() + " expired on " + TODAY.plusDays(365));
    setToday(TODAY.plusDays(364));

    TechnologyProfile extended =
        as(avi).market().changeStatus(ChangeProfileStatus.extend(live.id(), 365));

    assertThat(extended.expiresOn()).contains(TODAY.plusDays(730));
    refused(
        () -> system.market().changeStatus(ChangeProfileStatus.extend(live.id(), 1)),
        RuleViolationException.class,
        "profile.already-extended: profile " + live.id() + " was extended already, by 365 days");
  }

  @Test
  void anEditorOfTheAreaMovesAProfileOfThePlanThroughItsLifecycle() {
    TechnologyProfile draft = draftIn(6, negev, avi, offer());
    TechnologyProfile planWide = draftIn(null, negev, avi, offer());

    TechnologyProfile published =
        as(editor).market().changeStatus(ChangeProfileStatus.publish(draft.id()));

    assertThat(published.status()).isEqualTo(ProfileStatus.PUBLISHED);
    assertThat(history(draft.id()).get(0).actor()).isEqualTo(Actor.person(editor.id()));
    refused(
        () -> as(editor5).market().changeStatus(ChangeProfileStatus.close(draft.id())),
        AccessDeniedException.class,
        denied(editor5, published));
    refused(
        () -> as(editor).market().changeStatus(ChangeProfileStatus.publish(planWide.id())),
        NotFoundException.class,
        notFound("profile", planWide.id()));
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Test
  void aDraftLooksMissingToThoseWhoMayNotActOnIt() {
    TechnologyProfile draft = draftIn(6, saigon, lan, request());
    ProfileId missing = new ProfileId(SequentialIds.nth(999));

    assertThat(system.market().get(draft.id())).isEqualTo(draft);
    assertThat(as(lan).market().get(draft.id())).isEqualTo(draft);
    assertThat(as(editor).market().get(draft.id())).isEqualTo(draft);
    for (Person who : List.of(stranger, viewer, editor5, former, avi)) {
      refused(
          () -> as(who).market().get(draft.id()),
          NotFoundException.class,
          notFound("profile", draft.id()));
    }
    refused(
        () -> as(stranger).market().get(missing),
        NotFoundException.class,
        notFound("profile", missing));
    refused(
        () -> system.market().get(missing), NotFoundException.class, notFound("profile", missing));
    violation(() -> system.market().get(null), "id", Violation.REQUIRED);
  }

  @Test
  void anyoneReadsAProfileThatWasPublishedWhateverItsStatusNow() {
    TechnologyProfile live = published(saigon, lan, request());
    TechnologyProfile closed =
        system.market().changeStatus(ChangeProfileStatus.close(published(aqua, avi, offer()).id()));
    TechnologyProfile withdrawn =
        system.market().changeStatus(ChangeProfileStatus.withdraw(draft(aqua, avi, offer()).id()));

    assertThat(as(stranger).market().get(live.id())).isEqualTo(live);
    assertThat(as(stranger).market().get(closed.id())).isEqualTo(closed);
    assertThat(as(stranger).market().get(withdrawn.id())).isEqualTo(withdrawn);
  }

  @Test
  void aPersonSearchesThePublishedProfilesAndTheDraftsTheyMayActOn() {
    TechnologyProfile saigonDraft = draft(saigon, lan, request().keyword("màng lọc"));
    TechnologyProfile areaDraft = draftIn(6, negev, avi, offer().keyword("màng lọc"));
    TechnologyProfile aquaDraft = draft(aqua, avi, offer());
    TechnologyProfile live = published(aqua, avi, offer().keyword("Màng lọc"));
    ProfileQuery all = ProfileQuery.all(100);

    assertThat(system.market().search(all))
        .containsExactly(saigonDraft, areaDraft, aquaDraft, live);
    assertThat(as(stranger).market().search(all)).containsExactly(live);
    assertThat(as(lan).market().search(all)).containsExactly(saigonDraft, live);
    assertThat(as(editor).market().search(all)).containsExactly(areaDraft, live);
    assertThat(as(avi).market().search(all)).containsExactly(aquaDraft, live);
    assertThat(
            as(lan)
                .market()
                .search(new ProfileQuery("MANG LOC", null, null, null, null, null, 100)))
        .containsExactly(saigonDraft, live);
    assertThat(
            system
                .market()
                .search(
                    new ProfileQuery(
                        null, ProfileKind.TECHNOLOGY_OFFER, aqua.id(), null, TODAY, null, 100)))
        .containsExactly(live);
    assertThat(
            system.market().search(new ProfileQuery(null, null, null, plan.id(), null, null, 100)))
        .containsExactly(areaDraft);
    assertThat(
            system
                .market()
                .search(new ProfileQuery(null, null, null, null, null, areaDraft.id(), 1)))
        .containsExactly(aquaDraft);
    violation(() -> system.market().search(null), "query", Violation.REQUIRED);
  }

  @Test
  void aMissingArgumentIsRefusedBeforeTheStoreIsOpened() {
    TechnologyProfile draft = draft(saigon, lan, request());
    storage.close();
    var market = as(lan).market();

    violation(() -> market.get(null), "id", Violation.REQUIRED);
    violation(() -> market.search(null), "query", Violation.REQUIRED);
    violation(() -> market.matches(null, TODAY, 1), "profile", Violation.REQUIRED);
    violation(() -> market.matches(draft.id(), null, 1), "asOf", Violation.REQUIRED);
    violation(() -> market.matches(draft.id(), TODAY, 0), "limit", Violation.OUT_OF_RANGE);
    violation(() -> market.introduction(null), "id", Violation.REQUIRED);
    violation(() -> market.introductionsOf(null), "profile", Violation.REQUIRED);
    violation(
        () -> market.counts(plan.id(), TODAY, TODAY.minusDays(1)),
        "to",
        Violation.END_BEFORE_START);
    violation(() -> market.draft(null), "command", Violation.REQUIRED);
    violation(() -> market.revise(null), "command", Violation.REQUIRED);
    violation(() -> market.changeStatus(null), "command", Violation.REQUIRED);
    violation(() -> market.introduce(null), "command", Violation.REQUIRED);
    violation(() -> market.advance(null), "command", Violation.REQUIRED);
    violation(() -> market.loadTaxonomy(null), "command", Violation.REQUIRED);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> market.get(draft.id())))
        .isExactlyInstanceOf(io.github.coplan.domain.error.StorageException.class)
        .hasMessage("the storage is closed");
  }

  // ---- history ---------------------------------------------------------------------------------

  @Test
  void aProfilesHistoryIsSeenByThoseWhoSeeTheProfile() {
    TechnologyProfile draft = draft(saigon, lan, request());
    TechnologyProfile live = published(aqua, avi, offer());
    ProfileId missing = new ProfileId(SequentialIds.nth(999));
    HistoryQuery ofDraft =
        HistoryQuery.of(io.github.coplan.domain.history.AggregateRef.of(draft.id()));
    HistoryQuery ofLive =
        HistoryQuery.of(io.github.coplan.domain.history.AggregateRef.of(live.id()));

    assertThat(system.history().of(ofDraft).items()).hasSize(1);
    assertThat(as(lan).history().of(ofDraft).items()).hasSize(1);
    assertThat(as(stranger).history().of(ofDraft).items()).isEmpty();
    assertThat(as(stranger).history().of(ofLive).items())
        .extracting(ChangeRecord::commandName)
        .containsExactly("ChangeProfileStatus.Publish", "DraftProfile");
    assertThat(
            as(lan)
                .history()
                .of(HistoryQuery.of(io.github.coplan.domain.history.AggregateRef.of(missing)))
                .items())
        .isEmpty();
  }

  @Test
  void theProfilesSnapshotHoldsEveryPartOfItsContent() {
    TechnologyProfile draft =
        draftIn(
            6,
            saigon,
            lan,
            request()
                .advantages(vi("Ưu điểm"))
                .sought(vi("Đối tác"))
                .category(MEMBRANE)
                .keyword("màng lọc")
                .stage(io.github.coplan.domain.market.DevelopmentStage.LAB_TESTED)
                .ipr(io.github.coplan.domain.market.IprStatus.APPLIED)
                .partnerType(io.github.coplan.domain.organisation.OrganisationType.ACADEMIC)
                .partnerSize(io.github.coplan.domain.market.CompanySize.SMALL)
                .targetCountry(io.github.coplan.domain.shared.CountryCode.IL)
                .openForInterest(false));

    assertThat(history(draft.id()).get(0).changes())
        .extracting(FieldChange::field, FieldChange::after)
        .contains(
            tuple("advantages", "{\"original\":\"vi\",\"texts\":{\"vi\":\"Ưu điểm\"}}"),
            tuple("sought", "{\"original\":\"vi\",\"texts\":{\"vi\":\"Đối tác\"}}"),
            tuple("stage", "LAB_TESTED"),
            tuple("ipr", "APPLIED"),
            tuple("partnerTypes", "[\"ACADEMIC\"]"),
            tuple("partnerSizes", "[\"SMALL\"]"),
            tuple("targetCountries", "[\"IL\"]"),
            tuple("openForInterest", "false"),
            tuple("keywords", "[\"màng lọc\"]"));
  }
}
