package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipants;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.RemoveParty;
import io.github.coplan.application.RenameContentArea;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UpdatePerson;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editing use cases on a store: changing and removing a plan's parties, renaming a content
 * area, and updating a person's profile. Each change is stored with the next version; each bad
 * input, refused rule or stale expected version changes nothing, on every store.
 *
 * <p>Each test starts with the draft plan {@code HCMC-IIA-2018} of content areas 1 to 7, whose
 * parties are DOST HCMC (signatory) and the Israel Innovation Authority (funding), the embassy,
 * which is no party, and a person affiliated with DOST.
 */
public abstract class EditingContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private CooperationPlan plan;
  private Person dung;

  /** For subclasses. */
  protected EditingContract() {}

  /** Registers the organisations and the person and drafts the plan, through the public API. */
  @BeforeEach
  protected void draftThePlan() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    iia =
        coplan()
            .organisations()
            .register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
    embassy = coplan().organisations().register(new RegisterOrganisation(embassyOfIsraelProfile()));
    PlanId id =
        coplan()
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of("HCMC-IIA-2018"),
                        viEnHe(PLAN_TITLE_VI, PLAN_TITLE_EN, PLAN_TITLE_HE))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    coplan().plans().addParty(new AddParty(id, Party.of(dost.id(), PartyRole.SIGNATORY)));
    coplan().plans().addParty(new AddParty(id, Party.of(iia.id(), PartyRole.FUNDING)));
    for (int area = 1; area <= 7; area++) {
      coplan()
          .plans()
          .addContentArea(new AddContentArea(id, new ContentArea(area, contentAreaTitle(area))));
    }
    plan = stored(id);
    dung =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN),
                    List.of(
                        new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2016, 1, 1), null))));
  }

  // ---- parties ---------------------------------------------------------------------------------

  /** A party's roles and signing date change in place; the other party and the order stay. */
  @Test
  protected void changePartyChangesRolesAndSigningDate() {
    Party signed =
        new Party(
            dost.id(),
            EnumSet.of(PartyRole.SIGNATORY, PartyRole.ACCOUNTABLE),
            LocalDate.of(2018, 8, 15));

    CooperationPlan changed =
        coplan().plans().changeParty(new ChangeParty(plan.id(), signed).expecting(plan.version()));

    assertThat(changed.version()).isEqualTo(plan.version() + 1);
    assertThat(changed.parties()).containsExactly(signed, Party.of(iia.id(), PartyRole.FUNDING));
    assertThat(stored(plan.id())).isEqualTo(changed);
    assertThat(
            coplan()
                .plans()
                .changeParty(
                    new ChangeParty(plan.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)))
                .parties())
        .containsExactly(
            Party.of(dost.id(), PartyRole.IMPLEMENTING), Party.of(iia.id(), PartyRole.FUNDING));
  }

  /**
   * Changing a party is refused, changing nothing, for a non-party, a stale version, a missing plan
   * or bad input.
   */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void changePartyRefusalsChangeNothing() {
    assertRuleRefused(
        RuleCode.PLAN_PARTY_UNKNOWN,
        () ->
            coplan()
                .plans()
                .changeParty(
                    new ChangeParty(plan.id(), Party.of(embassy.id(), PartyRole.FUNDING))));
    ConflictException stale =
        assertRefused(
            ConflictException.class,
            () ->
                coplan()
                    .plans()
                    .changeParty(
                        new ChangeParty(
                            plan.id(),
                            Party.of(dost.id(), PartyRole.FUNDING),
                            plan.version() - 1)));
    assertThat(stale.expectedVersion()).hasValue(plan.version() - 1);
    assertRefused(
        NotFoundException.class,
        () ->
            coplan()
                .plans()
                .changeParty(
                    new ChangeParty(new PlanId(nextId()), Party.of(dost.id(), PartyRole.FUNDING))));
    assertInvalid(
        () ->
            coplan()
                .plans()
                .changeParty(
                    new ChangeParty(
                        plan.id(),
                        new Party(
                            dost.id(), Set.of(PartyRole.FUNDING), LocalDate.of(2018, 8, 15)))),
        "signedOn:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .changeParty(
                    new ChangeParty(plan.id(), Party.of(dost.id(), PartyRole.FUNDING), 0L)),
        "expectedVersion:out-of-range");
    assertInvalid(() -> coplan().plans().changeParty(null), "command:required");
  }

  /**
   * A party that leads no activity is removed; one that leads an activity stays until the activity
   * has another lead.
   */
  @Test
  protected void removePartyIsRefusedWhileThePartyLeadsAnActivity() {
    coplan()
        .plans()
        .addParty(new AddParty(plan.id(), Party.of(embassy.id(), PartyRole.IMPLEMENTING)));
    Activity workshop =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(7)
                        .type(ActivityType.WORKSHOP)
                        .title(en("Israeli expert workshop"))
                        .planned(DateSpan.parse("2019-03"))
                        .leadParty(embassy.id())
                        .build()));

    assertRuleRefused(
        RuleCode.PLAN_PARTY_LEADS_ACTIVITY,
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), embassy.id())));

    coplan()
        .activities()
        .revise(
            new ReviseActivity(
                workshop.id(), workshop.details().toBuilder().leadParty(dost.id()).build()));
    CooperationPlan before = stored(plan.id());
    CooperationPlan removed =
        coplan()
            .plans()
            .removeParty(new RemoveParty(plan.id(), embassy.id()).expecting(before.version()));

    assertThat(removed.version()).isEqualTo(before.version() + 1);
    assertThat(removed.parties())
        .extracting(Party::organisation)
        .containsExactly(dost.id(), iia.id());
    assertThat(stored(plan.id())).isEqualTo(removed);
    assertRuleRefused(
        RuleCode.PLAN_PARTY_LEADS_ACTIVITY,
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), dost.id())));
    assertThat(coplan().plans().removeParty(new RemoveParty(plan.id(), iia.id())).parties())
        .extracting(Party::organisation)
        .containsExactly(dost.id());
  }

  /** An activity of another plan led by the organisation does not keep it in this one. */
  @Test
  protected void anActivityOfAnotherPlanDoesNotKeepAParty() {
    PlanId other =
        coplan().plans().draft(new DraftPlan(PlanCode.of("OTHER"), en("Other plan"))).id();
    coplan().plans().addParty(new AddParty(other, Party.of(iia.id(), PartyRole.FUNDING)));
    coplan().plans().addContentArea(new AddContentArea(other, new ContentArea(1, en("Area"))));
    coplan()
        .activities()
        .propose(
            new ProposeActivity(
                other,
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.MEETING)
                    .title(en("Meeting"))
                    .planned(DateSpan.parse("2019"))
                    .leadParty(iia.id())
                    .build()));

    assertThat(coplan().plans().removeParty(new RemoveParty(plan.id(), iia.id())).parties())
        .extracting(Party::organisation)
        .containsExactly(dost.id());
    assertThat(stored(other).parties()).extracting(Party::organisation).containsExactly(iia.id());
  }

  /**
   * Removing a party is refused, changing nothing, for a non-party, an agreed plan's last two, a
   * stale version or a missing plan.
   */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void removePartyRefusalsChangeNothing() {
    assertRuleRefused(
        RuleCode.PLAN_PARTY_UNKNOWN,
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), embassy.id())));
    ConflictException stale =
        assertRefused(
            ConflictException.class,
            () ->
                coplan()
                    .plans()
                    .removeParty(new RemoveParty(plan.id(), iia.id(), plan.version() + 1)));
    assertThat(stale.expectedVersion()).hasValue(plan.version() + 1);
    assertRefused(
        NotFoundException.class,
        () -> coplan().plans().removeParty(new RemoveParty(new PlanId(nextId()), iia.id())));
    assertInvalid(
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), null)),
        "organisation:required");

    coplan().plans().changeStatus(ChangePlanStatus.activate(plan.id()));
    assertRuleRefused(
        RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES,
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), iia.id())));
    coplan().plans().changeStatus(ChangePlanStatus.cancel(plan.id(), "Không được phê duyệt"));
    assertRuleRefused(
        RuleCode.PLAN_FROZEN,
        () -> coplan().plans().removeParty(new RemoveParty(plan.id(), iia.id())));
    assertRuleRefused(
        RuleCode.PLAN_FROZEN,
        () ->
            coplan()
                .plans()
                .changeParty(new ChangeParty(plan.id(), Party.of(iia.id(), PartyRole.EXTENDING))));
  }

  // ---- content areas ---------------------------------------------------------------------------

  /** A content area takes a new title; its number, the other areas and its activities stay. */
  @Test
  protected void renameContentAreaGivesItANewTitle() {
    Activity tour =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(5, ActivityType.STUDY_TOUR, en("Study tour"), "2018-11/..")));
    LocalizedText title =
        viEn("Tham gia Tuần lễ Đổi mới sáng tạo và khởi nghiệp", "Innovation and Startup Week");

    CooperationPlan renamed =
        coplan()
            .plans()
            .renameContentArea(
                new RenameContentArea(plan.id(), 5, title).expecting(plan.version()));

    assertThat(renamed.version()).isEqualTo(plan.version() + 1);
    assertThat(renamed.contentArea(5)).contains(new ContentArea(5, title));
    assertThat(renamed.contentAreas())
        .hasSize(7)
        .filteredOn(a -> a.number() != 5)
        .containsExactlyElementsOf(
            plan.contentAreas().stream().filter(a -> a.number() != 5).toList());
    assertThat(stored(plan.id())).isEqualTo(renamed);
    assertThat(
            read(r ->
                    r.activities()
                        .search(ActivityQuery.builder().plan(plan.id()).contentAreas(5).build()))
                .items())
        .containsExactly(stored(tour.id()));
  }

  /**
   * Renaming is refused, changing nothing, for an unknown number, a stale version, a frozen plan or
   * a bad title.
   */
  @Test
  protected void renameContentAreaRefusalsChangeNothing() {
    coplan().plans().renameContentArea(new RenameContentArea(plan.id(), 1, en("Policy")));
    assertRuleRefused(
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
        () -> coplan().plans().renameContentArea(new RenameContentArea(plan.id(), 8, en("Eight"))));
    assertRefused(
        ConflictException.class,
        () ->
            coplan()
                .plans()
                .renameContentArea(
                    new RenameContentArea(plan.id(), 1, en("Stale"), plan.version())));
    assertInvalid(
        () ->
            coplan()
                .plans()
                .renameContentArea(
                    new RenameContentArea(plan.id(), 0, LocalizedText.of("vi", "x".repeat(501)))),
        "number:out-of-range",
        "title.vi:too-long");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .renameContentArea(
                    new RenameContentArea(plan.id(), 2, LocalizedText.of("vi", "Hai\ndòng"), 0L)),
        "title.vi:control-character",
        "expectedVersion:out-of-range");
    assertRefused(
        NotFoundException.class,
        () ->
            coplan()
                .plans()
                .renameContentArea(new RenameContentArea(new PlanId(nextId()), 1, en("Policy"))));
    coplan().plans().changeStatus(ChangePlanStatus.cancel(plan.id(), "Không được phê duyệt"));
    assertRuleRefused(
        RuleCode.PLAN_FROZEN,
        () ->
            coplan().plans().renameContentArea(new RenameContentArea(plan.id(), 1, en("Frozen"))));
    assertThat(stored(plan.id()).contentArea(1)).contains(new ContentArea(1, en("Policy")));
  }

  // ---- people ----------------------------------------------------------------------------------

  /**
   * A person's profile is replaced; the affiliations stay, and the person is found by the new name.
   */
  @Test
  protected void updatePersonReplacesTheProfileAndKeepsTheAffiliations() {
    PersonProfile profile =
        new PersonProfile(
            "Nguyễn Việt Dũng (Giám đốc)",
            CountryCode.VN,
            Set.of("chính sách", "ĐMST"),
            "dung@example.org",
            true);

    Person updated =
        coplan().people().update(new UpdatePerson(dung.id(), profile).expecting(dung.version()));

    assertThat(updated.version()).isEqualTo(dung.version() + 1);
    assertThat(updated.profile()).isEqualTo(profile);
    assertThat(updated.affiliations()).isEqualTo(dung.affiliations());
    assertThat(stored(dung.id())).isEqualTo(updated);
    assertThat(coplan().people().search(PersonQuery.builder().text("(giam doc)").build()).items())
        .containsExactly(updated);
  }

  /**
   * Updating a person is refused, changing nothing, for a stale version, a missing person or bad
   * input.
   */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void updatePersonRefusalsChangeNothing() {
    ConflictException stale =
        assertRefused(
            ConflictException.class,
            () ->
                coplan()
                    .people()
                    .update(
                        new UpdatePerson(
                            dung.id(),
                            PersonProfile.of("Cũ", CountryCode.VN),
                            dung.version() + 1)));
    assertThat(stale.kind()).isEqualTo("person");
    NotFoundException missing =
        assertRefused(
            NotFoundException.class,
            () ->
                coplan()
                    .people()
                    .update(
                        new UpdatePerson(
                            new PersonId(nextId()), PersonProfile.of("Không có", CountryCode.VN))));
    assertThat(missing.kind()).isEqualTo("person");
    assertInvalid(
        () -> coplan().people().update(new UpdatePerson(dung.id(), PersonProfile.of(" ", null))),
        "name:blank",
        "country:required");
    assertInvalid(
        () -> coplan().people().update(new UpdatePerson(dung.id(), null, -3L)),
        "profile:required",
        "expectedVersion:out-of-range");
    assertInvalid(() -> coplan().people().update(null), "command:required");
    assertThat(stored(dung.id())).isEqualTo(dung);
  }

  // ---- participant lists -----------------------------------------------------------------------

  private Activity workshop() {
    return coplan()
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(3)
                    .type(ActivityType.WORKSHOP)
                    .title(en("Workshop on technology transfer"))
                    .planned(DateSpan.parse("2019-03"))
                    .leadParty(dost.id())
                    .build()));
  }

  private List<ChangeRecord> historyOf(Activity activity) {
    return read(r -> r.history().ofAggregate(AggregateRef.of(activity.id()), Long.MAX_VALUE, 100));
  }

  /**
   * A list of participants is appended in its order as one change of the activity: one new version,
   * one history record, each person with the affiliation they held on the activity's first day
   * unless one is given, organisations without one.
   */
  @Test
  protected void addParticipantsAppendsTheListAsOneChange() {
    Activity workshop = workshop();
    Person lan =
        coplan()
            .people()
            .register(
                new RegisterPerson(PersonProfile.of("Trần Thị Lan", CountryCode.VN), List.of()));
    AffiliationSnapshot guest = new AffiliationSnapshot(embassy.id(), "Guest speaker");

    Activity added =
        coplan()
            .activities()
            .addParticipants(
                new AddParticipants(
                        workshop.id(),
                        List.of(
                            AddParticipants.Entry.of(
                                Participant.of(dung.id()),
                                ParticipationRole.HEAD_OF_DELEGATION,
                                ParticipationStatus.CONFIRMED),
                            new AddParticipants.Entry(
                                Participant.of(lan.id()),
                                ParticipationRole.SPEAKER,
                                ParticipationStatus.INVITED,
                                guest),
                            AddParticipants.Entry.of(
                                Participant.of(lan.id()),
                                ParticipationRole.ATTENDEE,
                                ParticipationStatus.INVITED),
                            AddParticipants.Entry.of(
                                Participant.of(iia.id()),
                                ParticipationRole.EXPERT,
                                ParticipationStatus.INVITED)))
                    .expecting(workshop.version()));

    assertThat(added.version()).isEqualTo(workshop.version() + 1);
    assertThat(added.participations())
        .containsExactly(
            new Participation(
                Participant.of(dung.id()),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.CONFIRMED,
                new AffiliationSnapshot(dost.id(), "Giám đốc")),
            new Participation(
                Participant.of(lan.id()),
                ParticipationRole.SPEAKER,
                ParticipationStatus.INVITED,
                guest),
            new Participation(
                Participant.of(lan.id()),
                ParticipationRole.ATTENDEE,
                ParticipationStatus.INVITED,
                null),
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.EXPERT,
                ParticipationStatus.INVITED,
                null));
    assertThat(stored(workshop.id())).isEqualTo(added);
    List<ChangeRecord> history = historyOf(workshop);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).commandName()).isEqualTo("AddParticipants");
    assertThat(history.get(0).version()).isEqualTo(added.version());
    assertThat(history.get(0).changes())
        .extracting(FieldChange::field)
        .containsExactly("participations");
  }

  /**
   * A list is added whole or not at all: one unknown person, one unknown organisation, one
   * participation the activity holds, a stale version, a closed activity or a frozen plan refuses
   * every entry and changes nothing.
   */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void addParticipantsRefusalsChangeNothing() {
    Activity workshop = workshop();
    workshop =
        coplan()
            .activities()
            .addParticipants(
                new AddParticipants(
                    workshop.id(),
                    List.of(
                        AddParticipants.Entry.of(
                            Participant.of(iia.id()),
                            ParticipationRole.EXPERT,
                            ParticipationStatus.INVITED))));
    AddParticipants.Entry first =
        AddParticipants.Entry.of(
            Participant.of(dung.id()), ParticipationRole.DELEGATE, ParticipationStatus.INVITED);
    PersonId nobody = new PersonId(nextId());
    Activity target = workshop;

    NotFoundException person =
        assertRefused(
            NotFoundException.class,
            () ->
                coplan()
                    .activities()
                    .addParticipants(
                        new AddParticipants(
                            target.id(),
                            List.of(
                                first,
                                AddParticipants.Entry.of(
                                    Participant.of(nobody),
                                    ParticipationRole.ATTENDEE,
                                    ParticipationStatus.INVITED)))));
    assertThat(person.kind()).isEqualTo("person");
    assertThat(person.id()).isEqualTo(nobody.toString());
    assertRefused(
        NotFoundException.class,
        () ->
            coplan()
                .activities()
                .addParticipants(
                    new AddParticipants(
                        target.id(),
                        List.of(
                            first,
                            new AddParticipants.Entry(
                                Participant.of(dung.id()),
                                ParticipationRole.SPEAKER,
                                ParticipationStatus.INVITED,
                                new AffiliationSnapshot(
                                    new OrganisationId(nextId()), "Adviser"))))));
    assertRuleRefused(
        RuleCode.PARTICIPATION_EXISTS,
        () ->
            coplan()
                .activities()
                .addParticipants(
                    new AddParticipants(
                        target.id(),
                        List.of(
                            first,
                            AddParticipants.Entry.of(
                                Participant.of(iia.id()),
                                ParticipationRole.EXPERT,
                                ParticipationStatus.CONFIRMED)))));
    ConflictException stale =
        assertRefused(
            ConflictException.class,
            () ->
                coplan()
                    .activities()
                    .addParticipants(
                        new AddParticipants(target.id(), List.of(first))
                            .expecting(target.version() - 1)));
    assertThat(stale.expectedVersion()).hasValue(target.version() - 1);
    assertInvalid(
        () ->
            coplan()
                .activities()
                .addParticipants(new AddParticipants(target.id(), List.of(first, first))),
        "entries[1]:duplicate");
    assertInvalid(() -> coplan().activities().addParticipants(null), "command:required");

    coplan().plans().changeStatus(ChangePlanStatus.cancel(plan.id(), "Not approved"));
    assertRuleRefused(
        RuleCode.PLAN_FROZEN,
        () ->
            coplan()
                .activities()
                .addParticipants(new AddParticipants(target.id(), List.of(first))));
    assertThat(stored(target.id())).isEqualTo(target);
  }
}
