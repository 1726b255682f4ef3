package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParticipants;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.history.AggregateRef;
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
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every limit at its exact edge, through a store: the largest value a limit allows is accepted,
 * stored and read back exactly (the store's columns and tables hold it), and one more is refused
 * with the exact violation and changes nothing. Covers the per-plan limits on parties, content
 * areas and documents, a person's affiliations, an activity's participations, and the limits on
 * text (single line, paragraph, token, contact), plan codes, content-area numbers, status reasons
 * and years.
 */
public abstract class LimitsContract extends StorageContract {

  /**
   * A character outside the Basic Multilingual Plane: one code point, two UTF-16 units, four UTF-8
   * bytes.
   */
  private static final String WIDE = "\uD83C\uDF3E";

  private Organisation dost;
  private Organisation iia;
  private Person dung;
  private CooperationPlan plan;

  /** For subclasses. */
  protected LimitsContract() {}

  /** Registers two organisations and a person, and drafts a plan. */
  @BeforeEach
  protected void draftAPlan() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    iia =
        coplan()
            .organisations()
            .register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
    dung =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN), List.of()));
    plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), en("Plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
  }

  // ---- parts of a plan -----------------------------------------------------------------------

  /**
   * A plan takes content areas up to {@link CooperationPlan#MAX_PARTS}, stores them all, and
   * refuses one more.
   */
  @Test
  protected void contentAreasUpToTheLimit() {
    CooperationPlan full = plan;
    for (int n = 1; n < CooperationPlan.MAX_PARTS; n++) {
      full = full.addContentArea(new ContentArea(n, en("Area " + n)));
    }
    CooperationPlan filled = full;
    CooperationPlan almost = write(r -> r.plans().update(filled));

    CooperationPlan last =
        coplan()
            .plans()
            .addContentArea(
                new AddContentArea(
                    plan.id(), new ContentArea(ContentArea.MAX_NUMBER, en("The last area"))));

    assertThat(last.contentAreas()).hasSize(CooperationPlan.MAX_PARTS);
    assertThat(stored(plan.id())).isEqualTo(last);
    assertThat(stored(plan.id()).contentAreas().get(CooperationPlan.MAX_PARTS - 1))
        .isEqualTo(new ContentArea(ContentArea.MAX_NUMBER, en("The last area")));
    assertThat(almost.contentAreas()).hasSize(CooperationPlan.MAX_PARTS - 1);
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addContentArea(
                    new AddContentArea(
                        plan.id(), new ContentArea(CooperationPlan.MAX_PARTS, en("One too many")))),
        "contentAreas:out-of-range");
    assertThat(stored(plan.id())).isEqualTo(last);
  }

  /**
   * A plan takes documents up to {@link CooperationPlan#MAX_PARTS}, stores them all in order, and
   * refuses one more.
   */
  @Test
  protected void documentsUpToTheLimit() {
    CooperationPlan full = plan;
    for (int n = 1; n < CooperationPlan.MAX_PARTS; n++) {
      full = full.addDocument(document(n));
    }
    CooperationPlan filled = full;
    CooperationPlan almost = write(r -> r.plans().update(filled));
    assertThat(almost.documents()).hasSize(CooperationPlan.MAX_PARTS - 1);

    CooperationPlan last =
        coplan()
            .plans()
            .addDocument(new AddDocument(plan.id(), document(CooperationPlan.MAX_PARTS)));

    assertThat(last.documents()).hasSize(CooperationPlan.MAX_PARTS);
    assertThat(stored(plan.id())).isEqualTo(last);
    assertThat(stored(plan.id()).documents().get(CooperationPlan.MAX_PARTS - 1))
        .isEqualTo(document(CooperationPlan.MAX_PARTS));
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addDocument(new AddDocument(plan.id(), document(CooperationPlan.MAX_PARTS + 1))),
        "documents:out-of-range");
    assertThat(stored(plan.id())).isEqualTo(last);
  }

  /**
   * A plan takes parties up to {@link CooperationPlan#MAX_PARTS}, stores them all in order, and
   * refuses one more.
   */
  @Test
  protected void partiesUpToTheLimit() {
    CooperationPlan full = plan;
    for (int n = 1; n < CooperationPlan.MAX_PARTS; n++) {
      full = full.addParty(Party.of(new OrganisationId(nextId()), PartyRole.IMPLEMENTING));
    }
    CooperationPlan filled = full;
    CooperationPlan almost = write(r -> r.plans().update(filled));
    assertThat(almost.parties()).hasSize(CooperationPlan.MAX_PARTS - 1);

    CooperationPlan last =
        coplan()
            .plans()
            .addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));

    assertThat(last.parties()).hasSize(CooperationPlan.MAX_PARTS);
    assertThat(stored(plan.id())).isEqualTo(last);
    assertThat(stored(plan.id()).parties().get(CooperationPlan.MAX_PARTS - 1))
        .isEqualTo(Party.of(dost.id(), PartyRole.ACCOUNTABLE));
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.FUNDING))),
        "parties:out-of-range");
    assertThat(stored(plan.id())).isEqualTo(last);
  }

  // ---- parts of a person and of an activity --------------------------------------------------

  /**
   * A person has up to {@link Person#MAX_AFFILIATIONS} affiliations, all stored in order; one more
   * is refused.
   */
  @Test
  protected void affiliationsUpToTheLimit() {
    List<Affiliation> affiliations = new ArrayList<>();
    for (int n = 1; n <= Person.MAX_AFFILIATIONS; n++) {
      affiliations.add(
          new Affiliation(n % 2 == 0 ? dost.id() : iia.id(), "Position " + n, null, null));
    }

    Person full =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Doron Lebovich", CountryCode.IL), affiliations));

    assertThat(stored(full.id()).affiliations()).containsExactlyElementsOf(affiliations);
    List<Affiliation> tooMany = new ArrayList<>(affiliations);
    tooMany.add(new Affiliation(dost.id(), "One too many", null, null));
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(new RegisterPerson(PersonProfile.of("Doron", CountryCode.IL), tooMany)),
        "affiliations:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .people()
                .addAffiliation(
                    new AddAffiliation(
                        full.id(), new Affiliation(dost.id(), "One too many", null, null))),
        "affiliations:out-of-range");
    assertThat(stored(full.id())).isEqualTo(full);
  }

  /**
   * An activity has up to {@link Activity#MAX_PARTICIPATIONS} participations, all stored in order;
   * one more is refused. Each update of such an activity writes ten thousand rows, so this test has
   * three times the suite's timeout.
   */
  @Test
  @Timeout(value = 3 * TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  protected void participationsUpToTheLimit() {
    plan =
        coplan()
            .plans()
            .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, en("One"))));
    List<Participation> participations = new ArrayList<>();
    for (int n = 1; n < Activity.MAX_PARTICIPATIONS; n++) {
      participations.add(
          new Participation(
              Participant.of(new PersonId(nextId())),
              ParticipationRole.ATTENDEE,
              ParticipationStatus.INVITED,
              null));
    }
    Activity almost =
        insert(
            newActivity(
                plan.id(),
                details(1, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4"),
                ActivityStatus.PLANNED,
                null,
                null,
                null,
                participations));

    Activity last =
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    almost.id(),
                    Participant.of(dung.id()),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.CONFIRMED));

    assertThat(last.participations()).hasSize(Activity.MAX_PARTICIPATIONS);
    Activity read = stored(almost.id());
    assertThat(read).isEqualTo(last);
    assertThat(read.participations().get(Activity.MAX_PARTICIPATIONS - 1).participant())
        .isEqualTo(Participant.of(dung.id()));
    assertThat(read.participations().subList(0, Activity.MAX_PARTICIPATIONS - 1))
        .containsExactlyElementsOf(participations);
    assertInvalid(
        () ->
            coplan()
                .activities()
                .addParticipant(
                    new AddParticipant(
                        almost.id(),
                        Participant.of(iia.id()),
                        ParticipationRole.HOST,
                        ParticipationStatus.INVITED)),
        "participations:out-of-range");
    assertThat(stored(almost.id())).isEqualTo(last);
  }

  /**
   * One list fills an activity to {@link Activity#MAX_PARTICIPATIONS} participations in one change:
   * ten thousand people, each checked, stored in the list's order and recorded in one history
   * record; a list that would take the activity past the limit is refused and changes nothing.
   */
  @Test
  @Timeout(value = 3 * TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  protected void aListOfParticipantsUpToTheLimitIsOneChange() {
    plan =
        coplan()
            .plans()
            .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, en("One"))));
    Activity week =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(), details(1, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4")));
    List<PersonId> people =
        write(
            r -> {
              List<PersonId> ids = new ArrayList<>();
              for (int n = 0; n < Activity.MAX_PARTICIPATIONS; n++) {
                ids.add(r.people().insert(newPerson("Delegate " + n, CountryCode.VN)).id());
              }
              return ids;
            });
    List<AddParticipants.Entry> entries = new ArrayList<>();
    for (PersonId id : people) {
      entries.add(
          AddParticipants.Entry.of(
              Participant.of(id), ParticipationRole.DELEGATE, ParticipationStatus.INVITED));
    }

    Activity full = coplan().activities().addParticipants(new AddParticipants(week.id(), entries));

    assertThat(full.version()).isEqualTo(week.version() + 1);
    assertThat(full.participations()).hasSize(Activity.MAX_PARTICIPATIONS);
    assertThat(full.participations().stream().map(p -> p.participant()).toList())
        .isEqualTo(people.stream().map(Participant::of).toList());
    assertThat(stored(week.id())).isEqualTo(full);
    List<String> commands =
        read(
            r ->
                r.history().ofAggregate(AggregateRef.of(week.id()), Long.MAX_VALUE, 10).stream()
                    .map(c -> c.commandName())
                    .toList());
    assertThat(commands).containsExactly("AddParticipants", "ProposeActivity");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .addParticipants(
                    new AddParticipants(
                        week.id(),
                        List.of(
                            AddParticipants.Entry.of(
                                Participant.of(dung.id()),
                                ParticipationRole.HEAD_OF_DELEGATION,
                                ParticipationStatus.INVITED)))),
        "participations:out-of-range");
    assertThat(stored(week.id())).isEqualTo(full);
  }

  // ---- text and numbers ----------------------------------------------------------------------

  /**
   * A single line of 500 code points (the limit of a line), each four bytes in UTF-8, is stored
   * whole; one more is too long.
   */
  @Test
  protected void singleLineTextAtTheLimit() {
    String longest = WIDE.repeat(TextLimits.LINE_LIMIT);
    CooperationPlan titled =
        coplan()
            .plans()
            .draft(new DraftPlan(PlanCode.of("LONG-TITLE"), LocalizedText.of("vi", longest)));
    Person named =
        coplan()
            .people()
            .register(new RegisterPerson(PersonProfile.of(longest, CountryCode.VN), List.of()));
    CooperationPlan suspended =
        coplan().plans().changeStatus(ChangePlanStatus.activate(activatable().id()));
    suspended = coplan().plans().changeStatus(ChangePlanStatus.suspend(suspended.id(), longest));

    assertThat(stored(titled.id()).title().original()).isEqualTo(longest);
    assertThat(stored(named.id()).profile().name()).isEqualTo(longest);
    assertThat(stored(suspended.id()).statusReason()).isEqualTo(longest);
    assertThat(stored(suspended.id()).status()).isEqualTo(PlanStatus.SUSPENDED);
    String tooLong = longest + "a";
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(new DraftPlan(PlanCode.of("TOO-LONG"), LocalizedText.of("vi", tooLong))),
        "title.vi:too-long");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(new RegisterPerson(PersonProfile.of(tooLong, CountryCode.VN), List.of())),
        "name:too-long");
    CooperationPlan resumed =
        coplan().plans().changeStatus(ChangePlanStatus.resume(suspended.id()));
    assertInvalid(
        () -> coplan().plans().changeStatus(ChangePlanStatus.suspend(resumed.id(), tooLong)),
        "reason:too-long");
  }

  /**
   * A paragraph of 20,000 code points (the limit of a paragraph) is stored whole; one more is too
   * long.
   */
  @Test
  protected void paragraphAtTheLimit() {
    String longest = "ư".repeat(TextLimits.PARAGRAPH_LIMIT - 1) + WIDE;

    CooperationPlan summarised =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("LONG-SUMMARY"), en("Plan"))
                    .withSummary(LocalizedText.of("vi", longest)));

    assertThat(stored(summarised.id()).summary())
        .extracting(LocalizedText::original)
        .isEqualTo(longest);
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(PlanCode.of("TOO-LONG"), en("Plan"))
                        .withSummary(LocalizedText.of("vi", longest + "a"))),
        "vi:too-long");
  }

  /**
   * Tokens (identifier values, expertise tags) of 100 code points (the limit of a token) and
   * contacts of twice that are stored whole.
   */
  @Test
  protected void tokensAndContactsAtTheLimit() {
    String token = WIDE.repeat(TextLimits.TOKEN_LIMIT);
    String contact = WIDE.repeat(2 * TextLimits.TOKEN_LIMIT);

    Organisation identified =
        coplan()
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(en("Tên"))
                        .type(OrganisationType.OTHER)
                        .country(CountryCode.VN)
                        .identifier(ExternalIdentifier.of("VN-TAX", token))
                        .build()));
    Person tagged =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile("Dũng", CountryCode.VN, Set.of(token), contact, true),
                    List.of()));

    assertThat(stored(identified.id()).profile().identifiers())
        .containsExactly(ExternalIdentifier.of("VN-TAX", token));
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", token))).contains(identified);
    assertThat(stored(tagged.id()).profile().expertise()).containsExactly(token);
    assertThat(stored(tagged.id()).profile().contact()).contains(contact);
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
                            .identifier(ExternalIdentifier.of("VN-TAX", token + "a"))
                            .build())),
        "value:too-long");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(
                    new RegisterPerson(
                        new PersonProfile("Dũng", CountryCode.VN, Set.of(token + "a"), null, true),
                        List.of())),
        "expertise[0]:too-long");
    assertInvalid(
        () ->
            coplan()
                .people()
                .register(
                    new RegisterPerson(
                        new PersonProfile("Dũng", CountryCode.VN, Set.of(), contact + "a", true),
                        List.of())),
        "contact:too-long");
  }

  /**
   * Plan codes of 64 characters, content-area number 999 and the years 1 and 9999 are stored; one
   * past each is refused.
   */
  @Test
  protected void codesNumbersAndYearsAtTheLimit() {
    String code = "A".repeat(63) + "z";
    CooperationPlan coded =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), en("Plan"))
                    .withPeriod(DateSpan.parse("0001/9999-12-31")));
    CooperationPlan numbered =
        coplan()
            .plans()
            .addContentArea(
                new AddContentArea(
                    coded.id(), new ContentArea(ContentArea.MAX_NUMBER, en("Last"))));
    numbered =
        coplan()
            .plans()
            .addContentArea(new AddContentArea(coded.id(), new ContentArea(1, en("First"))));
    Activity dated =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    coded.id(),
                    details(
                        ContentArea.MAX_NUMBER,
                        ActivityType.OTHER,
                        en("Spanning"),
                        "0001-01-01/9999-12-31")));

    assertThat(findPlanByCode(code)).contains(numbered);
    assertThat(stored(coded.id()).period()).isEqualTo(DateSpan.parse("0001/9999-12-31"));
    assertThat(stored(coded.id()).contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, ContentArea.MAX_NUMBER);
    assertThat(stored(dated.id()).details().planned())
        .isEqualTo(DateSpan.parse("0001-01-01/9999-12-31"));
    assertThat(stored(dated.id()).details().contentArea()).isEqualTo(ContentArea.MAX_NUMBER);
    assertInvalid(
        () -> coplan().plans().draft(new DraftPlan(PlanCode.of(code + "A"), en("Plan"))),
        ":malformed");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addContentArea(
                    new AddContentArea(
                        coded.id(),
                        new ContentArea(ContentArea.MAX_NUMBER + 1, en("Past the last")))),
        "number:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addContentArea(
                    new AddContentArea(coded.id(), new ContentArea(0, en("Before the first")))),
        "number:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        coded.id(), details(1, ActivityType.OTHER, en("Too early"), "0000"))),
        "start:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        coded.id(), details(1, ActivityType.OTHER, en("Too late"), "10000"))),
        "start:out-of-range");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static PlanDocument document(int n) {
    return new PlanDocument(
        DocumentType.OTHER,
        en("Document " + n),
        URI.create("https://example.org/documents/" + n),
        null);
  }

  /** A plan with two parties and a period, ready to be activated. */
  private CooperationPlan activatable() {
    CooperationPlan p =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("ACTIVATABLE"), en("Plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan().plans().addParty(new AddParty(p.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE)));
    return coplan().plans().addParty(new AddParty(p.id(), Party.of(iia.id(), PartyRole.FUNDING)));
  }
}
