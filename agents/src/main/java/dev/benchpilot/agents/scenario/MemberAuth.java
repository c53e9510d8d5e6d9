package dev.benchpilot.agents.scenario;

import dev.benchpilot.agents.scenario.internal.EndpointRoles;
import dev.benchpilot.agents.scenario.internal.StepFactory;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Step;
import java.util.List;
import java.util.Optional;

/**
 * How members of a drafted flow get past auth, in order of preference: the static header the user gave
 * ({@code --auth-header}, no login step), the supplied test users (login, token captured), or, when the service has
 * a sign-up endpoint and no test user was given, a fresh user signed up by every journey before it logs in.
 *
 * @param firstSteps  the steps a member journey starts with
 * @param how         the words for the flow description ("logs in")
 * @param note        the plan note saying which and why
 * @param unavailable why members cannot be simulated, or null
 */
record MemberAuth(List<Step> firstSteps, String how, String note, String unavailable) {

    static MemberAuth choose(EndpointRoles roles, ScenarioRequest request) {
        if (request.hasAuthHeader()) {
            return new MemberAuth(
                    List.of(),
                    "is signed in",
                    "endpoints that need auth get the static --auth-header; no login step. Every journey acts as "
                            + "that one user, so "
                            + "writes to per-user state (a cart) may conflict; give --credentials for many users",
                    null);
        }
        Optional<Endpoint> login = roles.login();
        if (login.isPresent() && request.hasCredentials()) {
            return new MemberAuth(
                    List.of(StepFactory.login(login.get(), false)),
                    "logs in",
                    "members log in with the supplied test users; the token is captured from the login response",
                    null);
        }
        Optional<Endpoint> signUp = roles.signUp();
        if (login.isPresent() && signUp.isPresent()) {
            return new MemberAuth(
                    List.of(StepFactory.signUp(signUp.get()), StepFactory.login(login.get(), true)),
                    "signs up as a new user, logs in",
                    "no test user supplied: each member journey signs up a generated user at "
                            + signUp.get().key()
                            + " and logs in with it (this creates users on the target; pass --credentials to use "
                            + "existing ones)",
                    null);
        }
        String why = login.isEmpty()
                ? "needs auth and no login endpoint was found: pass --auth-header \"Authorization: Bearer ...\""
                : "needs auth: pass --credentials user:password or --auth-header \"Authorization: Bearer ...\"";
        return new MemberAuth(
                List.of(), "", "no test user or auth header supplied: flows that need auth are left out", why);
    }
}
