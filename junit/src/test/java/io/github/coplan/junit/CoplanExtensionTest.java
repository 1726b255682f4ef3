package io.github.coplan.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.coplan.Coplan;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;

@ExtendWith(CoplanExtension.class)
class CoplanExtensionTest {

  private UseCases fromBeforeEach;
  private Coplan entryFromBeforeEach;
  private TestClock clockFromBeforeEach;

  @BeforeEach
  void setUp(UseCases coplan, Coplan entry, TestClock clock) {
    fromBeforeEach = coplan;
    entryFromBeforeEach = entry;
    clockFromBeforeEach = clock;
  }

  @Test
  void aTestAndItsBeforeEachGetTheSameInstances(
      UseCases coplan, Coplan entry, TestClock clock, InMemoryStorage storage, TestData data) {
    assertThat(coplan).isSameAs(fromBeforeEach);
    assertThat(entry).isSameAs(entryFromBeforeEach);
    assertThat(clock).isSameAs(clockFromBeforeEach);
    assertThat(entry.clock()).isSameAs(clock);
    assertThat(coplan.actor()).isEqualTo(CoplanExtension.ACTOR);
    assertThat(CoplanExtension.ACTOR).hasToString("system:test");
    Organisation stored = data.organisation().create();
    Optional<Organisation> inTheStore =
        storage.readOnly(r -> r.organisations().findById(stored.id()));
    assertThat(inTheStore).contains(stored);
  }

  @RepeatedTest(3)
  void everyTestStartsWithAnEmptyStoreAndTheClockAtItsDefault(
      UseCases coplan, TestClock clock, TestData data) {
    assertThat(
            coplan.organisations().search(OrganisationQuery.builder().withTotal().build()).total())
        .isZero();
    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
    assertThat(data.organisation().create().profile().name().original())
        .isEqualTo("Organisation 1");

    clock.advance(Duration.ofDays(400));
  }

  @Test
  void theUseCasesReadTheDayFromTheTestClock(
      UseCases coplan, Coplan entry, TestClock clock, TestData data) {
    Organisation dost = data.organisation().create();
    Person joinsInFebruary =
        coplan
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Trần Văn A", CountryCode.VN),
                    List.of(
                        new Affiliation(
                            dost.id(), "Phó Giám đốc", LocalDate.of(2019, 2, 1), null))));
    PersonQuery workingThereToday = PersonQuery.builder().affiliatedWith(dost.id()).build();

    assertThat(coplan.people().search(workingThereToday).items()).isEmpty();
    clock.setToday(LocalDate.of(2019, 3, 1));
    assertThat(coplan.people().search(workingThereToday).items()).containsExactly(joinsInFebruary);
    assertThat(entry.clock().instant()).isEqualTo(Instant.parse("2019-03-01T00:00:00Z"));
  }

  @Test
  void theCoplanOfATestIsClosedWhenTheTestEnds() {
    Kept.instances.clear();
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(Kept.class))
            .execute()
            .testEvents();

    tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    assertThat(Kept.instances).hasSize(2);
    assertThat(Kept.instances.get(0)).isNotSameAs(Kept.instances.get(1));
    for (UseCases closed : Kept.instances) {
      assertThatThrownBy(() -> closed.organisations().search(OrganisationQuery.builder().build()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("closed");
    }
  }

  @Test
  void aParameterOfAnotherTypeIsLeftToOtherResolvers() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(AsksForAString.class))
            .execute()
            .testEvents();

    tests.assertStatistics(stats -> stats.started(1).failed(1));
    tests
        .assertThatEvents()
        .haveExactly(
            1,
            EventConditions.finishedWithFailure(
                org.junit.platform.testkit.engine.TestExecutionResultConditions.message(
                    m -> m.contains("No ParameterResolver registered"))));
  }

  /** Run by the engine above, not on its own: it keeps the instances it was given. */
  @ExtendWith(CoplanExtension.class)
  static class Kept {
    static final List<UseCases> instances = new ArrayList<>();

    @Test
    void first(UseCases coplan) {
      instances.add(coplan);
    }

    @Test
    void second(UseCases coplan) {
      instances.add(coplan);
    }
  }

  /** Run by the engine above, not on its own. */
  @ExtendWith(CoplanExtension.class)
  static class AsksForAString {
    @Test
    void needsAString(String notGiven) {
      assertThat(notGiven).isNotNull();
    }
  }
}
