package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Lists;
import io.github.coplan.Coplan;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.Fixtures;
import io.github.coplan.testing.SequentialIds;
import io.github.coplan.testing.SettableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryServiceTest {

  private static final Instant AT = Instant.parse("2018-11-20T05:00:00Z");
  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
  private static final PlanCode CODE = PlanCode.of("HCMC-IIA-2018");
  private static final Actor ALICE = Actor.person(Fixtures.DIRECTOR);
  private static final String TITLE = j("{'original':'vi','texts':{'en':'Plan','vi':'Kế hoạch'}}");

  private final FakeStorage storage = new FakeStorage();
  private final Coplan coplan =
      Coplan.builder().storage(storage).clock(CLOCK).idSource(new SequentialIds()).build();
  private final UseCases uses = coplan.actingAs(ALICE);

  /** JSON written with single quotes, for legibility: no value here holds one. */
  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** The n-th id the id source gave. */
  private static UUID id(long n) {
    return SequentialIds.nth(n);
  }

  private static OrganisationProfile profile(String name, CountryCode country) {
    return OrganisationProfile.builder()
        .name(vi(name))
        .type(OrganisationType.GOVERNMENT)
        .country(country)
        .build();
  }

  private static String text(String vi) {
    return j("{'original':'vi','texts':{'vi':'" + vi + "'}}");
  }

  private static ChangeRecord record(
      long sequence,
      long command,
      AggregateRef aggregate,
      PlanId plan,
      long version,
      String commandName,
      String reason,
      FieldChange... changes) {
    return new ChangeRecord(
        sequence,
        id(command),
        ALICE,
        AT,
        aggregate,
        plan,
        version,
        commandName,
        reason,
        List.of(changes));
  }

  /** The same record with another actor. */
  private static ChangeRecord by(Actor actor, ChangeRecord r) {
    return new ChangeRecord(
        r.sequence(),
        r.command(),
        actor,
        r.at(),
        r.aggregate(),
        r.plan(),
        r.version(),
        r.commandName(),
        r.reason(),
        r.changes());
  }

  private static FieldChange change(String field, String before, String after) {
    return new FieldChange(field, before, after);
  }

  /** The record of a new plan's access that drafting it appends: Alice administers it. */
  private static ChangeRecord accessDrafted(long sequence, long command, PlanId plan) {
    return record(
        sequence,
        command,
        AggregateRef.accessOf(plan),
        plan,
        1,
        "DraftPlan",
        null,
        change(
            "grants",
            null,
            j(
                "[{'principal':'person:"
                    + Fixtures.DIRECTOR
                    + "','role':'ADMINISTRATOR','areas':[]}]")),
        change("visibility", null, "RESTRICTED"));
  }

  private List<ChangeRecord> historyOf(AggregateRef ref) {
    Page<ChangeRecord> page = uses.history().of(HistoryQuery.of(ref).pageSize(500));
    assertThat(page.nextCursor()).isNull();
    return page.items();
  }

  private List<ChangeRecord> feedOf(PlanId plan) {
    return uses.history().feed(plan, 0, 500);
  }

  private CooperationPlan draft() {
    return uses.plans().draft(new DraftPlan(CODE, viEn("Kế hoạch", "Plan")));
  }

  // ---- what each command records -------------------------------------------------------------

  @Test
  void draftingAPlanAppendsOneRecordOfEveryFieldItHasWithNothingBefore() {
    CooperationPlan plan =
        uses.plans()
            .draft(
                new DraftPlan(CODE, viEn("Kế hoạch", "Plan"))
                    .withSummary(vi("Tóm tắt"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    AggregateRef ref = AggregateRef.of(plan.id());

    // id 1 is the plan's, id 2 the command's
    assertThat(plan.id()).isEqualTo(new PlanId(id(1)));
    assertThat(ref).isEqualTo(new AggregateRef(AggregateKind.PLAN, id(1)));
    List<ChangeRecord> expected =
        List.of(
            record(
                1,
                2,
                ref,
                plan.id(),
                1,
                "DraftPlan",
                null,
                change("code", null, "HCMC-IIA-2018"),
                change("contentAreas", null, "[]"),
                change("documents", null, "[]"),
                change("parties", null, "[]"),
                change("period", null, "2018/2021"),
                change("status", null, "DRAFT"),
                change("summary", null, text("Tóm tắt")),
                change("title", null, TITLE)));
    Page<ChangeRecord> page = uses.history().of(HistoryQuery.of(ref));
    assertThat(page.items()).isEqualTo(expected);
    assertThat(page.nextCursor()).isNull();
    // the same command records the new plan's access: restricted, the drafter administers it
    ChangeRecord access = accessDrafted(2, 2, plan.id());
    assertThat(historyOf(AggregateRef.accessOf(plan.id()))).containsExactly(access);
    assertThat(feedOf(plan.id())).containsExactly(expected.get(0), access);
  }

  @Test
  void aDraftWithoutSummaryOrPeriodRecordsNeither() {
    CooperationPlan plan = draft();

    assertThat(historyOf(AggregateRef.of(plan.id())).get(0).changes())
        .extracting(FieldChange::field)
        .containsExactly("code", "contentAreas", "documents", "parties", "status", "title");
  }

  @Test
  void theLifecycleOfAPlanRecordsTheCommandTheReasonAndExactlyTheFieldsChanged() {
    Organisation dost =
        uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    Organisation iia =
        uses.organisations().register(new RegisterOrganisation(profile("IIA", CountryCode.IL)));
    CooperationPlan plan =
        uses.plans()
            .draft(
                new DraftPlan(CODE, viEn("Kế hoạch", "Plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    PlanId p = plan.id();
    AggregateRef ref = AggregateRef.of(p);
    // ids: dost 1, its command 2, iia 3, its command 4, the plan 5, its command 6 (which records
    // the plan and its access); then one command id per command
    assertThat(List.of(dost.id(), iia.id()))
        .containsExactly(new OrganisationId(id(1)), new OrganisationId(id(3)));
    assertThat(p).isEqualTo(new PlanId(id(5)));

    uses.plans().addParty(new AddParty(p, Party.of(dost.id(), PartyRole.SIGNATORY)));
    uses.plans().addParty(new AddParty(p, Party.of(iia.id(), PartyRole.FUNDING)));
    uses.plans().changeStatus(ChangePlanStatus.activate(p));
    uses.plans().changeStatus(ChangePlanStatus.suspend(p, "  Chờ ngân sách 2019 "));
    uses.plans().changeStatus(ChangePlanStatus.resume(p));
    CooperationPlan cancelled = uses.plans().changeStatus(ChangePlanStatus.cancel(p, "Hết hạn"));

    String dostParty = "{'organisation':'" + dost.id() + "','roles':['SIGNATORY'],'signedOn':null}";
    String iiaParty = "{'organisation':'" + iia.id() + "','roles':['FUNDING'],'signedOn':null}";
    assertThat(cancelled.version()).isEqualTo(7);
    assertThat(uses.history().feed(p, 3, 500))
        .containsExactly(
            accessDrafted(4, 6, p),
            record(
                5,
                7,
                ref,
                p,
                2,
                "AddParty",
                null,
                change("parties", "[]", j("[" + dostParty + "]"))),
            record(
                6,
                8,
                ref,
                p,
                3,
                "AddParty",
                null,
                change(
                    "parties",
                    j("[" + dostParty + "]"),
                    j("[" + dostParty + "," + iiaParty + "]"))),
            record(
                7,
                9,
                ref,
                p,
                4,
                "ChangePlanStatus.Activate",
                null,
                change("status", "DRAFT", "ACTIVE")),
            record(
                8,
                10,
                ref,
                p,
                5,
                "ChangePlanStatus.Suspend",
                "Chờ ngân sách 2019",
                change("status", "ACTIVE", "SUSPENDED"),
                change("statusReason", null, "Chờ ngân sách 2019")),
            record(
                9,
                11,
                ref,
                p,
                6,
                "ChangePlanStatus.Resume",
                null,
                change("status", "SUSPENDED", "ACTIVE"),
                change("statusReason", "Chờ ngân sách 2019", null)),
            record(
                10,
                12,
                ref,
                p,
                7,
                "ChangePlanStatus.Cancel",
                "Hết hạn",
                change("status", "ACTIVE", "CANCELLED"),
                change("statusReason", null, "Hết hạn")));
    assertThat(historyOf(ref))
        .extracting(ChangeRecord::version)
        .containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void theOtherPlanCommandsRecordTheirNamesAndTheFieldsTheyChanged() {
    Organisation dost =
        uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    Organisation iia =
        uses.organisations().register(new RegisterOrganisation(profile("IIA", CountryCode.IL)));
    PlanId p = draft().id();

    uses.plans()
        .describe(new DescribePlan(p, vi("Kế hoạch mới")).withPeriod(DateSpan.parse("2018/2022")));
    uses.plans().addContentArea(new AddContentArea(p, new ContentArea(1, vi("Chính sách"))));
    uses.plans().renameContentArea(new RenameContentArea(p, 1, vi("Chính sách ĐMST")));
    uses.plans().addParty(new AddParty(p, Party.of(dost.id(), PartyRole.SIGNATORY)));
    uses.plans().addParty(new AddParty(p, Party.of(iia.id(), PartyRole.FUNDING)));
    uses.plans()
        .changeParty(
            new ChangeParty(
                p, new Party(dost.id(), Set.of(PartyRole.SIGNATORY), LocalDate.of(2018, 6, 1))));
    uses.plans().removeParty(new RemoveParty(p, iia.id()));

    List<ChangeRecord> records = uses.history().feed(p, 0, 500);
    assertThat(records)
        .extracting(ChangeRecord::commandName)
        .containsExactly(
            "DraftPlan",
            "DraftPlan",
            "DescribePlan",
            "AddContentArea",
            "RenameContentArea",
            "AddParty",
            "AddParty",
            "ChangeParty",
            "RemoveParty");
    assertThat(records)
        .extracting(ChangeRecord::version)
        .containsExactly(1L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(records)
        .extracting(ChangeRecord::aggregate)
        .containsExactly(
            AggregateRef.of(p),
            AggregateRef.accessOf(p),
            AggregateRef.of(p),
            AggregateRef.of(p),
            AggregateRef.of(p),
            AggregateRef.of(p),
            AggregateRef.of(p),
            AggregateRef.of(p),
            AggregateRef.of(p));
    assertThat(records.get(1)).isEqualTo(accessDrafted(4, 6, p));
    assertThat(records).extracting(ChangeRecord::plan).containsOnly(p);
    assertThat(records).extracting(ChangeRecord::reason).containsOnlyNulls();
    assertThat(records.get(2).changes())
        .containsExactly(
            change("period", null, "2018/2022"), change("title", TITLE, text("Kế hoạch mới")));
    assertThat(records.get(3).changes())
        .containsExactly(
            change("contentAreas", "[]", j("[{'number':1,'title':" + text("Chính sách") + "}]")));
    assertThat(records.get(4).changes())
        .containsExactly(
            change(
                "contentAreas",
                j("[{'number':1,'title':" + text("Chính sách") + "}]"),
                j("[{'number':1,'title':" + text("Chính sách ĐMST") + "}]")));
    String signed =
        "{'organisation':'" + dost.id() + "','roles':['SIGNATORY'],'signedOn':'2018-06-01'}";
    String iiaParty = "{'organisation':'" + iia.id() + "','roles':['FUNDING'],'signedOn':null}";
    assertThat(records.get(7).changes())
        .extracting(FieldChange::field, FieldChange::after)
        .containsExactly(tuple("parties", j("[" + signed + "," + iiaParty + "]")));
    assertThat(records.get(8).changes())
        .containsExactly(
            change("parties", j("[" + signed + "," + iiaParty + "]"), j("[" + signed + "]")));
  }

  @Test
  void anActivitysRecordsCarryItsPlan() {
    Organisation iia =
        uses.organisations().register(new RegisterOrganisation(profile("IIA", CountryCode.IL)));
    PlanId p = draft().id();
    uses.plans().addContentArea(new AddContentArea(p, new ContentArea(1, vi("Chính sách"))));
    Activity tour =
        uses.activities().propose(new ProposeActivity(p, details(1, "2018-12", "Đoàn khảo sát")));
    ActivityId a = tour.id();
    AggregateRef ref = AggregateRef.of(a);
    // ids: iia 1, its command 2; the plan 3, its command 4 (records 2 and 3: the plan and its
    // access); the content area's command 5 (record 4); the activity 6, its command 7; then one
    // command id per command
    assertThat(a).isEqualTo(new ActivityId(id(6)));

    uses.activities().changeStatus(ChangeActivityStatus.plan(a));
    uses.activities().changeStatus(ChangeActivityStatus.postpone(a, "Chờ visa"));
    uses.activities()
        .addParticipant(
            new AddParticipant(
                a, Participant.of(iia.id()), ParticipationRole.HOST, ParticipationStatus.INVITED));
    uses.activities().changeStatus(ChangeActivityStatus.cancel(a, "Bão"));

    String host =
        "[{'participant':'organisation:" + iia.id() + "','role':'HOST','status':'INVITED'}]";
    List<ChangeRecord> expected =
        List.of(
            record(
                5,
                7,
                ref,
                p,
                1,
                "ProposeActivity",
                null,
                change("contentArea", null, "1"),
                change("participations", null, "[]"),
                change("plan", null, p.toString()),
                change("planned", null, "2018-12"),
                change("status", null, "PROPOSED"),
                change("title", null, text("Đoàn khảo sát")),
                change("type", null, "STUDY_TOUR")),
            record(
                6,
                8,
                ref,
                p,
                2,
                "ChangeActivityStatus.Plan",
                null,
                change("status", "PROPOSED", "PLANNED")),
            record(
                7,
                9,
                ref,
                p,
                3,
                "ChangeActivityStatus.Postpone",
                "Chờ visa",
                change("status", "PLANNED", "POSTPONED"),
                change("statusReason", null, "Chờ visa")),
            record(
                8, 10, ref, p, 4, "AddParticipant", null, change("participations", "[]", j(host))),
            record(
                9,
                11,
                ref,
                p,
                5,
                "ChangeActivityStatus.Cancel",
                "Bão",
                change("status", "POSTPONED", "CANCELLED"),
                change("statusReason", "Chờ visa", "Bão")));
    assertThat(uses.history().feed(p, 4, 500)).isEqualTo(expected);
    assertThat(historyOf(ref)).isEqualTo(Lists.reverse(expected));
  }

  @Test
  void organisationsAndPeopleHaveRecordsWithoutAPlan() {
    Organisation dost =
        uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    OrganisationProfile withAcronym =
        OrganisationProfile.builder()
            .name(vi("DOST"))
            .acronym("DOST")
            .type(OrganisationType.GOVERNMENT)
            .country(CountryCode.VN)
            .build();
    uses.organisations().update(new UpdateOrganisation(dost.id(), withAcronym));
    Person director =
        uses.people()
            .register(
                new RegisterPerson(PersonProfile.of("Nguyễn Văn A", CountryCode.VN), List.of()));
    uses.people()
        .addAffiliation(
            new AddAffiliation(
                director.id(),
                new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2015, 1, 1), null)));
    uses.people()
        .update(
            new UpdatePerson(
                director.id(),
                new PersonProfile("Nguyễn Văn A", CountryCode.VN, Set.of(), "a@dost.vn", true)));
    AggregateRef org = AggregateRef.of(dost.id());
    AggregateRef person = AggregateRef.of(director.id());
    // ids: dost 1, its command 2; the update's command 3; the director 4, their command 5; then one
    // command id per command

    assertThat(historyOf(org))
        .containsExactly(
            record(2, 3, org, null, 2, "UpdateOrganisation", null, change("acronym", null, "DOST")),
            record(
                1,
                2,
                org,
                null,
                1,
                "RegisterOrganisation",
                null,
                change("alternativeNames", null, "[]"),
                change("country", null, "VN"),
                change("identifiers", null, "[]"),
                change("name", null, text("DOST")),
                change("type", null, "GOVERNMENT")));
    assertThat(historyOf(person))
        .containsExactly(
            record(
                5,
                7,
                person,
                null,
                3,
                "UpdatePerson",
                null,
                change("consentToPublish", "false", "true"),
                change("contact", null, "a@dost.vn")),
            record(
                4,
                6,
                person,
                null,
                2,
                "AddAffiliation",
                null,
                change(
                    "affiliations",
                    "[]",
                    j(
                        "[{'organisation':'"
                            + dost.id()
                            + "','position':'Giám đốc','from':'2015-01-01','to':null}]"))),
            record(
                3,
                5,
                person,
                null,
                1,
                "RegisterPerson",
                null,
                change("affiliations", null, "[]"),
                change("consentToPublish", null, "false"),
                change("country", null, "VN"),
                change("expertise", null, "[]"),
                change("name", null, "Nguyễn Văn A")));
  }

  @Test
  void eachRecordNamesItsOwnActor() {
    UseCases importer = coplan.actingAs(Actor.system("iati-import"));
    PlanId p = draft().id();
    importer.plans().describe(new DescribePlan(p, vi("Kế hoạch mới")));
    uses.plans().addContentArea(new AddContentArea(p, new ContentArea(1, vi("Chính sách"))));

    assertThat(uses.actor()).isEqualTo(ALICE);
    assertThat(importer.actor()).isEqualTo(Actor.system("iati-import"));
    assertThat(feedOf(p))
        .extracting(ChangeRecord::actor)
        .containsExactly(ALICE, ALICE, Actor.system("iati-import"), ALICE);
  }

  @Test
  void eachRecordHasTheInstantOfItsCommandByTheClock() {
    SettableClock clock = new SettableClock(AT);
    UseCases timed =
        Coplan.builder()
            .storage(new FakeStorage())
            .clock(clock)
            .idSource(new SequentialIds())
            .build()
            .actingAs(ALICE);
    PlanId p = timed.plans().draft(new DraftPlan(CODE, vi("Kế hoạch"))).id();
    clock.set(AT.plusSeconds(90));
    timed.plans().describe(new DescribePlan(p, vi("Kế hoạch mới")));

    assertThat(timed.history().feed(p, 0, 10))
        .extracting(ChangeRecord::at)
        .containsExactly(AT, AT, AT.plusSeconds(90));
  }

  // ---- transactions and failures --------------------------------------------------------------

  @Test
  void eachCommandOfAGroupHasItsOwnCommandId() {
    PlanId p =
        uses.inTransaction(
            tx -> {
              CooperationPlan plan = tx.plans().draft(new DraftPlan(CODE, vi("Kế hoạch")));
              tx.plans().addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A"))));
              tx.activities()
                  .propose(new ProposeActivity(plan.id(), details(1, "2018-12", "Đoàn khảo sát")));
              // the group sees its own records before it commits
              assertThat(tx.history().feed(plan.id(), 0, 10)).hasSize(4);
              return plan.id();
            });

    List<ChangeRecord> records = feedOf(p);
    // ids: the plan 1, its command 2 (the plan and its access); the content area's command 3; the
    // activity 4, its command 5
    assertThat(records).extracting(ChangeRecord::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records)
        .extracting(ChangeRecord::command)
        .containsExactly(id(2), id(2), id(3), id(5));
    assertThat(records)
        .extracting(ChangeRecord::commandName)
        .containsExactly("DraftPlan", "DraftPlan", "AddContentArea", "ProposeActivity");
    assertThat(records)
        .extracting(r -> r.aggregate().kind())
        .containsExactly(
            AggregateKind.PLAN,
            AggregateKind.PLAN_ACCESS,
            AggregateKind.PLAN,
            AggregateKind.ACTIVITY);
    assertThat(records).extracting(ChangeRecord::actor).containsOnly(ALICE);
    assertThat(records).extracting(ChangeRecord::at).containsOnly(AT);
  }

  @Test
  void aGroupThatFailsAppendsNothing() {
    rule(
        () ->
            uses.useTransaction(
                tx -> {
                  CooperationPlan plan = tx.plans().draft(new DraftPlan(CODE, vi("Kế hoạch")));
                  tx.plans()
                      .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A"))));
                  tx.plans().changeStatus(ChangePlanStatus.activate(plan.id()));
                }),
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);

    PlanId p = new PlanId(id(1));
    assertThat(uses.plans().findByCode(CODE)).isEmpty();
    assertThat(historyOf(AggregateRef.of(p))).isEmpty();
    assertThat(feedOf(p)).isEmpty();
  }

  @Test
  void aCommandThatFailsAppendsNothing() {
    Organisation dost =
        uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    Organisation iia =
        uses.organisations().register(new RegisterOrganisation(profile("IIA", CountryCode.IL)));
    PlanId p =
        uses.plans()
            .draft(new DraftPlan(CODE, vi("Kế hoạch")).withPeriod(DateSpan.parse("2018/2021")))
            .id();
    uses.plans().addParty(new AddParty(p, Party.of(dost.id(), PartyRole.SIGNATORY)));
    uses.plans().addParty(new AddParty(p, Party.of(iia.id(), PartyRole.SIGNATORY)));
    uses.plans().changeStatus(ChangePlanStatus.activate(p));
    AggregateRef ref = AggregateRef.of(p);
    List<ChangeRecord> history = historyOf(ref);
    List<ChangeRecord> feed = feedOf(p);
    List<ChangeRecord> dostHistory = historyOf(AggregateRef.of(dost.id()));
    assertThat(history).hasSize(4);
    // the feed holds the plan's access record of its draft too
    assertThat(feed).hasSize(5);
    assertThat(feed.get(1)).isEqualTo(accessDrafted(4, 6, p));

    // bad input, refused before the unit of work
    violation(() -> uses.plans().draft(null), "command", Violation.REQUIRED);
    violation(() -> uses.plans().changeStatus(null), "command", Violation.REQUIRED);
    // bad input, refused inside the unit of work: an agreed plan keeps a period
    violation(
        () -> uses.plans().describe(new DescribePlan(p, vi("Kế hoạch mới"))),
        "period",
        Violation.REQUIRED);
    // not found: the plan, an organisation, an activity's plan
    PlanId nowhere = new PlanId(id(999));
    assertThatThrownBy(() -> uses.plans().changeStatus(ChangePlanStatus.suspend(nowhere, "x")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                uses.plans()
                    .addParty(
                        new AddParty(p, Party.of(new OrganisationId(id(998)), PartyRole.FUNDING))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                uses.activities()
                    .propose(new ProposeActivity(nowhere, details(1, "2018-12", "Đoàn"))))
        .isInstanceOf(NotFoundException.class);
    // a stale expected version
    assertThatThrownBy(
            () ->
                uses.plans()
                    .describe(
                        new DescribePlan(p, vi("Kế hoạch mới"))
                            .withPeriod(DateSpan.parse("2018/2022"))
                            .expecting(3)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                uses.organisations()
                    .update(
                        new UpdateOrganisation(dost.id(), profile("DOST HCMC", CountryCode.VN))
                            .expecting(2)))
        .isInstanceOf(ConflictException.class);
    // a rule
    rule(
        () -> uses.plans().changeStatus(ChangePlanStatus.activate(p)),
        RuleCode.PLAN_ILLEGAL_TRANSITION);

    assertThat(historyOf(ref)).isEqualTo(history);
    assertThat(feedOf(p)).isEqualTo(feed);
    assertThat(historyOf(AggregateRef.of(dost.id()))).isEqualTo(dostHistory);
    assertThat(feedOf(nowhere)).isEmpty();
    assertThat(historyOf(AggregateRef.of(nowhere))).isEmpty();
  }

  // ---- paging and the feed --------------------------------------------------------------------

  private AggregateRef planOfFiveVersions() {
    PlanId p = draft().id();
    for (int i = 2; i <= 5; i++) {
      uses.plans().describe(new DescribePlan(p, vi("Kế hoạch " + i)));
    }
    return AggregateRef.of(p);
  }

  @Test
  void pagesOfAnAggregatesHistoryGoFromNewestToOldest() {
    AggregateRef ref = planOfFiveVersions();
    HistoryQuery two = HistoryQuery.of(ref).pageSize(2);

    Page<ChangeRecord> first = uses.history().of(two);
    assertThat(first.items()).extracting(ChangeRecord::version).containsExactly(5L, 4L);
    assertThat(first.nextCursor()).isEqualTo("v4");

    Page<ChangeRecord> second = uses.history().of(two.after("v4"));
    assertThat(second.items()).extracting(ChangeRecord::version).containsExactly(3L, 2L);
    assertThat(second.nextCursor()).isEqualTo("v2");

    Page<ChangeRecord> last = uses.history().of(two.after("v2"));
    assertThat(last.items()).extracting(ChangeRecord::version).containsExactly(1L);
    assertThat(last.nextCursor()).isNull();
    assertThat(last.items().get(0).commandName()).isEqualTo("DraftPlan");
    assertThat(first.items().get(0).commandName()).isEqualTo("DescribePlan");
  }

  @Test
  void aLastPageThatIsFullHasNoCursor() {
    AggregateRef ref = planOfFiveVersions();

    Page<ChangeRecord> all = uses.history().of(HistoryQuery.of(ref).pageSize(5));
    assertThat(all.items()).extracting(ChangeRecord::version).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(all.nextCursor()).isNull();

    Page<ChangeRecord> four = uses.history().of(HistoryQuery.of(ref).pageSize(4));
    assertThat(four.items()).extracting(ChangeRecord::version).containsExactly(5L, 4L, 3L, 2L);
    assertThat(four.nextCursor()).isEqualTo("v2");
    Page<ChangeRecord> rest = uses.history().of(HistoryQuery.of(ref).pageSize(1).after("v2"));
    assertThat(rest.items()).extracting(ChangeRecord::version).containsExactly(1L);
    assertThat(rest.nextCursor()).isNull();

    Page<ChangeRecord> byDefault = uses.history().of(HistoryQuery.of(ref));
    assertThat(byDefault.items()).isEqualTo(all.items());
    assertThat(byDefault.nextCursor()).isNull();
  }

  @Test
  void aCursorReadsTheVersionsBelowIt() {
    AggregateRef ref = planOfFiveVersions();

    assertThat(uses.history().of(HistoryQuery.of(ref).after("v1")).items()).isEmpty();
    assertThat(uses.history().of(HistoryQuery.of(ref).after("v1")).nextCursor()).isNull();
    assertThat(uses.history().of(HistoryQuery.of(ref).after("v3")).items())
        .extracting(ChangeRecord::version)
        .containsExactly(2L, 1L);
    assertThat(uses.history().of(HistoryQuery.of(ref).after("v999")).items()).hasSize(5);
  }

  @Test
  void anAggregateThatNeverExistedHasAnEmptyHistory() {
    Page<ChangeRecord> page =
        uses.history().of(HistoryQuery.of(AggregateRef.of(new PlanId(id(42)))));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void aQueryIsRequired() {
    violation(() -> uses.history().of(null), "query", Violation.REQUIRED);
  }

  @Test
  void theFeedOfAPlanHasItsAndItsActivitiesRecordsInSequenceOrder() {
    uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    PlanId a = draft().id();
    uses.plans().addContentArea(new AddContentArea(a, new ContentArea(1, vi("A"))));
    PlanId b = uses.plans().draft(new DraftPlan(PlanCode.of("HCMC-IIA-2019"), vi("B"))).id();
    Activity inA =
        uses.activities().propose(new ProposeActivity(a, details(1, "2018-12", "Đoàn A")));
    uses.plans().addContentArea(new AddContentArea(b, new ContentArea(1, vi("B"))));
    Activity inB =
        uses.activities().propose(new ProposeActivity(b, details(1, "2019-12", "Đoàn B")));
    uses.activities().changeStatus(ChangeActivityStatus.plan(inA.id()));

    // records: dost 1; a 2, its access 3; a's content area 4; b 5, its access 6; inA 7; b's content
    // area 8; inB 9; inA planned 10
    List<ChangeRecord> feed = uses.history().feed(a, 0, 500);
    assertThat(feed).extracting(ChangeRecord::sequence).containsExactly(2L, 3L, 4L, 7L, 10L);
    assertThat(feed).extracting(ChangeRecord::plan).containsOnly(a);
    assertThat(feed)
        .extracting(ChangeRecord::aggregate)
        .containsExactly(
            AggregateRef.of(a),
            AggregateRef.accessOf(a),
            AggregateRef.of(a),
            AggregateRef.of(inA.id()),
            AggregateRef.of(inA.id()));
    assertThat(uses.history().feed(a, 4, 500))
        .extracting(ChangeRecord::sequence)
        .containsExactly(7L, 10L);
    assertThat(uses.history().feed(a, 5, 500))
        .extracting(ChangeRecord::sequence)
        .containsExactly(7L, 10L);
    assertThat(uses.history().feed(a, 0, 2))
        .extracting(ChangeRecord::sequence)
        .containsExactly(2L, 3L);
    assertThat(uses.history().feed(a, 4, 1)).extracting(ChangeRecord::sequence).containsExactly(7L);
    assertThat(uses.history().feed(a, 10, 500)).isEmpty();
    assertThat(uses.history().feed(b, 0, 500))
        .extracting(ChangeRecord::sequence)
        .containsExactly(5L, 6L, 8L, 9L);
    assertThat(uses.history().feed(b, 0, 500).get(1).aggregate())
        .isEqualTo(AggregateRef.accessOf(b));
    assertThat(uses.history().feed(b, 0, 500).get(3).aggregate())
        .isEqualTo(AggregateRef.of(inB.id()));
  }

  @Test
  void theFeedRefusesBadInputWithTheExactPath() {
    PlanId p = draft().id();

    violation(() -> uses.history().feed(null, 0, 10), "plan", Violation.REQUIRED);
    violation(() -> uses.history().feed(p, -1, 10), "afterSequence", Violation.OUT_OF_RANGE);
    violation(
        () -> uses.history().feed(p, Long.MIN_VALUE, 10), "afterSequence", Violation.OUT_OF_RANGE);
    violation(() -> uses.history().feed(p, 0, 0), "limit", Violation.OUT_OF_RANGE);
    violation(() -> uses.history().feed(p, 0, -1), "limit", Violation.OUT_OF_RANGE);
    violation(() -> uses.history().feed(p, 0, 501), "limit", Violation.OUT_OF_RANGE);
    assertThat(uses.history().feed(p, 0, 1)).hasSize(1);
    assertThat(uses.history().feed(p, 0, 500)).hasSize(2);
    assertThat(uses.history().feed(p, Long.MAX_VALUE, 500)).isEmpty();
  }

  // ---- forgetting a person --------------------------------------------------------------------

  private static final PersonProfile NGUYEN_A =
      new PersonProfile("Nguyễn Văn A", CountryCode.VN, Set.of("ĐMST"), "a@dost.vn", true);

  /** Who forgets people in these tests: the application's data-protection job. */
  private static final Actor ERASER = Actor.system("data-protection");

  private final UseCases eraser = coplan.actingAs(ERASER);

  @Test
  void forgettingErasesThePersonalFieldsFromEveryRecordAndRecordsNoneOfThem() {
    Organisation dost =
        uses.organisations().register(new RegisterOrganisation(profile("DOST", CountryCode.VN)));
    Affiliation director = new Affiliation(dost.id(), "Giám đốc", null, null);
    Person person = uses.people().register(new RegisterPerson(NGUYEN_A, List.of(director)));
    uses.people()
        .update(
            new UpdatePerson(
                person.id(),
                new PersonProfile("Nguyễn Văn B", CountryCode.VN, Set.of(), "b@dost.vn", true)));
    // ids: dost 1, its command 2; the person 3, their command 4; the update's command 5

    Person forgotten =
        eraser.people().forget(new ForgetPerson(person.id(), "Yêu cầu số 42").expecting(2));

    AggregateRef ref = AggregateRef.of(person.id());
    String affiliations =
        j("[{'organisation':'" + dost.id() + "','position':'Giám đốc','from':null,'to':null}]");
    assertThat(forgotten.version()).isEqualTo(3);
    assertThat(forgotten.forgotten()).isTrue();
    assertThat(historyOf(ref))
        .containsExactly(
            by(
                ERASER,
                record(
                    4,
                    6,
                    ref,
                    null,
                    3,
                    "ForgetPerson",
                    "Yêu cầu số 42",
                    change("consentToPublish", "true", "false"))),
            record(3, 5, ref, null, 2, "UpdatePerson", null),
            record(
                2,
                4,
                ref,
                null,
                1,
                "RegisterPerson",
                null,
                change("affiliations", null, affiliations),
                change("consentToPublish", null, "true"),
                change("country", null, "VN")));
    assertThat(historyOf(AggregateRef.of(dost.id()))).hasSize(1);
  }

  @Test
  void forgettingAgainRecordsTheCommandWithoutChangesAndErasesWhatAnUpdateGaveSince() {
    Person person = uses.people().register(new RegisterPerson(NGUYEN_A, List.of()));
    eraser.people().forget(new ForgetPerson(person.id(), "first request"));

    Person again = eraser.people().forget(new ForgetPerson(person.id(), "second request"));
    uses.people().update(new UpdatePerson(person.id(), NGUYEN_A));
    Person third = eraser.people().forget(new ForgetPerson(person.id(), "third request"));

    AggregateRef ref = AggregateRef.of(person.id());
    assertThat(again.version()).isEqualTo(3);
    assertThat(third.version()).isEqualTo(5);
    assertThat(third.profile()).isEqualTo(again.profile());
    List<ChangeRecord> history = historyOf(ref);
    assertThat(history)
        .extracting(ChangeRecord::commandName, ChangeRecord::reason)
        .containsExactly(
            tuple("ForgetPerson", "third request"),
            tuple("UpdatePerson", null),
            tuple("ForgetPerson", "second request"),
            tuple("ForgetPerson", "first request"),
            tuple("RegisterPerson", null));
    assertThat(history.get(2).changes()).isEmpty();
    assertThat(history.get(1).changes())
        .containsExactly(change("consentToPublish", "false", "true"));
    assertThat(history)
        .flatExtracting(ChangeRecord::changes)
        .extracting(FieldChange::field)
        .doesNotContain("name", "contact", "expertise");
  }

  @Test
  void forgettingInsideAGroupErasesTheGroupsEarlierRecordsAndAFailedGroupErasesNothing() {
    Person person = uses.people().register(new RegisterPerson(NGUYEN_A, List.of()));
    AggregateRef ref = AggregateRef.of(person.id());
    List<ChangeRecord> before = historyOf(ref);

    rule(
        () ->
            eraser.useTransaction(
                tx -> {
                  tx.people().forget(new ForgetPerson(person.id(), "request"));
                  CooperationPlan plan = tx.plans().draft(new DraftPlan(CODE, vi("Kế hoạch")));
                  tx.plans()
                      .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A"))));
                  tx.plans().changeStatus(ChangePlanStatus.activate(plan.id()));
                }),
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);

    assertThat(historyOf(ref)).isEqualTo(before);
    assertThat(uses.people().get(person.id())).isEqualTo(person);

    eraser.useTransaction(
        tx -> {
          tx.people()
              .update(
                  new UpdatePerson(
                      person.id(),
                      new PersonProfile("Nguyễn Văn C", CountryCode.VN, Set.of(), null, true)));
          tx.people().forget(new ForgetPerson(person.id(), "request"));
        });

    assertThat(historyOf(ref))
        .extracting(ChangeRecord::commandName)
        .containsExactly("ForgetPerson", "UpdatePerson", "RegisterPerson");
    assertThat(historyOf(ref))
        .flatExtracting(ChangeRecord::changes)
        .extracting(FieldChange::field)
        .containsExactlyInAnyOrder(
            "affiliations", "consentToPublish", "country", "consentToPublish");
  }

  @Test
  void withTheHistoryOffForgettingStillErasesWhatWasRecordedBefore() {
    Person person = uses.people().register(new RegisterPerson(NGUYEN_A, List.of()));
    Coplan off = Coplan.builder().storage(storage).clock(CLOCK).recordHistory(false).build();

    off.actingAs(ERASER).people().forget(new ForgetPerson(person.id(), "request"));

    List<ChangeRecord> history = historyOf(AggregateRef.of(person.id()));
    assertThat(history).extracting(ChangeRecord::version).containsExactly(1L);
    assertThat(history.get(0).changes())
        .extracting(FieldChange::field)
        .containsExactly("affiliations", "consentToPublish", "country");
  }

  // ---- switching the history off; the actor ---------------------------------------------------

  @Test
  void withTheHistoryOffNothingIsAppended() {
    Coplan off =
        Coplan.builder()
            .storage(storage)
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .recordHistory(false)
            .build();
    UseCases quiet = off.actingAs(ALICE);

    CooperationPlan plan = quiet.plans().draft(new DraftPlan(CODE, vi("Kế hoạch")));
    quiet.plans().addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("A"))));
    Activity tour =
        quiet.activities().propose(new ProposeActivity(plan.id(), details(1, "2018-12", "Đoàn")));

    assertThat(off.recordsHistory()).isFalse();
    assertThat(coplan.recordsHistory()).isTrue();
    // no command ids are drawn either: the plan is id 1, the activity id 2
    assertThat(plan.id()).isEqualTo(new PlanId(id(1)));
    assertThat(tour.id()).isEqualTo(new ActivityId(id(2)));
    assertThat(quiet.plans().get(plan.id()).version()).isEqualTo(2);
    assertThat(quiet.history().feed(plan.id(), 0, 500)).isEmpty();
    assertThat(quiet.history().of(HistoryQuery.of(AggregateRef.of(plan.id()))).items()).isEmpty();
    assertThat(quiet.history().of(HistoryQuery.of(AggregateRef.of(tour.id()))).items()).isEmpty();
  }

  @Test
  void afterAGapTheNextRecordChangesFromTheStateThenStored() {
    PlanId p = draft().id();
    Coplan off = Coplan.builder().storage(storage).clock(CLOCK).recordHistory(false).build();
    off.actingAs(ALICE).plans().describe(new DescribePlan(p, vi("Không ghi")));

    uses.plans().describe(new DescribePlan(p, vi("Ghi lại")));

    List<ChangeRecord> records = feedOf(p);
    assertThat(records)
        .extracting(ChangeRecord::aggregate, ChangeRecord::version)
        .containsExactly(
            tuple(AggregateRef.of(p), 1L),
            tuple(AggregateRef.accessOf(p), 1L),
            tuple(AggregateRef.of(p), 3L));
    assertThat(records.get(2).changes())
        .containsExactly(change("title", text("Không ghi"), text("Ghi lại")));
  }

  @Test
  void recordHistoryTrueIsTheDefault() {
    Coplan on =
        Coplan.builder()
            .storage(new FakeStorage())
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .recordHistory(true)
            .build();
    UseCases recording = on.actingAs(ALICE);
    PlanId p = recording.plans().draft(new DraftPlan(CODE, vi("Kế hoạch"))).id();

    assertThat(on.recordsHistory()).isTrue();
    assertThat(recording.history().feed(p, 0, 10))
        .extracting(ChangeRecord::aggregate)
        .containsExactly(AggregateRef.of(p), AggregateRef.accessOf(p));
  }

  @Test
  void anActorIsRequired() {
    violation(() -> coplan.actingAs(null), "actor", Violation.REQUIRED);
  }
}
