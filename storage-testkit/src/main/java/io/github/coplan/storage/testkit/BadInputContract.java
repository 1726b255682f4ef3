package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
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
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input through the public API: each is refused with its documented error type and code, and
 * the store is left exactly as it was (every aggregate under every id ever issued, every index,
 * every search and progress count). Covers null and blank text, Unicode-blank text, control
 * characters and unpaired surrogates, text over the length limit in code points, ends before
 * starts, unknown country codes and content areas, self-parents and parent cycles, page sizes out
 * of range, and every illegal lifecycle transition.
 */
public abstract class BadInputContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Person dung;
  private CooperationPlan plan;
  private CooperationPlan other;
  private Activity a;
  private Activity b;
  private Activity c;
  private Activity x;
  private int codes;

  /** For subclasses. */
  protected BadInputContract() {}

  /** Models an active plan with two content areas and three activities, and a second plan. */
  @BeforeEach
  protected void modelAPlan() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    iia =
        coplan()
            .organisations()
            .register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
    embassy = coplan().organisations().register(new RegisterOrganisation(embassyOfIsraelProfile()));
    dung =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN),
                    List.of(new Affiliation(dost.id(), "Giám đốc", null, null))));
    plan = draftWithParties("HCMC-IIA-2018");
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, contentAreaTitle(1))));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(2, contentAreaTitle(2))));
    plan = coplan().plans().changeStatus(ChangePlanStatus.activate(plan.id()));
    a = propose(plan, 1, "A");
    b = propose(plan, 1, "B");
    c = propose(plan, 2, "C");
    a =
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    a.id(),
                    Participant.of(dung.id()),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.CONFIRMED));
    other = coplan().plans().draft(new DraftPlan(PlanCode.of("OTHER-PLAN"), en("Other plan")));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(other.id(), new ContentArea(1, en("Only area"))));
    x = propose(other, 1, "X");
  }

  // ---- text ------------------------------------------------------------------------------------

  /** Missing text, commands and ids are refused as required. */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves the store refuses it
  @SuppressWarnings("NullAway")
  protected void nullIsRequired() {
    assertInvalid(
        () -> coplan().plans().draft(new DraftPlan(PlanCode.of("NEW"), null)), "title:required");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of("vi", (String) null))),
        "vi:required");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(new RegisterPerson(PersonProfile.of(null, CountryCode.VN), List.of())),
        "name:required");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(new RegisterPerson(PersonProfile.of("Dũng", null), List.of())),
        "country:required");
    assertInvalid(() -> coplan().plans().draft(null), "command:required");
    assertInvalid(() -> coplan().plans().get(null), "id:required");
    assertInvalid(() -> coplan().activities().search(null), "query:required");
    assertInvalid(
        () -> coplan().plans().changeStatus(ChangePlanStatus.cancel(plan.id(), null)),
        "reason:required");
    assertInvalid(
        () -> coplan().activities().propose(new ProposeActivity(plan.id(), null)),
        "details:required");
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .register(new RegisterOrganisation(OrganisationProfile.builder().build())),
        "name:required",
        "type:required",
        "country:required");
  }

  /** Empty and white-space text is refused as blank. */
  @Test
  protected void blankTextIsRefused() {
    for (String blank : List.of("", " ", "   \t\n  ")) {
      assertInvalid(
          () ->
              coplan()
                  .plans()
                  .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of("vi", blank))),
          "vi:blank");
    }
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(new RegisterPerson(PersonProfile.of("  ", CountryCode.VN), List.of())),
        "name:blank");
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .register(
                    new RegisterOrganisation(
                        OrganisationProfile.builder()
                            .name(en("Tên"))
                            .alternativeName(" ")
                            .type(OrganisationType.OTHER)
                            .country(CountryCode.VN)
                            .build())),
        "alternativeNames[0]:blank");
    assertInvalid(
        () -> coplan().plans().changeStatus(ChangePlanStatus.suspend(plan.id(), "")),
        "reason:blank");
  }

  /**
   * Text made only of Unicode white space (no-break space U+00A0, ideographic space U+3000, …) is
   * blank.
   */
  @Test
  protected void unicodeBlankTextIsRefused() {
    for (String blank :
        List.of("\u00A0", "\u3000", "\u00A0\u3000\u2007\u202F\u2003", "\uFEFF\u3000")) {
      assertInvalid(
          () ->
              coplan()
                  .activities()
                  .propose(
                      new ProposeActivity(
                          plan.id(),
                          details(1, ActivityType.OTHER, LocalizedText.of("vi", blank), "2019"))),
          "vi:blank");
      assertInvalid(
          () ->
              coplan()
                  .people()
                  .register(new RegisterPerson(PersonProfile.of(blank, CountryCode.VN), List.of())),
          "name:blank");
      assertInvalid(
          () -> coplan().plans().changeStatus(ChangePlanStatus.suspend(plan.id(), blank)),
          "reason:blank");
      assertInvalid(
          () -> coplan().activities().changeStatus(ChangeActivityStatus.cancel(a.id(), blank)),
          "reason:blank");
    }
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .register(
                    new RegisterOrganisation(
                        OrganisationProfile.builder()
                            .name(en("Tên"))
                            .acronym("\u3000")
                            .type(OrganisationType.OTHER)
                            .country(CountryCode.VN)
                            .build())),
        "acronym:blank");
  }

  /**
   * Control characters and bidirectional controls are refused; line breaks only where text may span
   * lines.
   */
  @Test
  protected void controlCharactersAreRefused() {
    for (String bad :
        List.of(
            "Tuần\u0000lễ",
            "chuông\u0007",
            "\u001B[31mđỏ",
            "xoá\u007F",
            "next\u0085line",
            "\u202Eđảo ngược",
            "\u2066isolate\u2069",
            "dấu\u200Fphải")) {
      assertInvalid(
          () ->
              coplan()
                  .plans()
                  .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of("vi", bad))),
          "vi:control-character");
      assertInvalid(
          () ->
              coplan()
                  .people()
                  .register(new RegisterPerson(PersonProfile.of(bad, CountryCode.VN), List.of())),
          "name:control-character");
    }
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(
                            1,
                            ActivityType.OTHER,
                            LocalizedText.of("vi", "Dòng một\nDòng hai"),
                            "2019"))),
        "title.vi:control-character");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(
                    new RegisterPerson(
                        PersonProfile.of("Nguyễn\tViệt Dũng", CountryCode.VN), List.of())),
        "name:control-character");
    assertInvalid(
        () -> coplan().activities().changeStatus(ChangeActivityStatus.cancel(a.id(), "Hủy\u0000")),
        "reason:control-character");
    // A description may span lines.
    Activity described =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(1, ActivityType.OTHER, en("Described"), "2019").toBuilder()
                        .description(LocalizedText.of("vi", "Dòng một\nDòng hai\tcột"))
                        .build()));
    LocalizedText description = coplan().activities().get(described.id()).details().description();
    assertThat(description).isNotNull();
    assertThat(description.original()).isEqualTo("Dòng một\nDòng hai\tcột");
  }

  /** Unpaired UTF-16 surrogates are refused; paired ones are characters like any other. */
  @Test
  protected void unpairedSurrogatesAreRefused() {
    for (String bad :
        List.of("\uD83D", "abc\uDE00", "\uDE00\uD83D", "x\uD83Dy", "\uD83D\uD83D\uDE00")) {
      assertInvalid(
          () ->
              coplan()
                  .plans()
                  .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of("vi", bad))),
          "vi:unpaired-surrogate");
      assertInvalid(
          () ->
              coplan()
                  .people()
                  .register(new RegisterPerson(PersonProfile.of(bad, CountryCode.VN), List.of())),
          "name:unpaired-surrogate");
    }
    Person emoji =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Dũng \uD83D\uDE00", CountryCode.VN), List.of()));
    assertThat(coplan().people().get(emoji.id()).profile().name()).isEqualTo("Dũng \uD83D\uDE00");
  }

  /**
   * Text over its limit is refused; the limit counts code points after NFC normalisation, not
   * UTF-16 units.
   */
  @Test
  protected void textOverTheLimitIsRefusedCountingCodePoints() {
    String emoji = "\uD83D\uDE00";
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(
                            1,
                            ActivityType.OTHER,
                            LocalizedText.of("vi", emoji.repeat(TextLimits.LINE_LIMIT + 1)),
                            "2019"))),
        "title.vi:too-long");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(
                    new RegisterPerson(
                        PersonProfile.of("a".repeat(TextLimits.LINE_LIMIT + 1), CountryCode.VN),
                        List.of())),
        "name:too-long");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(PlanCode.of("NEW"), en("Plan"))
                        .withSummary(
                            LocalizedText.of("vi", "ư".repeat(TextLimits.PARAGRAPH_LIMIT + 1)))),
        "vi:too-long");
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .register(
                    new RegisterOrganisation(
                        OrganisationProfile.builder()
                            .name(en("Tên"))
                            .type(OrganisationType.OTHER)
                            .country(CountryCode.VN)
                            .identifier(
                                ExternalIdentifier.of(
                                    "VN-TAX", "9".repeat(TextLimits.TOKEN_LIMIT + 1)))
                            .build())),
        "value:too-long");

    // At the limit: 500 code points that take 1,000 UTF-16 units, and 1,500 NFD code points that
    // are 500 in NFC.
    Activity wide =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(
                        1,
                        ActivityType.OTHER,
                        LocalizedText.of("vi", emoji.repeat(TextLimits.LINE_LIMIT)),
                        "2019")));
    String title = coplan().activities().get(wide.id()).details().title().original();
    assertThat(title.codePointCount(0, title.length())).isEqualTo(TextLimits.LINE_LIMIT);
    assertThat(title).hasSize(2 * TextLimits.LINE_LIMIT);
    String decomposed =
        Normalizer.normalize("ệ", Normalizer.Form.NFD).repeat(TextLimits.LINE_LIMIT);
    assertThat(decomposed.codePointCount(0, decomposed.length()))
        .isEqualTo(3 * TextLimits.LINE_LIMIT);
    Activity composed =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(1, ActivityType.OTHER, LocalizedText.of("vi", decomposed), "2019")));
    assertThat(coplan().activities().get(composed.id()).details().title().original())
        .isEqualTo("ệ".repeat(TextLimits.LINE_LIMIT));
  }

  /** Language tags that are not BCP 47 are refused. */
  @Test
  protected void malformedLanguageTagsAreRefused() {
    for (String tag : List.of("", "vietnamese", "v", "vi_VN", "vi-", "123")) {
      assertInvalid(
          () ->
              coplan()
                  .plans()
                  .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of(tag, "Kế hoạch"))),
          "language:malformed");
    }
  }

  // ---- dates, countries, codes, links ----------------------------------------------------------

  /** An end before its start is refused, wherever a span or window is given. */
  @Test
  protected void endBeforeStartIsRefused() {
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        ActivityDetails.builder()
                            .contentArea(1)
                            .type(ActivityType.OTHER)
                            .title(en("Backwards"))
                            .planned(
                                DateSpan.of(PartialDate.parse("2019"), PartialDate.parse("2018")))
                            .build())),
        "end:end-before-start");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(1, ActivityType.OTHER, en("Backwards"), "2019-Q1/2018-Q4"))),
        "end:end-before-start");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .describe(
                    new DescribePlan(plan.id(), en("Plan"))
                        .withPeriod(DateSpan.parse("2021/2018"))),
        "end:end-before-start");
    assertInvalid(
        () ->
            coplan()
                .people()
                .addAffiliation(
                    new AddAffiliation(
                        dung.id(),
                        new Affiliation(
                            dost.id(),
                            "Giám đốc",
                            LocalDate.of(2019, 1, 1),
                            LocalDate.of(2018, 12, 31)))),
        "to:end-before-start");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .search(
                    ActivityQuery.builder()
                        .window(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 1))
                        .build()),
        "to:end-before-start");
    assertInvalid(
        () ->
            coplan()
                .reports()
                .progress(
                    new ProgressQuery(
                        plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2018, 12, 31))),
        "upcomingUntil:end-before-start");
    coplan().activities().changeStatus(ChangeActivityStatus.plan(a.id()));
    coplan().activities().changeStatus(ChangeActivityStatus.schedule(a.id()));
    assertRuleRefused(
        RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES,
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(
                        a.id(), PartialDate.parse("2018-11-20"), PartialDate.parse("2018-11-19"))));
    assertRuleRefused(
        RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES,
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(
                        a.id(), PartialDate.parse("2018-12"), PartialDate.parse("2018-11"))));
  }

  /** Partial dates that are not of the documented form, or name no real day, are refused. */
  @Test
  protected void malformedPartialDatesAreRefused() {
    Map<String, String> expected =
        Map.of(
            "2018-13", "start:out-of-range",
            "2018-00", "start:out-of-range",
            "2018-02-30", "start:out-of-range",
            "0000", "start:out-of-range",
            "2018-Q5", "start:malformed",
            "2018-H3", "start:malformed",
            "18-11", "start:malformed",
            "2018-11-15~?", "start:malformed",
            " 2018", "start:malformed",
            "2018/2018-00", "end:out-of-range");
    expected.forEach(
        (text, violation) ->
            assertInvalid(
                () ->
                    coplan()
                        .activities()
                        .propose(
                            new ProposeActivity(
                                plan.id(), details(1, ActivityType.OTHER, en("Dated"), text))),
                violation));
    assertInvalid(() -> PartialDate.parse(null), ":required");
  }

  /** Country codes that are not assigned ISO 3166-1 alpha-2 codes are refused. */
  @Test
  protected void unknownCountryCodesAreRefused() {
    for (String code : List.of("XX", "UK", "vnm", "", "V", "ZZ")) {
      assertInvalid(
          () ->
              coplan()
                  .people()
                  .register(
                      new RegisterPerson(
                          PersonProfile.of("Dũng", CountryCode.of(code)), List.of())),
          ":unknown-country");
      assertInvalid(
          () ->
              coplan()
                  .organisations()
                  .register(
                      new RegisterOrganisation(
                          organisationProfile(
                              "Tên", OrganisationType.OTHER, CountryCode.of(code)))),
          ":unknown-country");
    }
    assertInvalid(() -> CountryCode.of(null), ":required");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(1, ActivityType.OTHER, en("Nowhere"), "2019").toBuilder()
                            .location(new Location(null, null, null, false))
                            .build())),
        "country:required");
    assertThat(CountryCode.of(" vn ")).isEqualTo(CountryCode.VN);
  }

  /** Plan codes, web sites and document links of the wrong form are refused. */
  @Test
  protected void malformedCodesAndLinksAreRefused() {
    for (String code : List.of("HCMC IIA", "", "-HCMC", "Kế-hoạch", "A".repeat(65), "HCMC/IIA")) {
      assertInvalid(
          () -> coplan().plans().draft(new DraftPlan(PlanCode.of(code), en("Plan"))), ":malformed");
    }
    for (String site :
        List.of(
            "ftp://example.org", "https:///no-host", "mailto:info@example.org", "example.org")) {
      assertInvalid(
          () ->
              coplan()
                  .organisations()
                  .register(
                      new RegisterOrganisation(
                          OrganisationProfile.builder()
                              .name(en("Tên"))
                              .type(OrganisationType.OTHER)
                              .country(CountryCode.VN)
                              .website(URI.create(site))
                              .build())),
          "website:malformed");
    }
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addDocument(
                    new AddDocument(
                        plan.id(),
                        new PlanDocument(
                            DocumentType.OTHER,
                            en("Link"),
                            URI.create("javascript:alert(1)"),
                            null))),
        "link:malformed");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addParty(new AddParty(plan.id(), new Party(embassy.id(), Set.of(), null))),
        "roles:required");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addParty(
                    new AddParty(
                        plan.id(),
                        new Party(
                            embassy.id(), Set.of(PartyRole.FUNDING), LocalDate.of(2018, 8, 15)))),
        "signedOn:out-of-range");
  }

  // ---- references, content areas, parents ------------------------------------------------------

  /** An activity in a content area its plan does not have is refused. */
  @Test
  protected void unknownContentAreaIsRefused() {
    assertRuleRefused(RuleCode.PLAN_CONTENT_AREA_UNKNOWN, () -> propose(plan, 3, "Three"));
    assertRuleRefused(
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
        () ->
            coplan()
                .activities()
                .revise(
                    new ReviseActivity(a.id(), a.details().toBuilder().contentArea(9).build())));
    assertInvalid(() -> propose(plan, 0, "Zero"), "contentArea:out-of-range");
    assertInvalid(() -> propose(plan, 1000, "Thousand"), "contentArea:out-of-range");
    assertRuleRefused(
        RuleCode.PLAN_CONTENT_AREA_EXISTS,
        () ->
            coplan()
                .plans()
                .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, en("Again")))));
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addContentArea(new AddContentArea(plan.id(), new ContentArea(0, en("Zero")))),
        "number:out-of-range");
    assertInvalid(
        () -> coplan().activities().search(ActivityQuery.builder().contentAreas(0).build()),
        "contentAreas:out-of-range");
  }

  /** An activity cannot be its own parent. */
  @Test
  protected void selfParentIsRefused() {
    assertRuleRefused(
        RuleCode.ACTIVITY_SELF_PARENT,
        () -> coplan().activities().move(MoveActivity.under(a.id(), a.id())));
  }

  /** A parent that would make an activity its own ancestor is refused: A→B→A and A→C→B→A. */
  @Test
  protected void parentCyclesAreRefused() {
    coplan().activities().move(MoveActivity.under(b.id(), a.id()));

    assertRuleRefused(
        RuleCode.ACTIVITY_PARENT_CYCLE,
        () -> coplan().activities().move(MoveActivity.under(a.id(), b.id())));

    coplan().activities().move(MoveActivity.under(c.id(), b.id()));
    assertRuleRefused(
        RuleCode.ACTIVITY_PARENT_CYCLE,
        () -> coplan().activities().move(MoveActivity.under(a.id(), c.id())));
    assertThat(coplan().activities().get(a.id()).parent()).isNull();
    assertThat(coplan().activities().get(b.id()).parent()).isEqualTo(a.id());
    assertThat(coplan().activities().get(c.id()).parent()).isEqualTo(b.id());
  }

  /** A parent of another plan, or one that does not exist, is refused. */
  @Test
  protected void parentOfAnotherPlanOrUnknownIsRefused() {
    assertRuleRefused(
        RuleCode.ACTIVITY_PARENT_OTHER_PLAN,
        () -> coplan().activities().move(MoveActivity.under(a.id(), x.id())));
    assertRuleRefused(
        RuleCode.ACTIVITY_PARENT_OTHER_PLAN,
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                            plan.id(), details(1, ActivityType.OTHER, en("Child"), "2019"))
                        .withParent(x.id())));
    ActivityId missing = new ActivityId(nextId());
    NotFoundException e =
        assertRefused(
            NotFoundException.class,
            () -> coplan().activities().move(MoveActivity.under(a.id(), missing)));
    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).isEqualTo(missing.toString());
  }

  /**
   * An organisation cannot be its own parent or ancestor, nor have a parent that does not exist.
   */
  @Test
  protected void organisationParentCyclesAreRefused() {
    assertRuleRefused(
        RuleCode.ORGANISATION_PARENT_CYCLE,
        () ->
            coplan()
                .organisations()
                .update(new UpdateOrganisation(dost.id(), withParent(dost.profile(), dost.id()))));
    coplan()
        .organisations()
        .update(new UpdateOrganisation(iia.id(), withParent(iia.profile(), dost.id())));
    assertRuleRefused(
        RuleCode.ORGANISATION_PARENT_CYCLE,
        () ->
            coplan()
                .organisations()
                .update(new UpdateOrganisation(dost.id(), withParent(dost.profile(), iia.id()))));
    OrganisationId missing = new OrganisationId(nextId());
    NotFoundException e =
        assertRefused(
            NotFoundException.class,
            () ->
                coplan()
                    .organisations()
                    .update(
                        new UpdateOrganisation(
                            embassy.id(), withParent(embassy.profile(), missing))));
    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertRefused(
        NotFoundException.class,
        () ->
            coplan()
                .organisations()
                .register(
                    new RegisterOrganisation(
                        withParent(
                            organisationProfile("Con", OrganisationType.OTHER, CountryCode.VN),
                            missing))));
  }

  /** References to what does not exist are refused as not found, naming the kind and id. */
  @Test
  protected void unknownReferencesAreNotFound() {
    PlanId noPlan = new PlanId(nextId());
    assertNotFound("plan", noPlan.toString(), () -> coplan().plans().get(noPlan));
    assertNotFound(
        "plan",
        noPlan.toString(),
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        noPlan, details(1, ActivityType.OTHER, en("Orphan"), "2019"))));
    ActivityId noActivity = new ActivityId(nextId());
    assertNotFound(
        "activity",
        noActivity.toString(),
        () -> coplan().activities().changeStatus(ChangeActivityStatus.plan(noActivity)));
    OrganisationId noOrganisation = new OrganisationId(nextId());
    assertNotFound(
        "organisation",
        noOrganisation.toString(),
        () ->
            coplan()
                .plans()
                .addParty(new AddParty(plan.id(), Party.of(noOrganisation, PartyRole.FUNDING))));
    assertNotFound(
        "organisation",
        noOrganisation.toString(),
        () ->
            coplan()
                .people()
                .register(
                    new RegisterPerson(
                        PersonProfile.of("Dũng", CountryCode.VN),
                        List.of(new Affiliation(noOrganisation, "Giám đốc", null, null)))));
    PersonId noPerson = new PersonId(nextId());
    assertNotFound(
        "person",
        noPerson.toString(),
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                        a.id(),
                        Participant.of(noPerson),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.INVITED)));
    assertNotFound(
        "organisation",
        noOrganisation.toString(),
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                        a.id(),
                        Participant.of(noOrganisation),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.INVITED)));
    assertNotFound(
        "organisation",
        noOrganisation.toString(),
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                            a.id(),
                            Participant.of(dung.id()),
                            ParticipationRole.SPEAKER,
                            ParticipationStatus.INVITED)
                        .withAffiliation(new AffiliationSnapshot(noOrganisation, "Khách"))));
  }

  /** Parties are unique per plan, and a lead party must be one of the plan's parties. */
  @Test
  protected void partiesAreCheckedAgainstThePlan() {
    assertRuleRefused(
        RuleCode.PLAN_PARTY_EXISTS,
        () ->
            coplan()
                .plans()
                .addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.FUNDING))));
    assertRuleRefused(
        RuleCode.PLAN_PARTY_UNKNOWN,
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(1, ActivityType.OTHER, en("Led"), "2019").toBuilder()
                            .leadParty(embassy.id())
                            .build())));
  }

  /** A taken plan code or organisation identifier is refused as a duplicate. */
  @Test
  protected void duplicatesAreRefused() {
    DuplicateException code =
        assertRefused(
            DuplicateException.class,
            () -> coplan().plans().draft(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), en("Again"))));
    assertThat(code.what()).isEqualTo(DuplicateException.PLAN_CODE);
    DuplicateException identifier =
        assertRefused(
            DuplicateException.class,
            () -> coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile())));
    assertThat(identifier.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    DuplicateException taken =
        assertRefused(
            DuplicateException.class,
            () ->
                coplan()
                    .organisations()
                    .update(
                        new UpdateOrganisation(
                            embassy.id(),
                            OrganisationProfile.builder()
                                .name(embassy.profile().name())
                                .type(OrganisationType.GOVERNMENT)
                                .country(CountryCode.VN)
                                .identifier(ExternalIdentifier.of("IL-GOV", "IIA"))
                                .build())));
    assertThat(taken.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    assertThat(taken.value()).isEqualTo("IL-GOV:IIA");
  }

  // ---- queries ---------------------------------------------------------------------------------

  /** Page sizes outside 1 to 500 are refused; both ends of the range are accepted. */
  @Test
  protected void pageSizeOutOfRangeIsRefused() {
    for (int size : List.of(0, -1, ActivityQuery.MAX_PAGE_SIZE + 1, 10_000, Integer.MIN_VALUE)) {
      assertInvalid(
          () -> coplan().activities().search(ActivityQuery.builder().pageSize(size).build()),
          "pageSize:out-of-range");
    }
    assertThat(
            coplan()
                .activities()
                .search(ActivityQuery.builder().plan(plan.id()).pageSize(1).build())
                .items())
        .hasSize(1);
    assertThat(
            coplan()
                .activities()
                .search(
                    ActivityQuery.builder()
                        .plan(plan.id())
                        .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                        .build())
                .items())
        .hasSize(3);
  }

  /** Search text is checked like any text. */
  @Test
  protected void badSearchTextIsRefused() {
    assertInvalid(
        () -> coplan().activities().search(ActivityQuery.builder().text("\u3000").build()),
        "text:blank");
    assertInvalid(
        () -> coplan().activities().search(ActivityQuery.builder().text("đổi\u0000mới").build()),
        "text:control-character");
    assertInvalid(
        () -> coplan().activities().search(ActivityQuery.builder().text("\uD83D").build()),
        "text:unpaired-surrogate");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .search(
                    ActivityQuery.builder().text("a".repeat(TextLimits.LINE_LIMIT + 1)).build()),
        "text:too-long");
  }

  // ---- lifecycles ------------------------------------------------------------------------------

  /**
   * Every activity transition not drawn on {@link ActivityStatus} is refused; every drawn one is
   * taken.
   */
  @TestFactory
  protected Stream<DynamicTest> illegalActivityTransitionsAreRefused() {
    Map<ActivityMove, ActivityStatus> targets = new EnumMap<>(ActivityMove.class);
    targets.put(ActivityMove.PLAN, ActivityStatus.PLANNED);
    targets.put(ActivityMove.SCHEDULE, ActivityStatus.SCHEDULED);
    targets.put(ActivityMove.START, ActivityStatus.IN_PROGRESS);
    targets.put(ActivityMove.COMPLETE, ActivityStatus.COMPLETED);
    targets.put(ActivityMove.POSTPONE, ActivityStatus.POSTPONED);
    targets.put(ActivityMove.CANCEL, ActivityStatus.CANCELLED);
    List<DynamicTest> tests = new ArrayList<>();
    for (ActivityStatus from : ActivityStatus.values()) {
      targets.forEach(
          (transition, target) ->
              tests.add(
                  DynamicTest.dynamicTest(
                      from + " " + transition,
                      () -> {
                        Activity activity = activityIn(from);
                        ChangeActivityStatus command = command(transition, activity.id());
                        if (from.next().contains(target)) {
                          assertThat(coplan().activities().changeStatus(command).status())
                              .isEqualTo(target);
                        } else {
                          assertRuleRefused(
                              RuleCode.ACTIVITY_ILLEGAL_TRANSITION,
                              () -> coplan().activities().changeStatus(command));
                        }
                      })));
    }
    return tests.stream();
  }

  /** Every plan transition not drawn on {@link PlanStatus} is refused; every drawn one is taken. */
  @TestFactory
  protected Stream<DynamicTest> illegalPlanTransitionsAreRefused() {
    Map<PlanMove, Set<PlanStatus>> allowedFrom = new EnumMap<>(PlanMove.class);
    allowedFrom.put(PlanMove.ACTIVATE, Set.of(PlanStatus.DRAFT));
    allowedFrom.put(PlanMove.SUSPEND, Set.of(PlanStatus.ACTIVE));
    allowedFrom.put(PlanMove.RESUME, Set.of(PlanStatus.SUSPENDED));
    allowedFrom.put(PlanMove.COMPLETE, Set.of(PlanStatus.ACTIVE));
    allowedFrom.put(
        PlanMove.CANCEL, Set.of(PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.SUSPENDED));
    Map<PlanMove, PlanStatus> targets =
        Map.of(
            PlanMove.ACTIVATE, PlanStatus.ACTIVE,
            PlanMove.SUSPEND, PlanStatus.SUSPENDED,
            PlanMove.RESUME, PlanStatus.ACTIVE,
            PlanMove.COMPLETE, PlanStatus.COMPLETED,
            PlanMove.CANCEL, PlanStatus.CANCELLED);
    List<DynamicTest> tests = new ArrayList<>();
    for (PlanStatus from : PlanStatus.values()) {
      allowedFrom.forEach(
          (transition, allowed) ->
              tests.add(
                  DynamicTest.dynamicTest(
                      from + " " + transition,
                      () -> {
                        CooperationPlan p = planIn(from);
                        ChangePlanStatus command =
                            planCommand(transition, p.id(), "Lý do " + transition);
                        if (allowed.contains(from)) {
                          assertThat(coplan().plans().changeStatus(command).status())
                              .isEqualTo(targets.get(transition));
                        } else {
                          assertRuleRefused(
                              RuleCode.PLAN_ILLEGAL_TRANSITION,
                              () -> coplan().plans().changeStatus(command));
                        }
                      })));
    }
    return tests.stream();
  }

  /** Activating a plan needs two parties and a period. */
  @Test
  protected void activationNeedsTwoPartiesAndAPeriod() {
    CooperationPlan none =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("NONE"), en("No parties"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    CooperationPlan one =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("ONE"), en("One party"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(one.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    CooperationPlan undated =
        coplan().plans().draft(new DraftPlan(PlanCode.of("UNDATED"), en("No period")));
    coplan()
        .plans()
        .addParty(new AddParty(undated.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    coplan().plans().addParty(new AddParty(undated.id(), Party.of(iia.id(), PartyRole.FUNDING)));

    assertRuleRefused(
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES,
        () -> coplan().plans().changeStatus(ChangePlanStatus.activate(none.id())));
    assertRuleRefused(
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES,
        () -> coplan().plans().changeStatus(ChangePlanStatus.activate(one.id())));
    assertRuleRefused(
        RuleCode.PLAN_ACTIVATION_NEEDS_PERIOD,
        () -> coplan().plans().changeStatus(ChangePlanStatus.activate(undated.id())));
    assertInvalid(
        () -> coplan().plans().describe(new DescribePlan(plan.id(), en("Plan"))),
        "period:required");
  }

  /** A completed or cancelled plan, and every activity in it, refuses every change. */
  @Test
  protected void frozenPlanRefusesEveryChange() {
    coplan().plans().changeStatus(ChangePlanStatus.cancel(other.id(), "Hủy kế hoạch"));
    List<ThrowingCallable> changes =
        List.of(
            () -> propose(other, 1, "Late"),
            () -> coplan().activities().changeStatus(ChangeActivityStatus.plan(x.id())),
            () ->
                coplan()
                    .activities()
                    .addParticipant(
                        new AddParticipant(
                            x.id(),
                            Participant.of(dung.id()),
                            ParticipationRole.ATTENDEE,
                            ParticipationStatus.INVITED)),
            () ->
                coplan()
                    .activities()
                    .revise(
                        new ReviseActivity(
                            x.id(), x.details().toBuilder().title(en("Renamed")).build())),
            () -> coplan().activities().move(MoveActivity.toTop(x.id())),
            () ->
                coplan()
                    .plans()
                    .addContentArea(new AddContentArea(other.id(), new ContentArea(2, en("Two")))),
            () ->
                coplan()
                    .plans()
                    .addParty(new AddParty(other.id(), Party.of(dost.id(), PartyRole.FUNDING))),
            () -> coplan().plans().describe(new DescribePlan(other.id(), en("Renamed"))));

    for (ThrowingCallable change : changes) {
      assertRuleRefused(RuleCode.PLAN_FROZEN, change);
    }
  }

  /**
   * Starting needs the actual start; completing needs actual start and end; cancelling and
   * postponing need a reason.
   */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void transitionsNeedWhatTheirRulesSay() {
    coplan().activities().changeStatus(ChangeActivityStatus.plan(a.id()));
    coplan().activities().changeStatus(ChangeActivityStatus.schedule(a.id()));

    assertInvalid(
        () -> coplan().activities().changeStatus(ChangeActivityStatus.start(a.id(), null)),
        "actualStart:required");
    assertInvalid(
        () -> coplan().activities().changeStatus(ChangeActivityStatus.complete(a.id(), null)),
        "actualEnd:required");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(a.id(), PartialDate.parse("2018-11-20"), null)),
        "actualEnd:required");
    assertRuleRefused(
        RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES,
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(a.id(), PartialDate.parse("2018-11-22"))));
    for (String reason : new String[] {null, "", " ", "\u3000"}) {
      String expected = reason == null ? "reason:required" : "reason:blank";
      assertInvalid(
          () -> coplan().activities().changeStatus(ChangeActivityStatus.cancel(a.id(), reason)),
          expected);
      assertInvalid(
          () -> coplan().activities().changeStatus(ChangeActivityStatus.postpone(a.id(), reason)),
          expected);
      assertInvalid(
          () -> coplan().plans().changeStatus(ChangePlanStatus.cancel(a.plan(), reason)), expected);
    }
    Activity completed =
        coplan()
            .activities()
            .changeStatus(
                ChangeActivityStatus.complete(
                    a.id(), PartialDate.parse("2018-11-20"), PartialDate.parse("2018-11~")));
    assertRuleRefused(
        RuleCode.ACTIVITY_CLOSED,
        () ->
            coplan().activities().revise(new ReviseActivity(completed.id(), completed.details())));
    assertRuleRefused(
        RuleCode.ACTIVITY_CLOSED,
        () -> coplan().activities().move(MoveActivity.under(completed.id(), b.id())));
  }

  /** A participant takes part once per role; only the drawn participation transitions are taken. */
  @Test
  protected void participationRulesAreKept() {
    assertRuleRefused(
        RuleCode.PARTICIPATION_EXISTS,
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                        a.id(),
                        Participant.of(dung.id()),
                        ParticipationRole.DELEGATE,
                        ParticipationStatus.INVITED)));
    assertRuleRefused(
        RuleCode.PARTICIPATION_UNKNOWN,
        () ->
            coplan()
                .activities()
                .changeParticipation(
                    new ChangeParticipation(
                        a.id(),
                        Participant.of(iia.id()),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.CONFIRMED)));
    assertRuleRefused(
        RuleCode.PARTICIPATION_UNKNOWN,
        () ->
            coplan()
                .activities()
                .changeParticipation(
                    new ChangeParticipation(
                        a.id(),
                        Participant.of(dung.id()),
                        ParticipationRole.SPEAKER,
                        ParticipationStatus.CONFIRMED)));
    assertInvalid(
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                            a.id(),
                            Participant.of(iia.id()),
                            ParticipationRole.HOST,
                            ParticipationStatus.INVITED)
                        .withAffiliation(new AffiliationSnapshot(dost.id(), "Giám đốc"))),
        "affiliation:out-of-range");
    coplan()
        .activities()
        .changeParticipation(
            new ChangeParticipation(
                a.id(),
                Participant.of(dung.id()),
                ParticipationRole.DELEGATE,
                ParticipationStatus.WITHDRAWN));
    for (ParticipationStatus next : ParticipationStatus.values()) {
      assertRuleRefused(
          RuleCode.PARTICIPATION_ILLEGAL_TRANSITION,
          () ->
              coplan()
                  .activities()
                  .changeParticipation(
                      new ChangeParticipation(
                          a.id(), Participant.of(dung.id()), ParticipationRole.DELEGATE, next)));
    }
    Activity twice =
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    a.id(),
                    Participant.of(dung.id()),
                    ParticipationRole.SPEAKER,
                    ParticipationStatus.INVITED));
    assertThat(twice.participations())
        .extracting(p -> p.role())
        .containsExactly(ParticipationRole.DELEGATE, ParticipationRole.SPEAKER);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void assertNotFound(String kind, String id, ThrowingCallable call) {
    NotFoundException e = assertRefused(NotFoundException.class, call);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.id()).isEqualTo(id);
    assertThat(e.code()).isEqualTo(NotFoundException.CODE);
  }

  private Activity propose(CooperationPlan in, int area, String title) {
    return coplan()
        .activities()
        .propose(
            new ProposeActivity(
                in.id(), details(area, ActivityType.WORKSHOP, en(title), "2018-Q4")));
  }

  private CooperationPlan draftWithParties(String code) {
    CooperationPlan p =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(p.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    return coplan()
        .plans()
        .addParty(new AddParty(p.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
  }

  private Activity activityIn(ActivityStatus status) {
    ActivityId id = propose(plan, 1, "In " + status).id();
    switch (status) {
      case PROPOSED -> {}
      case CANCELLED -> change(ChangeActivityStatus.cancel(id, "Hủy"));
      default -> {
        change(ChangeActivityStatus.plan(id));
        if (status == ActivityStatus.POSTPONED) {
          change(ChangeActivityStatus.postpone(id, "Hoãn"));
        } else if (status != ActivityStatus.PLANNED) {
          change(ChangeActivityStatus.schedule(id));
          if (status == ActivityStatus.IN_PROGRESS || status == ActivityStatus.COMPLETED) {
            change(ChangeActivityStatus.start(id, PartialDate.parse("2018-11-20")));
          }
          if (status == ActivityStatus.COMPLETED) {
            change(ChangeActivityStatus.complete(id, PartialDate.parse("2018-11-22")));
          }
        }
      }
    }
    Activity activity = coplan().activities().get(id);
    assertThat(activity.status()).isEqualTo(status);
    return activity;
  }

  private void change(ChangeActivityStatus command) {
    coplan().activities().changeStatus(command);
  }

  /** The activity lifecycle's transitions, one per command record. */
  private enum ActivityMove {
    PLAN,
    SCHEDULE,
    START,
    COMPLETE,
    POSTPONE,
    CANCEL
  }

  /** The plan lifecycle's transitions, one per command record. */
  private enum PlanMove {
    ACTIVATE,
    SUSPEND,
    RESUME,
    COMPLETE,
    CANCEL
  }

  private static ChangePlanStatus planCommand(PlanMove transition, PlanId id, String reason) {
    return switch (transition) {
      case ACTIVATE -> ChangePlanStatus.activate(id);
      case SUSPEND -> ChangePlanStatus.suspend(id, reason);
      case RESUME -> ChangePlanStatus.resume(id);
      case COMPLETE -> ChangePlanStatus.complete(id);
      case CANCEL -> ChangePlanStatus.cancel(id, reason);
    };
  }

  private static ChangeActivityStatus command(ActivityMove transition, ActivityId id) {
    return switch (transition) {
      case PLAN -> ChangeActivityStatus.plan(id);
      case SCHEDULE -> ChangeActivityStatus.schedule(id, DateSpan.parse("2018-11-20/2018-11-22"));
      case START -> ChangeActivityStatus.start(id, PartialDate.parse("2018-11-20"));
      case COMPLETE ->
          ChangeActivityStatus.complete(
              id, PartialDate.parse("2018-11-20"), PartialDate.parse("2018-11-22"));
      case POSTPONE -> ChangeActivityStatus.postpone(id, "Hoãn lại");
      case CANCEL -> ChangeActivityStatus.cancel(id, "Hủy bỏ");
    };
  }

  private CooperationPlan planIn(PlanStatus status) {
    CooperationPlan p = draftWithParties("T-" + (++codes));
    switch (status) {
      case DRAFT -> {}
      case CANCELLED -> p = coplan().plans().changeStatus(ChangePlanStatus.cancel(p.id(), "Hủy"));
      default -> {
        p = coplan().plans().changeStatus(ChangePlanStatus.activate(p.id()));
        if (status == PlanStatus.SUSPENDED) {
          p = coplan().plans().changeStatus(ChangePlanStatus.suspend(p.id(), "Tạm dừng"));
        } else if (status == PlanStatus.COMPLETED) {
          p = coplan().plans().changeStatus(ChangePlanStatus.complete(p.id()));
        }
      }
    }
    assertThat(p.status()).isEqualTo(status);
    return p;
  }

  private static OrganisationProfile withParent(
      OrganisationProfile profile, OrganisationId parent) {
    return new OrganisationProfile(
        profile.name(),
        profile.acronym(),
        profile.alternativeNames(),
        profile.type(),
        profile.country(),
        parent,
        profile.identifiers(),
        profile.website());
  }
}
