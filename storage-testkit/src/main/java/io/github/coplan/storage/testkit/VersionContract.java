package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Aggregates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic versions and unique keys on update, for every aggregate: an update is stored only when
 * it carries exactly the stored version, older and newer ones alike are a {@link ConflictException}
 * that changes nothing, and an update that would take another aggregate's unique key (a plan's
 * code, an organisation's identifier) is a {@link DuplicateException} that changes nothing, as it
 * is on insert.
 */
public abstract class VersionContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;
  private Person dung;
  private CooperationPlan plan;
  private CooperationPlan other;
  private Activity week;

  /** For subclasses. */
  protected VersionContract() {}

  /**
   * Stores one aggregate of each kind at version 2 (inserted, then updated once), and a second plan
   * and organisation whose unique keys the tests try to take.
   */
  @BeforeEach
  protected void storeAggregatesAtVersionTwo() {
    Organisation d = insert(newOrganisation(dostHcmcProfile()));
    dost =
        write(
            r ->
                r.organisations()
                    .update(
                        d.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                d.profile(), "SKHCN"))));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Person p = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    dung =
        write(
            r ->
                r.people()
                    .update(p.addAffiliation(new Affiliation(dost.id(), "Giám đốc", null, null))));
    CooperationPlan pl = insert(newPlan("HCMC-IIA-2018"));
    plan =
        write(
            r ->
                r.plans()
                    .update(
                        pl.addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE))
                            .addContentArea(new ContentArea(1, contentAreaTitle(1)))));
    other = insert(newPlan("OTHER-PLAN"));
    Activity a =
        insert(newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Week"), "2018-Q4")));
    week =
        write(
            r ->
                r.activities()
                    .update(
                        a.addParticipation(
                            new Participation(
                                Participant.of(dung.id()),
                                ParticipationRole.DELEGATE,
                                ParticipationStatus.CONFIRMED,
                                null))));
    assertThat(List.of(dost.version(), dung.version(), plan.version(), week.version()))
        .containsOnly(2L);
  }

  // ---- versions ------------------------------------------------------------------------------

  /**
   * An organisation update carrying a newer or an older version than the stored one is a conflict.
   */
  @Test
  protected void organisationUpdateWithAnyOtherVersionConflicts() {
    Organisation changed =
        dost.update(OrganisationRepositoryContract.profileWithAcronym(dost.profile(), "CHANGED"));
    for (long version : versionsOtherThan(dost.version())) {
      assertConflict(
          "organisation",
          dost.id().toString(),
          version,
          () -> write(r -> r.organisations().update(Aggregates.withVersion(changed, version))));
    }
    assertThat(stored(dost.id())).isEqualTo(dost);
  }

  /** A person update carrying a newer or an older version than the stored one is a conflict. */
  @Test
  protected void personUpdateWithAnyOtherVersionConflicts() {
    Person changed = dung.addAffiliation(new Affiliation(iia.id(), "Khách mời", null, null));
    for (long version : versionsOtherThan(dung.version())) {
      assertConflict(
          "person",
          dung.id().toString(),
          version,
          () -> write(r -> r.people().update(Aggregates.withVersion(changed, version))));
    }
    assertThat(stored(dung.id())).isEqualTo(dung);
  }

  /** A plan update carrying a newer or an older version than the stored one is a conflict. */
  @Test
  protected void planUpdateWithAnyOtherVersionConflicts() {
    CooperationPlan changed = plan.addContentArea(new ContentArea(2, contentAreaTitle(2)));
    for (long version : versionsOtherThan(plan.version())) {
      assertConflict(
          "plan",
          plan.id().toString(),
          version,
          () -> write(r -> r.plans().update(Aggregates.withVersion(changed, version))));
    }
    assertThat(stored(plan.id())).isEqualTo(plan);
  }

  /** An activity update carrying a newer or an older version than the stored one is a conflict. */
  @Test
  protected void activityUpdateWithAnyOtherVersionConflicts() {
    Activity changed =
        week.addParticipation(
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.INVITED,
                null));
    for (long version : versionsOtherThan(week.version())) {
      assertConflict(
          "activity",
          week.id().toString(),
          version,
          () -> write(r -> r.activities().update(Aggregates.withVersion(changed, version))));
    }
    assertThat(stored(week.id())).isEqualTo(week);
    assertThat(stored(week.id()).participations()).hasSize(1);
  }

  /** The exact stored version is taken, and the next update needs the version that one returned. */
  @Test
  protected void theStoredVersionIsTakenAndMovesOn() {
    Person v3 =
        write(
            r ->
                r.people()
                    .update(
                        dung.addAffiliation(new Affiliation(iia.id(), "Khách mời", null, null))));

    assertThat(v3.version()).isEqualTo(3);
    assertConflict("person", dung.id().toString(), 2, () -> write(r -> r.people().update(dung)));
    Person v4 = write(r -> r.people().update(v3));
    assertThat(v4.version()).isEqualTo(4);
    assertThat(stored(dung.id())).isEqualTo(v4);
  }

  /**
   * A newer version inside a unit that wrote before fails the whole unit: the earlier write is
   * undone.
   */
  @Test
  protected void newerVersionFailsTheWholeUnit() {
    Organisation changed =
        iia.update(OrganisationRepositoryContract.profileWithAcronym(iia.profile(), "CHANGED"));

    assertConflict(
        "activity",
        week.id().toString(),
        3,
        () ->
            write(
                r -> {
                  r.organisations().update(changed);
                  return r.activities().update(Aggregates.withVersion(week, 3));
                }));

    assertThat(stored(iia.id())).isEqualTo(iia);
  }

  // ---- unique keys on update -----------------------------------------------------------------

  /** An update that gives a plan another plan's code is a duplicate, and changes nothing. */
  @Test
  protected void planUpdateTakingAnotherPlansCodeIsDuplicate() {
    CooperationPlan taking = withCode(plan, other.code().value());

    DuplicateException e =
        assertRefused(DuplicateException.class, () -> write(r -> r.plans().update(taking)));

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(e.value()).isEqualTo("OTHER-PLAN");
    assertThat(e.code()).isEqualTo(DuplicateException.CODE);
    assertThat(stored(plan.id())).isEqualTo(plan);
    assertThat(findPlanByCode("OTHER-PLAN")).contains(other);
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(plan);
  }

  /**
   * A code taken by a plan inserted earlier in the same unit is a duplicate on update too, and the
   * unit leaves nothing.
   */
  @Test
  protected void planUpdateTakingACodeInsertedInTheSameUnitIsDuplicate() {
    CooperationPlan fresh = newPlan("FRESH-2019");

    DuplicateException e =
        assertRefused(
            DuplicateException.class,
            () ->
                write(
                    r -> {
                      r.plans().insert(fresh);
                      return r.plans().update(withCode(plan, "FRESH-2019"));
                    }));

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(findPlan(fresh.id())).isEmpty();
    assertThat(findPlanByCode("FRESH-2019")).isEmpty();
    assertThat(stored(plan.id())).isEqualTo(plan);
  }

  /**
   * A plan may change its code to a free one: the new code finds it, the old one nothing, and is
   * free again.
   */
  @Test
  protected void planUpdateToAFreeCodeMovesTheCode() {
    CooperationPlan renamed = write(r -> r.plans().update(withCode(plan, "HCMC-IIA-2019")));

    assertThat(renamed.version()).isEqualTo(3);
    assertThat(findPlanByCode("HCMC-IIA-2019")).contains(renamed);
    assertThat(findPlanByCode("HCMC-IIA-2018")).isEmpty();
    CooperationPlan again = insert(newPlan("HCMC-IIA-2018"));
    assertThat(findPlanByCode("HCMC-IIA-2018")).contains(again);
    assertThat(stored(plan.id())).isEqualTo(renamed);
  }

  /**
   * An update that gives an organisation another organisation's identifier, among its own, is a
   * duplicate and changes nothing.
   */
  @Test
  protected void organisationUpdateTakingAnotherOrganisationsIdentifierIsDuplicate() {
    ExternalIdentifier taken = iia.profile().identifiers().iterator().next();
    Set<ExternalIdentifier> identifiers = new LinkedHashSet<>(dost.profile().identifiers());
    identifiers.add(taken);
    OrganisationProfile p = dost.profile();
    Organisation taking =
        dost.update(
            new OrganisationProfile(
                p.name(),
                p.acronym(),
                p.alternativeNames(),
                p.type(),
                p.country(),
                p.parent(),
                identifiers,
                p.website()));

    DuplicateException e =
        assertRefused(DuplicateException.class, () -> write(r -> r.organisations().update(taking)));

    assertThat(e.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    assertThat(e.value()).isEqualTo(taken.toString());
    assertThat(stored(dost.id())).isEqualTo(dost);
    assertThat(findByIdentifier(taken)).contains(iia);
    for (ExternalIdentifier own : dost.profile().identifiers()) {
      assertThat(findByIdentifier(own)).contains(dost);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * Versions an update of an aggregate stored at {@code stored} must not be taken with: older,
   * newer, zero, far.
   */
  private static List<Long> versionsOtherThan(long stored) {
    return List.of(stored - 1, stored + 1, stored + 5, 0L, Long.MAX_VALUE);
  }

  private void assertConflict(String kind, String id, long version, ThrowingCallable call) {
    ConflictException e = assertRefused(ConflictException.class, call);
    assertThat(e.kind()).as("the conflict's kind").isEqualTo(kind);
    assertThat(e.id()).as("the conflict's id").contains(id);
    assertThat(e.expectedVersion()).as("the conflict's version").hasValue(version);
    assertThat(e.isStaleVersion()).isTrue();
    assertThat(e.code()).isEqualTo(ConflictException.CODE);
  }

  private static CooperationPlan withCode(CooperationPlan p, String code) {
    return CooperationPlan.ForAdapters.restore(
        p.id(),
        PlanCode.of(code),
        p.title(),
        p.summary(),
        p.period(),
        p.parties(),
        p.contentAreas(),
        p.documents(),
        p.status(),
        p.statusReason(),
        p.version());
  }
}
