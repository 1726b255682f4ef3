package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UpdatePerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
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
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.SearchFolding;
import io.github.coplan.port.storage.Storage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scenario of the file-level forget checks: a person with a distinctive name, contact and
 * expertise, registered, updated twice (so that their name is in several records of the history),
 * affiliated and made a participant of an activity; then forgotten. And the search for what must be
 * gone, in the bytes of a file or in a dump.
 */
final class ForgetScenario {

  /** The name: distinctive, with a letter outside ASCII. */
  static final String NAME = "Zebulon Quixotic-Ngô";

  /** The name the first update gives. */
  static final String RENAMED = "Zebulon Q. Quixotic-Ngô";

  /** The contact. */
  static final String CONTACT = "zebulon.quixotic@example.org";

  /** The expertise tag. */
  static final String EXPERTISE = "xylophone-forensics";

  /**
   * Every text that must be gone after the forget: both names as given and as folded for look-ups
   * ({@code folded_name}), the contact and the expertise tag.
   */
  static final List<String> ERASED =
      List.of(
          NAME, RENAMED, SearchFolding.fold(NAME), SearchFolding.fold(RENAMED), CONTACT, EXPERTISE);

  /** A part of every name, looked for in any case, as UTF-8, UTF-16LE and UTF-16BE. */
  static final String PART = "quixotic";

  private final UseCases coplan;
  private final PersonId person;

  private ForgetScenario(UseCases coplan, PersonId person) {
    this.coplan = coplan;
    this.person = person;
  }

  /** Registers, changes and involves the person on a store. */
  static ForgetScenario on(Storage storage) {
    UseCases coplan = Fixtures.coplan(storage);
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("FORGET-FILE"), Fixtures.viEn("Kế hoạch", "Plan"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan
        .plans()
        .addContentArea(
            new AddContentArea(
                plan.id(), new ContentArea(1, Fixtures.viEn("Đào tạo", "Training"))));
    PersonId id =
        coplan
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile(NAME, CountryCode.VN, Set.of(EXPERTISE), CONTACT, true),
                    List.of()))
            .id();
    coplan
        .people()
        .update(
            new UpdatePerson(
                id, new PersonProfile(RENAMED, CountryCode.VN, Set.of(EXPERTISE), CONTACT, true)));
    coplan
        .people()
        .update(
            new UpdatePerson(
                id,
                new PersonProfile(NAME, CountryCode.VN, Set.of(EXPERTISE, "ĐMST"), CONTACT, true)));
    coplan
        .people()
        .addAffiliation(
            new AddAffiliation(
                id, new Affiliation(dost.id(), "Chuyên viên", LocalDate.of(2016, 1, 1), null)));
    Activity week =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.WORKSHOP)
                        .title(Fixtures.viEn("Tuần lễ đổi mới", "Innovation week"))
                        .planned(DateSpan.parse("2018-Q4"))
                        .build()));
    coplan
        .activities()
        .addParticipant(
            new AddParticipant(
                week.id(),
                Participant.of(id),
                ParticipationRole.SPEAKER,
                ParticipationStatus.CONFIRMED));
    return new ForgetScenario(coplan, id);
  }

  /** The person. */
  PersonId person() {
    return person;
  }

  /** Forgets the person, and checks what the API shows of them. */
  Person forget() {
    Person forgotten =
        coplan.people().forget(new ForgetPerson(person, "Data subject request DSR-2018-042"));
    assertThat(forgotten.forgotten()).isTrue();
    List<ChangeRecord> records =
        coplan
            .history()
            .of(io.github.coplan.application.HistoryQuery.of(AggregateRef.of(person)))
            .items();
    assertThat(records).hasSize(5);
    assertThat(records)
        .flatExtracting(ChangeRecord::changes)
        .extracting(FieldChange::field)
        .doesNotContainAnyElementsOf(Snapshots.PERSONAL_FIELDS);
    return forgotten;
  }

  /**
   * What of the erased texts occurs in some bytes: each of {@link #ERASED} as UTF-8, and {@link
   * #PART} in any ASCII case as UTF-8, UTF-16LE or UTF-16BE.
   *
   * @param where a name for the bytes, used in what is returned
   * @param bytes the bytes
   * @return one line per text found, empty if none is
   */
  static List<String> found(String where, byte[] bytes) {
    // ISO-8859-1 maps each byte to one char: a byte search as a string search.
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    String lower = raw.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String text : ERASED) {
      if (raw.contains(latin1(text, StandardCharsets.UTF_8))) {
        found.add(where + " holds \"" + text + "\"");
      }
    }
    for (Charset charset :
        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      if (lower.contains(latin1(PART, charset))) {
        found.add(where + " holds \"" + PART + "\" in " + charset + ", in some case");
      }
    }
    return found;
  }

  private static String latin1(String text, Charset charset) {
    return new String(text.getBytes(charset), StandardCharsets.ISO_8859_1);
  }
}
