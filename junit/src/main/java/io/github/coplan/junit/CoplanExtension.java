package io.github.coplan.junit;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a fresh {@link Coplan} on an {@link InMemoryStorage}, with a {@link TestClock}, and
 * its use cases acting as {@link #ACTOR}, as parameters of its methods:
 *
 * <pre>{@code
 * @ExtendWith(CoplanExtension.class)
 * class MyServiceTest {
 *   @BeforeEach
 *   void setUp(UseCases coplan, TestClock clock) { clock.setToday(LocalDate.of(2019, 3, 1)); ... }
 *
 *   @Test
 *   void works(UseCases coplan, TestData data) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters of these types are resolved: {@link UseCases} (acting as {@link #ACTOR}), {@link
 * Coplan} (to act as another actor: {@code coplan.actingAs(Actor.person(id))}), {@link TestClock},
 * {@link TestData} (stored as {@link #ACTOR}) and {@link InMemoryStorage}. Within one test, its
 * {@code @BeforeEach}, {@code @Test} and {@code @AfterEach} methods get the same instances; the
 * next test gets new ones, over an empty store, with the clock back at {@link
 * TestClock#DEFAULT_START}. A {@code @BeforeAll} method (or the constructor of a test class whose
 * instance lives per class) gets instances that every test of the class then shares. The Coplan
 * instance is closed when its scope ends.
 *
 * <p>The extension keeps no state of its own: everything lives in JUnit's store of the test, so
 * tests may run in parallel.
 */
public final class CoplanExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CoplanExtension.class);
  private static final Set<Class<?>> RESOLVED =
      Set.of(Coplan.class, UseCases.class, TestClock.class, TestData.class, InMemoryStorage.class);

  /**
   * The actor of the {@link UseCases} and {@link TestData} this extension gives: {@code
   * system:test}.
   */
  public static final Actor ACTOR = Actor.system("test");

  /** Creates the extension; JUnit does, through {@code @ExtendWith(CoplanExtension.class)}. */
  public CoplanExtension() {}

  /**
   * Whether the parameter is one of the types this extension gives.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return true for {@link Coplan}, {@link UseCases}, {@link TestClock}, {@link TestData} and
   *     {@link InMemoryStorage}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return RESOLVED.contains(parameter.getParameter().getType());
  }

  /**
   * The instance of the parameter's type for this test, made on first use.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return the instance
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture fixture =
        context
            .getStore(NAMESPACE)
            .computeIfAbsent(Fixture.class, k -> new Fixture(), Fixture.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == Coplan.class) {
      return fixture.coplan;
    }
    if (type == UseCases.class) {
      return fixture.uses;
    }
    if (type == TestClock.class) {
      return fixture.clock;
    }
    if (type == InMemoryStorage.class) {
      return fixture.storage;
    }
    return fixture.data;
  }

  /** What one scope shares; closed by JUnit when the scope's store is. */
  private static final class Fixture implements AutoCloseable {
    final TestClock clock = TestClock.at(TestClock.DEFAULT_START);
    final InMemoryStorage storage = InMemoryStorage.create();
    final Coplan coplan = Coplan.builder().storage(storage).clock(clock).build();
    final UseCases uses = coplan.actingAs(ACTOR);
    final TestData data = TestData.of(uses);

    @Override
    public void close() {
      coplan.close();
    }
  }
}
