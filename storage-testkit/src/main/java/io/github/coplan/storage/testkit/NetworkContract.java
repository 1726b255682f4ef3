package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.DefineRelationshipTypes;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RecordRelationship;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseRelationship;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.ConnectionQuery.Side;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network on a store: relationship types (the standard ones and those an application defines),
 * relationships between participants (side kinds, dates, versions, the unique tie, the canonical
 * order of a symmetric one, the source's plan), and the connections derived from who attended an
 * activity or a completed stop: their exact evidence, the network of a participant two steps deep
 * with its paths, the connections a plan made, the contacts gone cold and the most connected, each
 * as the viewer may see it. Bad input is refused with its code and leaves the store as it was.
 *
 * <p>Everything is done through the use cases of a {@link Coplan} over {@link #createStorage()},
 * with ids from {@link #nextId()}.
 */
public abstract class NetworkContract extends StorageContract {

  private static final RelationshipTypeCode INTRODUCED_TO = RelationshipType.INTRODUCED_TO.code();
  private static final RelationshipTypeCode PARTNER_OF = RelationshipType.PARTNER_OF.code();
  private static final RelationshipTypeCode INVESTOR_IN = RelationshipType.INVESTOR_IN.code();
  private static final RelationshipTypeCode MENTOR_OF = RelationshipType.MENTOR_OF.code();

  private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

  private Coplan coplan;
  private UseCases system;
  private PlanId plan;

  private Participant dost;
  private Participant startup;
  private Participant iia;
  private Participant hebrewUniversity;
  private Participant fund;

  private Participant dung;
  private Participant lan;
  private Participant minh;
  private Participant doron;
  private Participant avi;

  /** For subclasses. */
  protected NetworkContract() {}

  /**
   * A restricted plan with two content areas; organisations and people of Vietnam and Israel, all
   * through the use cases.
   */
  @BeforeEach
  protected void registerThePlanAndThePeople() {
    coplan = Coplan.builder().storage(storage()).clock(CLOCK).idSource(this::nextId).build();
    system = coplan.actingAs(ACTOR);
    dost =
        organisation(
            "Department of Science and Technology of HCMC",
            OrganisationType.LOCAL_GOVERNMENT,
            CountryCode.VN);
    startup =
        organisation("Saigon Water Start-up", OrganisationType.PRIVATE_SECTOR, CountryCode.VN);
    iia = organisation("Israel Innovation Authority", OrganisationType.GOVERNMENT, CountryCode.IL);
    hebrewUniversity =
        organisation("Hebrew University of Jerusalem", OrganisationType.ACADEMIC, CountryCode.IL);
    fund = organisation("Jerusalem Venture Fund", OrganisationType.PRIVATE_SECTOR, CountryCode.IL);
    dung = person("Nguyễn Việt Dũng", CountryCode.VN);
    lan = person("Trần Thị Lan", CountryCode.VN);
    minh = person("Lê Văn Minh", CountryCode.VN);
    doron = person("Doron Lebovich", CountryCode.IL);
    avi = person("Avi Cohen", CountryCode.IL);
    plan = plan("HCMC-IL-NETWORK");
  }

  // ---- fixtures ------------------------------------------------------------------------------

  private Participant organisation(String name, OrganisationType type, CountryCode country) {
    OrganisationId id =
        system
            .organisations()
            .register(new RegisterOrganisation(organisationProfile(name, type, country)))
            .id();
    return Participant.of(id);
  }

  private Participant person(String name, CountryCode country, Affiliation... affiliations) {
    PersonId id =
        system
            .people()
            .register(new RegisterPerson(PersonProfile.of(name, country), List.of(affiliations)))
            .id();
    return Participant.of(id);
  }

  private PlanId plan(String code) {
    PlanId id =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), viEn("Kế hoạch " + code, "Plan " + code))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(id, new ContentArea(1, contentAreaTitle(1))));
    system.plans().addContentArea(new AddContentArea(id, new ContentArea(2, contentAreaTitle(2))));
    return id;
  }

  private static PersonId personId(Participant p) {
    return ((Participant.Person) p).id();
  }

  private static OrganisationId organisationId(Participant p) {
    return ((Participant.Organisation) p).id();
  }

  /** The role a participant takes in the fixtures: an organisation hosts, a person attends. */
  private static ParticipationRole roleOf(Participant p) {
    return p instanceof Participant.Organisation
        ? ParticipationRole.HOST
        : ParticipationRole.ATTENDEE;
  }

  /** A proposed activity of the plan in a content area, planned over a span. */
  private ActivityId propose(PlanId in, int area, ActivityType type, String planned) {
    return system
        .activities()
        .propose(new ProposeActivity(in, details(area, type, en("Meeting " + planned), planned)))
        .id();
  }

  /** A meeting of the plan in content area 1, planned on a day, that everyone given attended. */
  private ActivityId met(String planned, Participant... attended) {
    return metIn(plan, 1, planned, attended);
  }

  /** A meeting of a plan in a content area, planned over a span, that everyone given attended. */
  private ActivityId metIn(PlanId in, int area, String planned, Participant... attended) {
    ActivityId id = propose(in, area, ActivityType.MEETING, planned);
    for (Participant p : attended) {
      join(id, p, roleOf(p), ParticipationStatus.ATTENDED);
    }
    return id;
  }

  private void join(
      ActivityId id, Participant who, ParticipationRole role, ParticipationStatus status) {
    system.activities().addParticipant(new AddParticipant(id, who, role, status));
  }

  private Relationship record(RecordRelationship command) {
    return system.network().record(command);
  }

  private Relationship record(
      RelationshipTypeCode type, Participant from, Participant to, String start) {
    return record(RecordRelationship.of(type, from, to, PartialDate.parse(start)));
  }

  private static PartialDate day(String text) {
    return PartialDate.parse(text);
  }

  private static Meeting meeting(
      ActivityId activity, String day, ParticipationRole first, ParticipationRole second) {
    return new Meeting(activity, null, PartialDate.parse(day), first, second);
  }

  private static Meeting attended(ActivityId activity, String day) {
    return meeting(activity, day, ParticipationRole.ATTENDEE, ParticipationRole.ATTENDEE);
  }

  private List<Connection> connectionsOf(Participant p, LocalDate asOf) {
    return system.network().connectionsOf(p, asOf);
  }

  /** Participants in order of their text form. */
  private static List<Participant> byText(Participant... participants) {
    List<Participant> list = new ArrayList<>(List.of(participants));
    list.sort((a, b) -> a.toString().compareTo(b.toString()));
    return list;
  }

  // ---- the repository ------------------------------------------------------------------------

  private Relationship fresh(RelationshipTypeCode type, Participant from, Participant to) {
    RelationshipType t =
        RelationshipType.STANDARD.stream()
            .filter(x -> x.code().equals(type))
            .findFirst()
            .orElseThrow();
    return Relationship.record(
        new RelationshipId(nextId()), t, from, to, day("2019-Q3"), null, null, null, null, null);
  }

  private Optional<Relationship> storedRelationship(RelationshipId id) {
    return read(r -> r.network().findRelationship(id));
  }

  private Optional<Relationship> storedTie(
      RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
    return read(r -> r.network().findTie(type, from, to, start));
  }

  private List<Relationship> storedOf(Participant participant) {
    return read(r -> r.network().relationshipsOf(participant));
  }

  private Optional<RelationshipType> storedType(RelationshipTypeCode code) {
    return read(r -> r.network().findType(code));
  }

  private List<RelationshipType> storedTypes() {
    return read(r -> r.network().types());
  }

  /**
   * The repository itself: a new relationship is stored at version 1 and found by id and by its
   * tie; one of a version other than 0 is a conflict, a taken id or tie a duplicate; an update of
   * an unknown relationship is not found, one at a stale version a conflict, one onto another's tie
   * a duplicate; none of them changes what is stored.
   */
  @Test
  protected void theRepositoryKeepsVersionsAndTheUniqueTie() {
    Relationship first = fresh(INTRODUCED_TO, dung, doron);
    Relationship stored = write(r -> r.network().insertRelationship(first));
    assertThat(stored).isEqualTo(Relationship.ForAdapters.withVersion(first, 1));
    assertThat(storedRelationship(first.id())).contains(stored);
    assertThat(storedTie(INTRODUCED_TO, dung, doron, day("2019-Q3"))).contains(stored);
    assertThat(storedTie(INTRODUCED_TO, doron, dung, day("2019-Q3"))).isEmpty();
    assertThat(storedTie(INTRODUCED_TO, dung, doron, day("2019"))).isEmpty();

    assertRefused(
        ConflictException.class,
        () ->
            write(
                r ->
                    r.network()
                        .insertRelationship(
                            Relationship.ForAdapters.withVersion(
                                fresh(INTRODUCED_TO, lan, doron), 3))));
    DuplicateException takenId =
        assertRefused(
            DuplicateException.class,
            () ->
                write(
                    r ->
                        r.network()
                            .insertRelationship(
                                Relationship.ForAdapters.restore(
                                    first.id(),
                                    INTRODUCED_TO,
                                    lan,
                                    minh,
                                    day("2019"),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    0))));
    assertThat(takenId.what()).isEqualTo(DuplicateException.ID);
    DuplicateException takenTie =
        assertRefused(
            DuplicateException.class,
            () -> write(r -> r.network().insertRelationship(fresh(INTRODUCED_TO, dung, doron))));
    assertThat(takenTie.what()).isEqualTo(DuplicateException.RELATIONSHIP);

    Relationship other = write(r -> r.network().insertRelationship(fresh(MENTOR_OF, dung, doron)));
    assertRefused(
        NotFoundException.class,
        () -> write(r -> r.network().updateRelationship(fresh(INTRODUCED_TO, lan, minh))));
    assertRefused(
        ConflictException.class,
        () -> write(r -> r.network().updateRelationship(first.revise(day("2019"), null, null))));
    Relationship revised =
        write(r -> r.network().updateRelationship(stored.revise(day("2019"), null, null)));
    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.start()).isEqualTo(day("2019"));
    assertThat(storedTie(INTRODUCED_TO, dung, doron, day("2019-Q3"))).isEmpty();
    assertThat(storedTie(INTRODUCED_TO, dung, doron, day("2019"))).contains(revised);
    Relationship clash =
        write(r -> r.network().insertRelationship(fresh(INTRODUCED_TO, dung, doron)));
    DuplicateException onto =
        assertRefused(
            DuplicateException.class,
            () ->
                write(r -> r.network().updateRelationship(clash.revise(day("2019"), null, null))));
    assertThat(onto.what()).isEqualTo(DuplicateException.RELATIONSHIP);
    assertThat(storedOf(dung))
        .containsExactlyElementsOf(
            idsInOrder(revised, other, clash).stream()
                .map(id -> storedRelationship(id).orElseThrow())
                .toList());
  }

  /**
   * A unit of work that fails leaves no relationship, revision or type it wrote: the relationship
   * is not found by id, by tie or by side, and the type is not listed.
   */
  @Test
  protected void aFailedUnitLeavesNoRelationshipOrType() {
    Relationship kept = write(r -> r.network().insertRelationship(fresh(INTRODUCED_TO, dung, lan)));
    Relationship lost = fresh(MENTOR_OF, dung, doron);
    RelationshipType defined =
        new RelationshipType(
            RelationshipTypeCode.of("adviser_to"),
            en("adviser to"),
            en("advised by"),
            EnumSet.of(ParticipantKind.PERSON),
            EnumSet.of(ParticipantKind.ORGANISATION),
            false);

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.network().insertRelationship(lost);
                  r.network().updateRelationship(kept.revise(day("2018"), null, null));
                  r.network().saveType(defined);
                  throw new IllegalStateException("the unit fails");
                }));

    assertThat(storedRelationship(lost.id())).isEmpty();
    assertThat(storedTie(MENTOR_OF, dung, doron, day("2019-Q3"))).isEmpty();
    assertThat(storedOf(doron)).isEmpty();
    assertThat(storedOf(dung)).containsExactly(kept);
    assertThat(storedType(defined.code())).isEmpty();
    assertThat(storedTypes()).isEmpty();
  }

  // ---- relationship types --------------------------------------------------------------------

  /**
   * Each standard type refuses a side of a kind it does not allow, with {@code
   * relationship.side-kind} naming the side; both sides the same participant is {@code
   * relationship.self}; a type nobody defined is {@code relationship.type-unknown}; nothing is
   * stored by a refused record, and the allowed kinds are recorded.
   */
  @Test
  protected void standardTypesRefuseSidesOfAKindTheyDoNotAllow() {
    RuleViolationException partnerFirst =
        assertRuleRefused(
            RuleCode.RELATIONSHIP_SIDE_KIND, () -> record(PARTNER_OF, dung, dost, "2019"));
    assertThat(partnerFirst.getMessage()).contains("first side of partner_of");
    RuleViolationException partnerSecond =
        assertRuleRefused(
            RuleCode.RELATIONSHIP_SIDE_KIND, () -> record(PARTNER_OF, dost, dung, "2019"));
    assertThat(partnerSecond.getMessage()).contains("second side of partner_of");
    RuleViolationException investorSecond =
        assertRuleRefused(
            RuleCode.RELATIONSHIP_SIDE_KIND, () -> record(INVESTOR_IN, doron, dung, "2019"));
    assertThat(investorSecond.getMessage()).contains("second side of investor_in");
    RuleViolationException mentorFirst =
        assertRuleRefused(
            RuleCode.RELATIONSHIP_SIDE_KIND, () -> record(MENTOR_OF, fund, dung, "2019"));
    assertThat(mentorFirst.getMessage()).contains("first side of mentor_of");
    assertRuleRefused(RuleCode.RELATIONSHIP_SELF, () -> record(INTRODUCED_TO, dung, dung, "2019"));
    assertRuleRefused(
        RuleCode.RELATIONSHIP_TYPE_UNKNOWN,
        () -> record(RelationshipTypeCode.of("friend_of"), dung, lan, "2019"));
    assertThat(system.network().relationshipsOf(dung)).isEmpty();
    assertThat(system.network().relationshipsOf(dost)).isEmpty();

    Relationship introduced = record(INTRODUCED_TO, dung, dost, "2019");
    Relationship invested = record(INVESTOR_IN, doron, startup, "2019-05");
    Relationship mentored = record(MENTOR_OF, avi, startup, "2019-06");
    Relationship partners = record(PARTNER_OF, dost, iia, "2019-07");
    assertThat(List.of(introduced, invested, mentored, partners))
        .extracting(Relationship::version)
        .containsOnly(1L);
    assertThat(system.network().relationshipsOf(startup)).containsExactly(invested, mentored);
    assertThat(system.network().get(introduced.id())).isEqualTo(introduced);
    assertThat(introduced.from()).isEqualTo(dung);
    assertThat(introduced.to()).isEqualTo(dost);
    assertThat(introduced.start()).isEqualTo(day("2019"));
    assertThat(introduced.end()).isNull();
    assertThat(introduced.plan()).isNull();
    assertThat(introduced.contentArea()).isNull();
    assertThat(introduced.source()).isNull();
  }

  /**
   * The types are the standard ones by code; a defined type joins the list in code order and
   * governs the kinds of its sides; it may be relabelled, a standard one too, but not given other
   * sides or symmetry ({@code relationship-type.sides-fixed}, nothing defined); a person may not
   * define types.
   */
  @Test
  protected void definedTypesExtendTheStandardOnesAndKeepTheirSides() {
    assertThat(system.network().types()).isEqualTo(RelationshipType.STANDARD);
    RelationshipType adviser =
        new RelationshipType(
            RelationshipTypeCode.of("adviser_to"),
            en("adviser to"),
            en("advised by"),
            EnumSet.of(ParticipantKind.PERSON),
            EnumSet.of(ParticipantKind.ORGANISATION),
            false);

    List<RelationshipType> types =
        system.network().defineTypes(new DefineRelationshipTypes(List.of(adviser)));

    assertThat(types)
        .extracting(t -> t.code().toString())
        .containsExactly("adviser_to", "introduced_to", "investor_in", "mentor_of", "partner_of");
    assertThat(system.network().types()).isEqualTo(types);
    assertThat(types.get(0)).isEqualTo(adviser);
    Relationship advises = record(adviser.code(), doron, startup, "2019");
    assertThat(advises.type()).isEqualTo(adviser.code());
    assertRuleRefused(
        RuleCode.RELATIONSHIP_SIDE_KIND, () -> record(adviser.code(), startup, doron, "2019"));

    RelationshipType relabelled =
        new RelationshipType(
            adviser.code(),
            en("advises"),
            en("is advised by"),
            adviser.fromKinds(),
            adviser.toKinds(),
            false);
    RelationshipType partnersRelabelled =
        new RelationshipType(
            PARTNER_OF,
            en("works with"),
            en("works with"),
            EnumSet.of(ParticipantKind.ORGANISATION),
            EnumSet.of(ParticipantKind.ORGANISATION),
            true);
    system
        .network()
        .defineTypes(new DefineRelationshipTypes(List.of(relabelled, partnersRelabelled)));
    assertThat(system.network().types())
        .containsExactly(
            relabelled,
            RelationshipType.INTRODUCED_TO,
            RelationshipType.INVESTOR_IN,
            RelationshipType.MENTOR_OF,
            partnersRelabelled);

    RelationshipType otherSides =
        new RelationshipType(
            adviser.code(),
            en("adviser to"),
            en("advised by"),
            EnumSet.allOf(ParticipantKind.class),
            adviser.toKinds(),
            false);
    RelationshipType newType =
        new RelationshipType(
            RelationshipTypeCode.of("board_member_of"),
            en("board member of"),
            en("has on its board"),
            EnumSet.of(ParticipantKind.PERSON),
            EnumSet.of(ParticipantKind.ORGANISATION),
            false);
    assertRuleRefused(
        RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED,
        () ->
            system
                .network()
                .defineTypes(new DefineRelationshipTypes(List.of(newType, otherSides))));
    RelationshipType oneWayPartners =
        new RelationshipType(
            PARTNER_OF,
            en("partner of"),
            en("partnered by"),
            EnumSet.of(ParticipantKind.ORGANISATION),
            EnumSet.of(ParticipantKind.ORGANISATION),
            false);
    assertRuleRefused(
        RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED,
        () -> system.network().defineTypes(new DefineRelationshipTypes(List.of(oneWayPartners))));
    assertThat(system.network().types()).extracting(RelationshipType::code).hasSize(5);
    assertThat(system.network().types()).doesNotContain(newType);

    UseCases asPerson = coplan.actingAs(Actor.person(personId(dung)));
    assertRefused(
        AccessDeniedException.class,
        () -> asPerson.network().defineTypes(new DefineRelationshipTypes(List.of(newType))));
    assertThat(system.network().types()).doesNotContain(newType);
  }

  // ---- dates and versions --------------------------------------------------------------------

  /**
   * An end before the start is {@code end-before-start} and stores nothing; whether a relationship
   * is active is computed from its partial dates: started in 2019-Q2 and ended in 2020, it is
   * active from 2019-04-01 to 2020-12-31 and not a day before or after, in the relationship and in
   * the ties of the network the store computes.
   */
  @Test
  protected void activeDaysComeFromThePartialDates() {
    assertInvalid(
        () ->
            record(
                RecordRelationship.of(MENTOR_OF, doron, dung, day("2020"))
                    .endingOn(day("2019-12"))),
        "end:end-before-start");
    assertThat(system.network().relationshipsOf(dung)).isEmpty();

    Relationship mentoring =
        record(RecordRelationship.of(MENTOR_OF, doron, dung, day("2019-Q2")).endingOn(day("2020")));

    assertThat(mentoring.isActiveOn(LocalDate.of(2019, 3, 31))).isFalse();
    assertThat(mentoring.isActiveOn(LocalDate.of(2019, 4, 1))).isTrue();
    assertThat(mentoring.isActiveOn(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(mentoring.isActiveOn(LocalDate.of(2021, 1, 1))).isFalse();
    Tie tie = new Tie(doron, dung, 0, null, null, List.of(MENTOR_OF));
    for (LocalDate active : List.of(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 12, 31))) {
      assertThat(system.network().network(doron, 1, active, 10))
          .isEqualTo(new Network(doron, active, 1, List.of(new Reach(dung, List.of(tie))), true));
    }
    for (LocalDate inactive : List.of(LocalDate.of(2019, 3, 31), LocalDate.of(2021, 1, 1))) {
      assertThat(system.network().network(doron, 1, inactive, 10))
          .isEqualTo(new Network(doron, inactive, 1, List.of(), true));
    }
    assertThat(system.network().connectionsOf(doron, LocalDate.of(2020, 1, 1))).isEmpty();
  }

  /**
   * A revision changes the dates and description and adds one to the version; a revision at a stale
   * version is a conflict, one with an end before the start invalid, and neither changes the stored
   * relationship.
   */
  @Test
  protected void aRevisionNeedsTheCurrentVersion() {
    Relationship first = record(INTRODUCED_TO, dung, doron, "2019-03");
    Relationship revised =
        system
            .network()
            .revise(
                ReviseRelationship.of(first)
                    .endingOn(day("2019-12"))
                    .describedAs(en("At the Jerusalem briefing")));

    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.end()).isEqualTo(day("2019-12"));
    assertThat(revised.description()).isEqualTo(en("At the Jerusalem briefing"));
    assertThat(revised.start()).isEqualTo(day("2019-03"));
    assertThat(system.network().get(first.id())).isEqualTo(revised);

    assertRefused(
        ConflictException.class,
        () -> system.network().revise(ReviseRelationship.of(first).endingOn(null)));
    assertInvalid(
        () -> system.network().revise(ReviseRelationship.of(revised).endingOn(day("2018"))),
        "end:end-before-start");
    assertThat(system.network().get(first.id())).isEqualTo(revised);
  }

  /**
   * A second relationship of the same type, sides and start is a duplicate ({@code
   * relationship.tie}); another start is not. A symmetric relationship is kept once, its sides in
   * the order of their text form whichever way it was recorded, so recording it the other way round
   * is the same tie.
   */
  @Test
  protected void aTieIsStoredOnceAndASymmetricOneInCanonicalOrder() {
    Relationship introduced = record(INTRODUCED_TO, dung, doron, "2019-03");
    DuplicateException duplicate =
        assertRefused(
            DuplicateException.class, () -> record(INTRODUCED_TO, dung, doron, "2019-03"));
    assertThat(duplicate.what()).isEqualTo(DuplicateException.RELATIONSHIP);
    Relationship reverse = record(INTRODUCED_TO, doron, dung, "2019-03");
    Relationship later = record(INTRODUCED_TO, dung, doron, "2019-04");
    assertThat(system.network().relationshipsOf(dung))
        .extracting(Relationship::id)
        .containsExactlyElementsOf(idsInOrder(introduced, reverse, later));

    List<Participant> ordered = byText(dost, iia);
    Relationship partners = record(PARTNER_OF, ordered.get(1), ordered.get(0), "2019");
    assertThat(partners.from()).isEqualTo(ordered.get(0));
    assertThat(partners.to()).isEqualTo(ordered.get(1));
    DuplicateException samePartners =
        assertRefused(
            DuplicateException.class,
            () -> record(PARTNER_OF, ordered.get(0), ordered.get(1), "2019"));
    assertThat(samePartners.what()).isEqualTo(DuplicateException.RELATIONSHIP);
    assertThat(system.network().relationshipsOf(dost)).containsExactly(partners);
    assertThat(system.network().relationshipsOf(iia)).containsExactly(partners);
  }

  /** The ids in the repository's order: by the start's earliest day, then the id's text. */
  private static List<RelationshipId> idsInOrder(Relationship... relationships) {
    List<Relationship> list = new ArrayList<>(List.of(relationships));
    list.sort(
        (a, b) -> {
          int byStart = a.start().earliestDay().compareTo(b.start().earliestDay());
          return byStart != 0 ? byStart : a.id().toString().compareTo(b.id().toString());
        });
    return list.stream().map(Relationship::id).toList();
  }

  // ---- sources -------------------------------------------------------------------------------

  /**
   * A relationship from an activity belongs to its plan and content area; a side that took no part
   * in the activity is {@code relationship.source-unrelated}; the activity's relationships are
   * listed by start, then id.
   */
  @Test
  protected void aSourceActivityGivesItsPlanAndContentArea() {
    ActivityId workshop = metIn(plan, 2, "2019-05-20", dung, doron, iia);
    RelationshipSource source = RelationshipSource.of(workshop);

    RuleViolationException unrelated =
        assertRuleRefused(
            RuleCode.RELATIONSHIP_SOURCE_UNRELATED,
            () ->
                record(
                    RecordRelationship.of(INTRODUCED_TO, dung, lan, day("2019-05-20"))
                        .producedBy(source)));
    assertThat(unrelated.getMessage()).contains(lan.toString());
    assertThat(system.network().relationshipsFrom(source)).isEmpty();

    Relationship introduced =
        record(
            RecordRelationship.of(INTRODUCED_TO, dung, doron, day("2019-05-20"))
                .producedBy(source));
    Relationship invested =
        record(RecordRelationship.of(INVESTOR_IN, doron, iia, day("2019-05")).producedBy(source));

    assertThat(introduced.plan()).isEqualTo(plan);
    assertThat(introduced.contentArea()).isEqualTo(2);
    assertThat(introduced.source()).isEqualTo(source);
    assertThat(invested.plan()).isEqualTo(plan);
    assertThat(system.network().relationshipsFrom(source)).containsExactly(invested, introduced);
    assertThat(system.network().relationshipsFrom(RelationshipSource.of(met("2019-06-01"))))
        .isEmpty();
  }

  /**
   * A relationship with every part given (partial dates of two precisions, a description in two
   * languages, an activity as source, its plan and content area) and a defined type with labels in
   * two languages read back exactly through a second Coplan over the same store.
   */
  @Test
  protected void aRelationshipAndATypeReadBackExactly() {
    ActivityId workshop = metIn(plan, 2, "2019-05-20", dung, startup);
    RelationshipType adviser =
        new RelationshipType(
            RelationshipTypeCode.of("adviser_to"),
            viEn("cố vấn cho", "adviser to"),
            viEn("được cố vấn bởi", "advised by"),
            EnumSet.of(ParticipantKind.PERSON),
            EnumSet.allOf(ParticipantKind.class),
            false);
    system.network().defineTypes(new DefineRelationshipTypes(List.of(adviser)));
    Relationship recorded =
        record(
            RecordRelationship.of(adviser.code(), dung, startup, day("2019-Q2"))
                .endingOn(day("2020-H1"))
                .describedAs(viEn("Cố vấn về lọc nước", "Advises on water filtration"))
                .producedBy(RelationshipSource.of(workshop)));

    UseCases reader =
        Coplan.builder()
            .storage(storage())
            .clock(CLOCK)
            .idSource(this::nextId)
            .build()
            .actingAs(Actor.system("reader"));
    assertThat(reader.network().get(recorded.id())).isEqualTo(recorded);
    assertThat(reader.network().relationshipsOf(startup)).containsExactly(recorded);
    assertThat(reader.network().relationshipsFrom(RelationshipSource.of(workshop)))
        .containsExactly(recorded);
    assertThat(reader.network().types()).contains(adviser);
    assertThat(recorded.start()).isEqualTo(day("2019-Q2"));
    assertThat(recorded.end()).isEqualTo(day("2020-H1"));
    assertThat(recorded.plan()).isEqualTo(plan);
    assertThat(recorded.contentArea()).isEqualTo(2);
    assertThat(recorded.description())
        .isEqualTo(viEn("Cố vấn về lọc nước", "Advises on water filtration"));
  }

  // ---- meetings ------------------------------------------------------------------------------

  /**
   * Two participants who both attended an activity met once there: the meeting names the activity,
   * no stop, its planned start (its actual start once it started) and both roles; invited,
   * confirmed and no-show participations do not count; later meetings are not counted up to an
   * earlier day; a participation changed from confirmed to attended counts at once, never stored
   * apart from the participation.
   */
  @Test
  protected void attendingTogetherIsAMeetingWithExactEvidence() {
    ActivityId id = propose(plan, 1, ActivityType.MEETING, "2019-03-10");
    join(id, dung, ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.ATTENDED);
    join(id, doron, ParticipationRole.LIAISON, ParticipationStatus.ATTENDED);
    join(id, lan, ParticipationRole.DELEGATE, ParticipationStatus.NO_SHOW);
    join(id, minh, ParticipationRole.DELEGATE, ParticipationStatus.INVITED);
    join(id, avi, ParticipationRole.EXPERT, ParticipationStatus.CONFIRMED);

    Meeting dungMetDoron =
        meeting(id, "2019-03-10", ParticipationRole.HEAD_OF_DELEGATION, ParticipationRole.LIAISON);
    assertThat(connectionsOf(dung, END_OF_2019))
        .containsExactly(new Connection(dung, doron, List.of(dungMetDoron)));
    assertThat(connectionsOf(doron, END_OF_2019))
        .containsExactly(new Connection(dung, doron, List.of(dungMetDoron)).reversed());
    assertThat(connectionsOf(doron, END_OF_2019).get(0).meetings().get(0).firstRole())
        .isEqualTo(ParticipationRole.LIAISON);
    assertThat(connectionsOf(dung, LocalDate.of(2019, 3, 10))).hasSize(1);
    assertThat(connectionsOf(dung, LocalDate.of(2019, 3, 9))).isEmpty();
    for (Participant absent : List.of(lan, minh, avi)) {
      assertThat(connectionsOf(absent, END_OF_2019)).as(absent.toString()).isEmpty();
    }

    system
        .activities()
        .changeParticipation(
            new ChangeParticipation(
                id, avi, ParticipationRole.EXPERT, ParticipationStatus.ATTENDED));

    List<Connection> expected = new ArrayList<>();
    for (Participant other : byText(doron, avi)) {
      expected.add(
          new Connection(
              dung,
              other,
              List.of(
                  meeting(
                      id,
                      "2019-03-10",
                      ParticipationRole.HEAD_OF_DELEGATION,
                      other.equals(avi) ? ParticipationRole.EXPERT : ParticipationRole.LIAISON))));
    }
    assertThat(connectionsOf(dung, END_OF_2019)).containsExactlyElementsOf(expected);
    assertThat(connectionsOf(avi, END_OF_2019))
        .extracting(Connection::second)
        .containsExactlyElementsOf(byText(dung, doron));
    assertThat(connectionsOf(lan, END_OF_2019)).isEmpty();

    system.activities().changeStatus(ChangeActivityStatus.plan(id));
    system.activities().changeStatus(ChangeActivityStatus.schedule(id));
    system.activities().changeStatus(ChangeActivityStatus.start(id, day("2019-03-12")));
    assertThat(connectionsOf(dung, LocalDate.of(2019, 3, 11))).isEmpty();
    assertThat(connectionsOf(dung, END_OF_2019).get(0).meetings())
        .extracting(Meeting::day)
        .containsExactly(day("2019-03-12"));
  }

  /**
   * A meeting whose day is known only in part counts from the earliest day it may mean: a meeting
   * planned for 2019-Q2 counts up to 2019-04-01 and not up to 2019-03-31, and its day stays as
   * precise as it was planned.
   */
  @Test
  protected void aMeetingKnownInPartCountsFromItsEarliestDay() {
    ActivityId quarter = metIn(plan, 1, "2019-Q2", dung, doron);

    assertThat(connectionsOf(dung, LocalDate.of(2019, 3, 31))).isEmpty();
    assertThat(connectionsOf(dung, LocalDate.of(2019, 4, 1)))
        .containsExactly(new Connection(dung, doron, List.of(attended(quarter, "2019-Q2"))));
    assertThat(system.network().mostConnected(plan, LocalDate.of(2019, 4, 1), END_OF_2019, 10))
        .extracting(Degree::participant)
        .containsExactlyElementsOf(byText(dung, doron));
    assertThat(system.network().mostConnected(plan, LocalDate.of(2019, 4, 2), END_OF_2019, 10))
        .isEmpty();
  }

  /**
   * The host of a completed stop met each person who attended it: the meeting names the stop, its
   * first day (the actual one when it was completed at another time) and the roles of the host's
   * and the attendee's participations; planned and cancelled stops do not count, nor do confirmed
   * participants meet each other.
   */
  @Test
  protected void theHostOfACompletedStopMetItsAttendees() {
    ZoneId israel = ZoneId.of("Asia/Jerusalem");
    Place jerusalem = Place.of("Jerusalem", CountryCode.IL, israel);
    ActivityId tour = propose(plan, 1, ActivityType.STUDY_TOUR, "2018-11-11/2018-11-17");
    join(tour, iia, ParticipationRole.HOST, ParticipationStatus.CONFIRMED);
    join(tour, hebrewUniversity, ParticipationRole.HOST, ParticipationStatus.CONFIRMED);
    join(tour, fund, ParticipationRole.HOST, ParticipationStatus.CONFIRMED);
    join(tour, dung, ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.CONFIRMED);
    join(tour, lan, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED);
    List<PersonId> both = List.of(personId(dung), personId(lan));
    Stop briefing = addStop(tour, jerusalem, iia, "2018-11-12", both);
    Stop campus = addStop(tour, jerusalem, hebrewUniversity, "2018-11-13", both);
    Stop pitch = addStop(tour, jerusalem, fund, "2018-11-14", both);
    system.activities().changeStatus(ChangeActivityStatus.plan(tour));
    system.activities().changeStatus(ChangeActivityStatus.schedule(tour));
    system.activities().changeStatus(ChangeActivityStatus.start(tour, day("2018-11-11")));
    system.activities().changeItinerary(ChangeItinerary.complete(tour, briefing.id()));
    system
        .activities()
        .changeItinerary(
            ChangeItinerary.complete(
                tour,
                pitch.id(),
                StopTime.on(DateSpan.parse("2018-11-15")),
                List.of(personId(lan)),
                null));

    Meeting iiaMetDung =
        new Meeting(
            tour,
            briefing.id(),
            day("2018-11-12"),
            ParticipationRole.HOST,
            ParticipationRole.HEAD_OF_DELEGATION);
    Meeting iiaMetLan =
        new Meeting(
            tour,
            briefing.id(),
            day("2018-11-12"),
            ParticipationRole.HOST,
            ParticipationRole.DELEGATE);
    List<Connection> expected = new ArrayList<>();
    for (Participant other : byText(dung, lan)) {
      expected.add(
          new Connection(iia, other, List.of(other.equals(dung) ? iiaMetDung : iiaMetLan)));
    }
    assertThat(connectionsOf(iia, END_OF_2019)).containsExactlyElementsOf(expected);
    assertThat(connectionsOf(fund, END_OF_2019))
        .containsExactly(
            new Connection(
                fund,
                lan,
                List.of(
                    new Meeting(
                        tour,
                        pitch.id(),
                        day("2018-11-15"),
                        ParticipationRole.HOST,
                        ParticipationRole.DELEGATE))));
    assertThat(connectionsOf(fund, LocalDate.of(2018, 11, 14))).isEmpty();
    assertThat(connectionsOf(hebrewUniversity, END_OF_2019)).isEmpty();
    List<Connection> lans = new ArrayList<>();
    for (Participant host : byText(iia, fund)) {
      lans.add(
          new Connection(
              lan,
              host,
              List.of(
                  host.equals(iia)
                      ? new Meeting(
                          tour,
                          briefing.id(),
                          day("2018-11-12"),
                          ParticipationRole.DELEGATE,
                          ParticipationRole.HOST)
                      : new Meeting(
                          tour,
                          pitch.id(),
                          day("2018-11-15"),
                          ParticipationRole.DELEGATE,
                          ParticipationRole.HOST))));
    }
    lans.sort((a, b) -> a.firstMet().earliestDay().compareTo(b.firstMet().earliestDay()));
    assertThat(connectionsOf(lan, END_OF_2019)).containsExactlyElementsOf(lans);

    system.activities().changeItinerary(ChangeItinerary.cancel(tour, campus.id(), "Closed"));
    assertThat(connectionsOf(hebrewUniversity, END_OF_2019)).isEmpty();
    assertThat(connectionsOf(dung, END_OF_2019))
        .containsExactly(new Connection(iia, dung, List.of(iiaMetDung)).reversed());
  }

  private Stop addStop(
      ActivityId tour, Place place, Participant host, String day, List<PersonId> attendees) {
    List<Stop> before = system.activities().get(tour).itinerary();
    List<Stop> after =
        system
            .activities()
            .changeItinerary(
                ChangeItinerary.add(
                    tour,
                    place,
                    organisationId(host),
                    "Visit",
                    StopTime.on(DateSpan.parse(day)),
                    attendees))
            .itinerary();
    return after.stream().filter(s -> !before.contains(s)).findFirst().orElseThrow();
  }

  // ---- the network ---------------------------------------------------------------------------

  /**
   * In a chain A–B–C–D of meetings, the network of A two deep reaches B at depth 1 and C at depth 2
   * through B, with the evidence of each tie, and not D; one deep it reaches only B; a limit of 1
   * cuts the list and says so.
   */
  @Test
  protected void aChainIsReachedTwoStepsDeep() {
    ActivityId ab = met("2019-01-10", dung, lan);
    ActivityId bc = met("2019-02-10", lan, minh);
    met("2019-03-10", minh, avi);

    Tie dungLan = new Tie(dung, lan, 1, day("2019-01-10"), day("2019-01-10"), List.of());
    Tie lanMinh = new Tie(lan, minh, 1, day("2019-02-10"), day("2019-02-10"), List.of());
    assertThat(system.network().network(dung, 2, END_OF_2019, 100))
        .isEqualTo(
            new Network(
                dung,
                END_OF_2019,
                2,
                List.of(
                    new Reach(lan, List.of(dungLan)), new Reach(minh, List.of(dungLan, lanMinh))),
                true));
    assertThat(system.network().network(dung, 1, END_OF_2019, 100))
        .isEqualTo(
            new Network(dung, END_OF_2019, 1, List.of(new Reach(lan, List.of(dungLan))), true));
    assertThat(system.network().network(dung, 2, END_OF_2019, 1))
        .isEqualTo(
            new Network(dung, END_OF_2019, 2, List.of(new Reach(lan, List.of(dungLan))), false));
    assertThat(system.network().network(dung, 2, END_OF_2019, 2).complete()).isTrue();
    assertThat(system.network().network(dung, 2, LocalDate.of(2019, 1, 31), 100).reached())
        .extracting(Reach::participant)
        .containsExactly(lan);
    assertThat(system.network().network(minh, 2, END_OF_2019, 100).reached())
        .extracting(Reach::participant)
        .containsExactlyElementsOf(concat(byText(lan, avi), List.of(dung)));
    assertThat(ab).isNotEqualTo(bc);
  }

  private static List<Participant> concat(List<Participant> first, List<Participant> second) {
    List<Participant> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * Of two paths to the same participant, the one through the intermediary with the most meetings
   * with the root is kept; with as many meetings, the one with more active relationships; a
   * relationship not active on the day does not count, and then the intermediary of the lesser text
   * form is chosen.
   */
  @Test
  protected void theStrongestIntermediaryIsChosen() {
    met("2019-01-10", dung, lan);
    met("2019-01-11", dung, doron);
    met("2019-02-10", lan, minh);
    met("2019-02-11", doron, minh);
    Participant lesser = byText(lan, doron).get(0);
    Participant greater = byText(lan, doron).get(1);

    assertThat(via(minh, END_OF_2019)).isEqualTo(lesser);

    record(RecordRelationship.of(INTRODUCED_TO, greater, dung, day("2018")).endingOn(day("2018")));
    assertThat(via(minh, END_OF_2019)).as("an ended relationship").isEqualTo(lesser);

    Relationship active = record(INTRODUCED_TO, greater, dung, "2019-01");
    assertThat(via(minh, END_OF_2019)).as("an active relationship").isEqualTo(greater);
    assertThat(system.network().network(dung, 2, END_OF_2019, 100).reached().get(0).path())
        .hasSize(1);
    assertThat(via(minh, LocalDate.of(2018, 12, 31))).as("before any meeting: no path").isNull();
    assertThat(active.isActiveOn(END_OF_2019)).isTrue();

    met("2019-03-10", dung, lesser);
    assertThat(via(minh, END_OF_2019)).as("two meetings").isEqualTo(lesser);
    Reach reach =
        system.network().network(dung, 2, END_OF_2019, 100).reached().stream()
            .filter(r -> r.participant().equals(minh))
            .findFirst()
            .orElseThrow();
    assertThat(reach.path().get(0))
        .isEqualTo(
            new Tie(dung, lesser, 2, day(lesserFirst(lesser)), day("2019-03-10"), List.of()));
  }

  private String lesserFirst(Participant lesser) {
    return lesser.equals(lan) ? "2019-01-10" : "2019-01-11";
  }

  /** The intermediary through which the network of dung reaches a participant, or null. */
  private @Nullable Participant via(Participant reached, LocalDate asOf) {
    for (Reach r : system.network().network(dung, 2, asOf, 100).reached()) {
      if (r.participant().equals(reached)) {
        return r.via().isEmpty() ? reached : r.via().get(0);
      }
    }
    return null;
  }

  /**
   * A relationship is a tie only on the days it is active, and joins the meetings of the same pair
   * in one tie listing its type.
   */
  @Test
  protected void relationshipsAreTiesOnlyWhileActive() {
    met("2019-01-10", dung, lan);
    record(MENTOR_OF, avi, dung, "2020");
    record(INTRODUCED_TO, lan, dung, "2019-01");

    assertThat(system.network().network(dung, 1, END_OF_2019, 100))
        .isEqualTo(
            new Network(
                dung,
                END_OF_2019,
                1,
                List.of(
                    new Reach(
                        lan,
                        List.of(
                            new Tie(
                                dung,
                                lan,
                                1,
                                day("2019-01-10"),
                                day("2019-01-10"),
                                List.of(INTRODUCED_TO))))),
                true));
    LocalDate inJune = LocalDate.of(2020, 6, 1);
    List<Reach> expected = new ArrayList<>();
    for (Participant p : byText(lan, avi)) {
      expected.add(
          new Reach(
              p,
              List.of(
                  p.equals(avi)
                      ? new Tie(dung, avi, 0, null, null, List.of(MENTOR_OF))
                      : new Tie(
                          dung,
                          lan,
                          1,
                          day("2019-01-10"),
                          day("2019-01-10"),
                          List.of(INTRODUCED_TO)))));
    }
    assertThat(system.network().network(dung, 1, inJune, 100))
        .isEqualTo(new Network(dung, inJune, 1, expected, true));
  }

  /**
   * The second tie of a path has its own evidence: a participant who attended one activity in two
   * roles meets each other participant there once, with the role of the first; the tie of a path's
   * last step may be relationships alone, listing the types of those active on the day in code
   * order.
   */
  @Test
  protected void eachTieOfAPathHasItsOwnEvidence() {
    ActivityId workshop = met("2019-01-10", dung, lan);
    join(workshop, lan, ParticipationRole.SPEAKER, ParticipationStatus.ATTENDED);
    join(workshop, dung, ParticipationRole.EXPERT, ParticipationStatus.CONFIRMED);
    ActivityId later = met("2019-04-02", lan, minh);
    join(later, minh, ParticipationRole.SPEAKER, ParticipationStatus.ATTENDED);
    met("2019-02-20", minh, lan);
    record(RecordRelationship.of(MENTOR_OF, lan, avi, day("2018")).endingOn(day("2018")));
    record(MENTOR_OF, lan, avi, "2019-03");
    record(INTRODUCED_TO, avi, lan, "2019-05");

    Tie dungLan = new Tie(dung, lan, 1, day("2019-01-10"), day("2019-01-10"), List.of());
    List<Reach> beyond = new ArrayList<>();
    for (Participant p : byText(minh, avi)) {
      beyond.add(
          new Reach(
              p,
              List.of(
                  dungLan,
                  p.equals(minh)
                      ? new Tie(lan, minh, 2, day("2019-02-20"), day("2019-04-02"), List.of())
                      : new Tie(lan, avi, 0, null, null, List.of(INTRODUCED_TO, MENTOR_OF)))));
    }
    List<Reach> expected = new ArrayList<>();
    expected.add(new Reach(lan, List.of(dungLan)));
    expected.addAll(beyond);
    assertThat(system.network().network(dung, 2, END_OF_2019, 100))
        .isEqualTo(new Network(dung, END_OF_2019, 2, expected, true));
    assertThat(
            connectionsOf(lan, END_OF_2019).stream()
                .filter(c -> c.second().equals(dung))
                .findFirst()
                .orElseThrow()
                .meetings())
        .containsExactly(
            meeting(
                workshop, "2019-01-10", ParticipationRole.ATTENDEE, ParticipationRole.ATTENDEE));
  }

  // ---- connections made ----------------------------------------------------------------------

  /**
   * The connections a plan made in a period: pairs whose first meeting at the plan's activities (of
   * the content area, if given) falls in it, with every such meeting, filtered by country, kind and
   * organisation type; a pair first met before the period is not new in it.
   */
  @Test
  protected void connectionsMadeInAPeriodFollowTheirFirstMeeting() {
    ActivityId before = met("2018-06-10", dung, doron);
    ActivityId again = met("2019-04-10", dung, doron);
    ActivityId lanIia = met("2019-05-10", lan, iia);
    ActivityId minhAvi = metIn(plan, 2, "2019-07-10", minh, avi);
    met("2020-01-10", minh, fund);
    PlanId other = plan("OTHER-PLAN");
    metIn(other, 1, "2019-05-10", lan, hebrewUniversity);

    ConnectionQuery newIsraeliContacts =
        ConnectionQuery.of(plan, LocalDate.of(2019, 1, 1), END_OF_2019)
            .first(Side.people(CountryCode.VN))
            .second(Side.from(CountryCode.IL));

    assertThat(system.network().connectionsMade(newIsraeliContacts))
        .containsExactly(
            new Connection(
                lan,
                iia,
                List.of(
                    meeting(
                        lanIia, "2019-05-10", ParticipationRole.ATTENDEE, ParticipationRole.HOST))),
            new Connection(minh, avi, List.of(attended(minhAvi, "2019-07-10"))));
    assertThat(system.network().connectionsMade(newIsraeliContacts.inArea(1)))
        .extracting(Connection::second)
        .containsExactly(iia);
    assertThat(
            system
                .network()
                .connectionsMade(
                    newIsraeliContacts.second(
                        Side.organisations(CountryCode.IL, OrganisationType.GOVERNMENT))))
        .extracting(Connection::second)
        .containsExactly(iia);
    assertThat(
            system
                .network()
                .connectionsMade(
                    newIsraeliContacts.second(
                        Side.organisations(CountryCode.IL, OrganisationType.ACADEMIC))))
        .isEmpty();
    assertThat(
            system
                .network()
                .connectionsMade(newIsraeliContacts.second(Side.people(CountryCode.IL)).limit(1)))
        .extracting(Connection::first)
        .containsExactly(minh);

    ConnectionQuery from2018 =
        ConnectionQuery.of(plan, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    List<Participant> pair = byText(dung, doron);
    assertThat(system.network().connectionsMade(from2018))
        .containsExactly(
            new Connection(
                pair.get(0),
                pair.get(1),
                List.of(attended(before, "2018-06-10"), attended(again, "2019-04-10"))));
    assertThat(
            system
                .network()
                .connectionsMade(
                    ConnectionQuery.of(plan, LocalDate.of(2020, 1, 1), END_OF_2019.plusYears(1))))
        .extracting(Connection::first, Connection::second)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                byText(minh, fund).get(0), byText(minh, fund).get(1)));
    assertRefused(
        NotFoundException.class,
        () ->
            system
                .network()
                .connectionsMade(
                    ConnectionQuery.of(
                        new PlanId(nextId()), LocalDate.of(2019, 1, 1), END_OF_2019)));
  }

  // ---- gone cold and most connected ----------------------------------------------------------

  /**
   * A contact goes cold when the latest day of its meetings up to the day lies before the day less
   * the months; the coldest come first; a meeting known only by its year keeps a contact warm to
   * the year's end.
   */
  @Test
  protected void contactsGoColdAfterTheMonths() {
    met("2018-06-10", dung, doron);
    met("2019-06-10", dung, lan);
    metIn(plan, 1, "2019", dung, minh);

    assertThat(system.network().goneCold(dung, END_OF_2019, 12))
        .extracting(Connection::second)
        .containsExactly(doron);
    assertThat(system.network().goneCold(dung, LocalDate.of(2020, 6, 30), 6))
        .extracting(Connection::second)
        .containsExactly(doron, lan);
    assertThat(system.network().goneCold(dung, LocalDate.of(2020, 7, 1), 6))
        .extracting(Connection::second)
        .containsExactly(doron, lan, minh);
    assertThat(system.network().goneCold(dung, LocalDate.of(2018, 12, 31), 1))
        .extracting(Connection::second)
        .containsExactly(doron);
    assertThat(system.network().goneCold(dung, LocalDate.of(2018, 12, 31), 1).get(0).meetings())
        .hasSize(1);
    assertInvalid(() -> system.network().goneCold(dung, END_OF_2019, 0), "months:out-of-range");
  }

  /**
   * The most connected are ranked by how many others each met, then by meetings, then by text form;
   * a period and a plan narrow the meetings counted.
   */
  @Test
  protected void theMostConnectedAreRankedByOthersThenMeetings() {
    met("2019-02-10", dung, lan, doron);
    met("2019-03-10", dung, lan);
    met("2019-04-10", minh, avi);
    PlanId other = plan("OTHER-PLAN");
    metIn(other, 1, "2019-05-10", avi, fund, iia);

    List<Participant> top = byText(dung, lan);
    List<Participant> pair = byText(minh, avi);
    assertThat(system.network().mostConnected(plan, LocalDate.of(2019, 1, 1), END_OF_2019, 10))
        .containsExactly(
            new Degree(top.get(0), 2, 3),
            new Degree(top.get(1), 2, 3),
            new Degree(doron, 2, 2),
            new Degree(pair.get(0), 1, 1),
            new Degree(pair.get(1), 1, 1));
    assertThat(system.network().mostConnected(plan, LocalDate.of(2019, 1, 1), END_OF_2019, 2))
        .extracting(Degree::participant)
        .containsExactlyElementsOf(top);
    assertThat(
            system
                .network()
                .mostConnected(plan, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), 10))
        .containsExactly(new Degree(top.get(0), 1, 1), new Degree(top.get(1), 1, 1));
    assertThat(system.network().mostConnected(null, LocalDate.of(2019, 1, 1), END_OF_2019, 1))
        .containsExactly(new Degree(avi, 3, 3));
    assertInvalid(
        () -> system.network().mostConnected(plan, END_OF_2019, LocalDate.of(2019, 1, 1), 10),
        "to:end-before-start");
    assertInvalid(
        () -> system.network().mostConnected(plan, LocalDate.of(2019, 1, 1), END_OF_2019, 0),
        "limit:out-of-range");
    assertRefused(
        NotFoundException.class,
        () ->
            system
                .network()
                .mostConnected(new PlanId(nextId()), LocalDate.of(2019, 1, 1), END_OF_2019, 10));
  }

  // ---- bad input and access ------------------------------------------------------------------

  /** A depth other than 1 or 2 and a limit out of range are refused with their paths. */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves it is refused
  @SuppressWarnings("NullAway")
  protected void aNetworkNeedsADepthAndLimitInRange() {
    assertInvalid(() -> system.network().network(dung, 3, END_OF_2019, 10), "depth:out-of-range");
    assertInvalid(() -> system.network().network(dung, 0, END_OF_2019, 10), "depth:out-of-range");
    assertInvalid(() -> system.network().network(dung, 1, END_OF_2019, 0), "limit:out-of-range");
    assertInvalid(() -> system.network().network(null, 1, END_OF_2019, 10), "root:required");
    assertInvalid(() -> system.network().connectionsOf(dung, null), "asOf:required");
  }

  /**
   * A person without a grant sees no meeting at a restricted plan's activities and none of its
   * relationships, but those without a plan; with a viewer's grant they see them.
   */
  @Test
  protected void aPersonSeesOnlyWhatTheirPlansShow() {
    ActivityId workshop = met("2019-05-10", dung, doron);
    Relationship fromWorkshop =
        record(
            RecordRelationship.of(INTRODUCED_TO, dung, doron, day("2019-05"))
                .producedBy(RelationshipSource.of(workshop)));
    Relationship withoutPlan = record(MENTOR_OF, avi, dung, "2019");
    Participant stranger = person("Người lạ", CountryCode.VN);
    UseCases asStranger = coplan.actingAs(Actor.person(personId(stranger)));

    assertThat(asStranger.network().connectionsOf(dung, END_OF_2019)).isEmpty();
    assertThat(asStranger.network().relationshipsOf(dung)).containsExactly(withoutPlan);
    assertThat(asStranger.network().network(dung, 2, END_OF_2019, 10).reached())
        .extracting(Reach::participant)
        .containsExactly(avi);
    assertRefused(NotFoundException.class, () -> asStranger.network().get(fromWorkshop.id()));
    assertRefused(
        NotFoundException.class,
        () ->
            asStranger
                .network()
                .connectionsMade(ConnectionQuery.of(plan, LocalDate.of(2019, 1, 1), END_OF_2019)));
    assertThat(asStranger.network().mostConnected(null, LocalDate.of(2019, 1, 1), END_OF_2019, 10))
        .isEmpty();

    system
        .plans()
        .grant(
            new GrantRole(plan, Grant.of(Principal.person(personId(stranger)), PlanRole.VIEWER)));
    assertThat(asStranger.network().connectionsOf(dung, END_OF_2019))
        .isEqualTo(system.network().connectionsOf(dung, END_OF_2019));
    assertThat(asStranger.network().relationshipsOf(dung))
        .containsExactlyInAnyOrder(fromWorkshop, withoutPlan);
  }

  /**
   * A person records a relationship they are a side of; a stranger to it is denied; a coordinator
   * of the source's plan records one between others.
   */
  @Test
  protected void whoMayRecordARelationship() {
    ActivityId workshop = met("2019-05-10", dung, doron, lan);
    UseCases asDung = coplan.actingAs(Actor.person(personId(dung)));
    Participant coordinator = person("Điều phối viên", CountryCode.VN);
    system
        .plans()
        .grant(
            new GrantRole(
                plan, Grant.of(Principal.person(personId(coordinator)), PlanRole.COORDINATOR)));
    UseCases asCoordinator = coplan.actingAs(Actor.person(personId(coordinator)));

    Relationship own =
        asDung.network().record(RecordRelationship.of(INTRODUCED_TO, dung, doron, day("2019")));
    assertThat(own.version()).isEqualTo(1);
    assertRefused(
        AccessDeniedException.class,
        () ->
            asDung.network().record(RecordRelationship.of(INTRODUCED_TO, lan, doron, day("2019"))));
    Relationship coordinated =
        asCoordinator
            .network()
            .record(
                RecordRelationship.of(INTRODUCED_TO, lan, doron, day("2019-05"))
                    .producedBy(RelationshipSource.of(workshop)));
    assertThat(coordinated.plan()).isEqualTo(plan);
    assertThat(system.network().relationshipsOf(lan)).containsExactly(coordinated);
    LocalizedText description = en("Met at the workshop");
    assertThat(
            asCoordinator
                .network()
                .revise(ReviseRelationship.of(coordinated).describedAs(description))
                .description())
        .isEqualTo(description);
  }
}
