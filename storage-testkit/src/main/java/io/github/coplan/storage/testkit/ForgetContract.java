package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UpdatePerson;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forgetting a person ({@code people().forget}): the person's record keeps a placeholder profile
 * and their id, country and affiliations; no record of the history holds a value of a personal
 * field ({@link Snapshots#PERSONAL_FIELDS}) any more, the forget command's own record included; the
 * person still counts in progress reports; an erasure made by a unit that fails is undone; a
 * refused command changes nothing.
 *
 * <p>The person has a name, a contact and an expertise tag that occur nowhere else, so that the
 * tests can look for them in everything the store shows ({@link #snapshot()}).
 */
public abstract class ForgetContract extends StorageContract {

  /** The person's name: distinctive, and with a letter outside ASCII. */
  protected static final String NAME = "Zebulon Quixotic-Ngô";

  /** The person's name after the update. */
  protected static final String RENAMED = "Zebulon Q. Quixotic-Ngô";

  /** The person's contact. */
  protected static final String CONTACT = "zebulon.quixotic@example.org";

  /** The person's expertise tag. */
  protected static final String EXPERTISE = "xylophone-forensics";

  /** Who forgets, in these tests. */
  protected static final Actor PRIVACY_DESK = Actor.system("privacy-desk");

  /** The reason every forget of these tests gives. */
  protected static final String REASON = "Data subject request DSR-2018-042";

  private static final LocalDate REPORT_DAY = LocalDate.of(2018, 8, 15);

  private Organisation dost;
  private CooperationPlan plan;
  private Person person;
  private Activity week;

  /** For subclasses. */
  protected ForgetContract() {}

  /**
   * A plan with an activity in which the person takes part, and the person registered, updated
   * twice (so their name and contact are in several records) and affiliated with an organisation.
   */
  @BeforeEach
  protected void registerAndChangeThePerson() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("FORGET-1"), en("Cooperation plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, contentAreaTitle(1))));
    person =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile(NAME, CountryCode.VN, Set.of(EXPERTISE), CONTACT, true),
                    List.of()));
    coplan()
        .people()
        .update(
            new UpdatePerson(
                person.id(),
                new PersonProfile(RENAMED, CountryCode.VN, Set.of(EXPERTISE), CONTACT, true)));
    coplan()
        .people()
        .update(
            new UpdatePerson(
                person.id(),
                new PersonProfile(NAME, CountryCode.VN, Set.of(EXPERTISE, "ĐMST"), CONTACT, true)));
    person =
        coplan()
            .people()
            .addAffiliation(
                new AddAffiliation(
                    person.id(),
                    new Affiliation(dost.id(), "Chuyên viên", LocalDate.of(2016, 1, 1), null)));
    week =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(1, ActivityType.WORKSHOP, en("Innovation Week"), "2018-Q4")));
    week =
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    week.id(),
                    Participant.of(person.id()),
                    ParticipationRole.SPEAKER,
                    ParticipationStatus.CONFIRMED));
  }

  private Person forget() {
    return entryPoint()
        .actingAs(PRIVACY_DESK)
        .people()
        .forget(new ForgetPerson(person.id(), REASON));
  }

  private List<ChangeRecord> history(AggregateRef ref) {
    return read(r -> r.history().ofAggregate(ref, Long.MAX_VALUE, 10_000));
  }

  /** Fails if a record holds a value of a personal field. */
  private static void assertNoPersonalField(List<ChangeRecord> records) {
    for (ChangeRecord r : records) {
      for (FieldChange c : r.changes()) {
        assertThat(Snapshots.PERSONAL_FIELDS)
            .as("a personal field in the record of version %d (%s)", r.version(), r.commandName())
            .doesNotContain(c.field());
      }
    }
  }

  // ---- the person ----------------------------------------------------------------------------

  /**
   * The forgotten person has exactly the placeholder profile, and keeps their id, affiliations and
   * country; their version is one more.
   */
  @Test
  protected void theForgottenPersonHasThePlaceholderProfile() {
    Person forgotten = forget();

    assertThat(forgotten.id()).isEqualTo(person.id());
    assertThat(forgotten.version()).isEqualTo(person.version() + 1);
    assertThat(forgotten.profile())
        .isEqualTo(new PersonProfile("Forgotten person", CountryCode.VN, Set.of(), null, false));
    assertThat(forgotten.profile().name()).isEqualTo(Person.FORGOTTEN_NAME);
    assertThat(forgotten.affiliations()).isEqualTo(person.affiliations());
    assertThat(forgotten.forgotten()).isTrue();
    assertThat(stored(person.id())).isEqualTo(forgotten);
    assertThat(coplan().people().get(person.id())).isEqualTo(forgotten);
  }

  /** A look-up by the old name finds no one; one by the placeholder finds the person. */
  @Test
  protected void aLookUpByTheOldNameFindsNoOne() {
    assertThat(coplan().people().search(PersonQuery.builder().text("quixotic").build()).items())
        .extracting(Person::id)
        .containsExactly(person.id());

    Person forgotten = forget();

    assertThat(coplan().people().search(PersonQuery.builder().text("quixotic").build()).items())
        .isEmpty();
    assertThat(
            coplan()
                .people()
                .search(PersonQuery.builder().text("forgotten person").build())
                .items())
        .containsExactly(forgotten);
  }

  // ---- the history ---------------------------------------------------------------------------

  /**
   * No record of the person holds a personal field any more, whichever command wrote it; the
   * records stay, one per version, with their commands and other changes.
   */
  @Test
  protected void noRecordOfThePersonHoldsAPersonalField() {
    AggregateRef ref = AggregateRef.of(person.id());
    List<ChangeRecord> before = history(ref);
    assertThat(before)
        .flatExtracting(ChangeRecord::changes)
        .extracting(FieldChange::field)
        .contains("name", "contact", "expertise");

    forget();

    List<ChangeRecord> after = history(ref);
    assertNoPersonalField(after);
    assertThat(after).extracting(ChangeRecord::version).containsExactly(5L, 4L, 3L, 2L, 1L);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i + 1)).isEqualTo(before.get(i).without(Snapshots.PERSONAL_FIELDS));
    }
    assertThat(after.get(4).changes())
        .extracting(FieldChange::field)
        .containsExactly("affiliations", "consentToPublish", "country");
  }

  /**
   * Nothing the store shows (people, activities, every history and feed, reports) holds the
   * person's name, contact or expertise after they are forgotten; before, it did.
   */
  @Test
  protected void nothingTheStoreShowsHoldsTheErasedValues() {
    String before = snapshot().toString();
    assertThat(before).contains(NAME, RENAMED, CONTACT, EXPERTISE);

    forget();

    String after = snapshot().toString();
    assertThat(after)
        .doesNotContain(NAME)
        .doesNotContain(RENAMED)
        .doesNotContain(CONTACT)
        .doesNotContain(EXPERTISE)
        .doesNotContainIgnoringCase("quixotic");
  }

  /**
   * The forget command is recorded like any other, with its actor, instant, name and reason and the
   * new version, but its changes hold no personal field: only the consent withdrawn.
   */
  @Test
  protected void theForgetCommandIsRecordedWithoutThePersonalFields() {
    Person forgotten = forget();

    ChangeRecord record = history(AggregateRef.of(person.id())).get(0);
    assertThat(record.actor()).isEqualTo(PRIVACY_DESK);
    assertThat(record.at()).isEqualTo(NOW);
    assertThat(record.commandName()).isEqualTo("ForgetPerson");
    assertThat(record.reason()).isEqualTo(REASON);
    assertThat(record.version()).isEqualTo(forgotten.version());
    assertThat(record.aggregate()).isEqualTo(AggregateRef.of(person.id()));
    assertThat(record.plan()).isNull();
    assertThat(record.changes())
        .containsExactly(new FieldChange("consentToPublish", "true", "false"));
  }

  /**
   * Forgetting a forgotten person is allowed: the profile stays the placeholder, the version goes
   * up by one, and the command is recorded again with its reason and no change.
   */
  @Test
  protected void forgettingAForgottenPersonAgainChangesNothingButTheVersion() {
    Person first = forget();

    Person again =
        coplan()
            .people()
            .forget(new ForgetPerson(person.id(), "second request").expecting(first.version()));

    assertThat(again.profile()).isEqualTo(first.profile());
    assertThat(again.affiliations()).isEqualTo(first.affiliations());
    assertThat(again.version()).isEqualTo(first.version() + 1);
    ChangeRecord record = history(AggregateRef.of(person.id())).get(0);
    assertThat(record.commandName()).isEqualTo("ForgetPerson");
    assertThat(record.reason()).isEqualTo("second request");
    assertThat(record.actor()).isEqualTo(ACTOR);
    assertThat(record.changes()).isEmpty();
  }

  /**
   * An update and a forget in one transaction: the update's record, appended earlier in the same
   * unit, is erased too.
   */
  @Test
  protected void aForgetErasesTheRecordsOfItsOwnTransaction() {
    coplan()
        .useTransaction(
            tx -> {
              tx.people()
                  .update(
                      new UpdatePerson(
                          person.id(),
                          new PersonProfile(
                              "Zebulon Quixotic-Ngô Jr", CountryCode.VN, Set.of(), CONTACT, true)));
              tx.people().forget(new ForgetPerson(person.id(), REASON));
            });

    List<ChangeRecord> records = history(AggregateRef.of(person.id()));
    assertThat(records)
        .extracting(ChangeRecord::commandName)
        .startsWith("ForgetPerson", "UpdatePerson");
    assertNoPersonalField(records);
    assertThat(snapshot().toString()).doesNotContainIgnoringCase("quixotic");
  }

  // ---- what stays ----------------------------------------------------------------------------

  /**
   * The forgotten person still takes part, with the same participation and affiliation snapshot,
   * and a progress report counts them exactly as before.
   */
  @Test
  protected void theForgottenPersonStillCountsInProgressReports() {
    ProgressReport before = coplan().reports().progress(plan.id(), REPORT_DAY);
    assertThat(before.progress().peopleByCountry()).isEqualTo(Map.of(CountryCode.VN, 1L));
    assertThat(before.progress().organisationsByCountry()).isEmpty();

    forget();

    ProgressReport after = coplan().reports().progress(plan.id(), REPORT_DAY);
    assertThat(after.progress().peopleByCountry()).isEqualTo(Map.of(CountryCode.VN, 1L));
    assertThat(after.progress().organisationsByCountry()).isEmpty();
    assertThat(after.progress().organisationsByType()).isEmpty();
    assertThat(after).isEqualTo(before);
    Activity stillThere = stored(week.id());
    assertThat(stillThere).isEqualTo(week);
    assertThat(stillThere.participations())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.participant()).isEqualTo(Participant.of(person.id()));
              assertThat(p.affiliation())
                  .isEqualTo(new AffiliationSnapshot(dost.id(), "Chuyên viên"));
            });
  }

  /**
   * Nothing but the person's own records changes: other aggregates' histories stay as they were.
   */
  @Test
  protected void otherAggregatesHistoriesStayAsTheyWere() {
    List<ChangeRecord> week = history(AggregateRef.of(this.week.id()));
    List<ChangeRecord> planRecords = history(AggregateRef.of(plan.id()));
    List<ChangeRecord> dostRecords = history(AggregateRef.of(dost.id()));

    forget();

    assertThat(history(AggregateRef.of(this.week.id()))).isEqualTo(week);
    assertThat(history(AggregateRef.of(plan.id()))).isEqualTo(planRecords);
    assertThat(history(AggregateRef.of(dost.id()))).isEqualTo(dostRecords);
  }

  // ---- refusals ------------------------------------------------------------------------------

  /** A missing command is invalid input, and changes nothing. */
  @Test
  // hands null to the API on purpose
  @SuppressWarnings("NullAway")
  protected void aMissingCommandChangesNothing() {
    assertInvalid(() -> coplan().people().forget(null), "command:required");
  }

  /** A missing or blank reason is invalid input, and changes nothing. */
  @Test
  // hands null to the API on purpose
  @SuppressWarnings("NullAway")
  protected void aMissingOrBlankReasonChangesNothing() {
    assertInvalid(
        () -> coplan().people().forget(new ForgetPerson(person.id(), null)), "reason:required");
    assertInvalid(
        () -> coplan().people().forget(new ForgetPerson(person.id(), " \u00A0 ")), "reason:blank");
  }

  /** An unknown person is not found, and nothing changes. */
  @Test
  protected void anUnknownPersonIsNotFound() {
    PersonId nobody = new PersonId(nextId());

    NotFoundException e =
        assertRefused(
            NotFoundException.class,
            () -> coplan().people().forget(new ForgetPerson(nobody, REASON)));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.id()).isEqualTo(nobody.toString());
  }

  /** A stale expected version is a conflict, and nothing changes. */
  @Test
  protected void aStaleExpectedVersionIsAConflict() {
    assertRefused(
        ConflictException.class,
        () ->
            coplan()
                .people()
                .forget(new ForgetPerson(person.id(), REASON).expecting(person.version() - 1)));

    assertThat(
            coplan()
                .people()
                .forget(new ForgetPerson(person.id(), REASON).expecting(person.version()))
                .forgotten())
        .isTrue();
  }

  /** A forget in a transaction that then fails is undone whole: the erasure too. */
  @Test
  protected void aForgetInATransactionThatFailsIsUndone() {
    assertRefused(
        IllegalStateException.class,
        () ->
            coplan()
                .useTransaction(
                    tx -> {
                      tx.people().forget(new ForgetPerson(person.id(), REASON));
                      throw new IllegalStateException("the group fails");
                    }));
  }

  // ---- the SPI: HistoryRepository.erase ------------------------------------------------------

  /**
   * An erasure removes exactly the named fields' changes from the records of one aggregate, and
   * leaves every other part of them, and every other aggregate's records, as they were.
   */
  @Test
  protected void eraseRemovesOnlyTheNamedFieldsOfOneAggregate() {
    Person other =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile("Other person", CountryCode.IL, Set.of(), "o@x.il", true),
                    List.of()));
    AggregateRef ref = AggregateRef.of(person.id());
    List<ChangeRecord> before = history(ref);
    List<ChangeRecord> otherBefore = history(AggregateRef.of(other.id()));

    write(
        r -> {
          r.history().erase(ref, Set.of("name"));
          return 0;
        });

    List<ChangeRecord> after = history(ref);
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i)).isEqualTo(before.get(i).without(Set.of("name")));
    }
    assertThat(after)
        .flatExtracting(ChangeRecord::changes)
        .extracting(FieldChange::field)
        .doesNotContain("name")
        .contains("contact");
    assertThat(history(AggregateRef.of(other.id()))).isEqualTo(otherBefore);
    Map<String, Object> state = snapshot();
    write(
        r -> {
          r.history().erase(ref, Set.of("name"));
          r.history().erase(AggregateRef.of(new PersonId(nextId())), Snapshots.PERSONAL_FIELDS);
          r.history().erase(ref, Set.of());
          return 0;
        });
    assertThat(snapshot()).as("erasing again, or what is not there").isEqualTo(state);
  }

  /** A missing set of fields, or a missing name in it, is invalid input, and erases nothing. */
  @Test
  // hands null to the API on purpose
  @SuppressWarnings("NullAway")
  protected void eraseRefusesAMissingFieldName() {
    AggregateRef ref = AggregateRef.of(person.id());
    Set<String> withNull = new LinkedHashSet<>(Arrays.asList("name", null));

    assertInvalid(
        () ->
            write(
                r -> {
                  r.history().erase(ref, null);
                  return 0;
                }),
        "fields:required");
    assertInvalid(
        () ->
            write(
                r -> {
                  r.history().erase(ref, withNull);
                  return 0;
                }),
        "fields[1]:required");
  }

  /**
   * An erasure of a plan's field rewrites its records wherever the store shows them: in the plan's
   * history and in its feed.
   */
  @Test
  protected void eraseRewritesAPlansRecordsInItsFeedToo() {
    AggregateRef ref = AggregateRef.of(plan.id());
    List<ChangeRecord> before = history(ref);
    List<ChangeRecord> activity = history(AggregateRef.of(week.id()));
    assertThat(activity).anySatisfy(r -> assertThat(r.change("title")).isNotNull());
    assertThat(before).anySatisfy(r -> assertThat(r.change("title")).isNotNull());

    write(
        r -> {
          r.history().erase(ref, Set.of("title"));
          return 0;
        });

    List<ChangeRecord> after = history(ref);
    assertThat(after)
        .isEqualTo(before.stream().map(r -> r.without(Set.of("title"))).toList())
        .isNotEqualTo(before);
    List<ChangeRecord> feed = read(r -> r.history().ofPlan(plan.id(), 0, 10_000));
    assertThat(feed).filteredOn(r -> r.aggregate().equals(ref)).isEqualTo(reversed(after));
    assertThat(feed)
        .filteredOn(r -> r.aggregate().equals(AggregateRef.of(week.id())))
        .as("the activity's records, untouched")
        .isEqualTo(reversed(activity));
  }

  /** An erasure by a unit that fails is undone. */
  @Test
  protected void anErasureByAUnitThatFailsIsUndone() {
    assertRefused(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.history().erase(AggregateRef.of(person.id()), Snapshots.PERSONAL_FIELDS);
                  throw new IllegalStateException("the unit fails");
                }));
  }

  /** A read-only unit cannot erase. */
  @Test
  protected void aReadOnlyUnitCannotErase() {
    assertRefused(
        StorageException.class,
        () ->
            read(
                r -> {
                  r.history().erase(AggregateRef.of(person.id()), Snapshots.PERSONAL_FIELDS);
                  return 0;
                }));
  }
}
