package dev.benchpilot.tools.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run's secrets: test users for flows that log in, handed out round-robin so concurrent virtual users act as
 * different people (one shared account makes users empty each other's carts), and a static {@link AuthHeader} for
 * flows that do not log in. Never printed with passwords or header values.
 */
public final class Credentials {

    private static final Pattern RANGE = Pattern.compile("\\{(\\d+)\\.\\.(\\d+)}");
    private static final int MAX_ACCOUNTS = 100_000;

    /** One test user. {@link #toString()} hides the password. */
    public record Account(String username, String password) {
        @Override
        public String toString() {
            return "Account[username=" + username + ", password=****]";
        }
    }

    private final List<Account> accounts;
    private final AuthHeader authHeader;
    private final AtomicLong next = new AtomicLong();

    public Credentials(List<Account> accounts) {
        this(accounts, null);
    }

    /** Test users, a static header, or both; at least one of them. */
    public Credentials(List<Account> accounts, AuthHeader authHeader) {
        if (accounts.isEmpty() && authHeader == null) {
            throw new IllegalArgumentException("credentials need at least one user or an auth header");
        }
        this.accounts = List.copyOf(accounts);
        this.authHeader = authHeader;
    }

    /** Only a static header, no test user. */
    public static Credentials of(AuthHeader authHeader) {
        return new Credentials(List.of(), authHeader);
    }

    /** These test users with {@code header} added (null keeps none). */
    public Credentials withAuthHeader(AuthHeader header) {
        return new Credentials(accounts, header);
    }

    public Credentials(String username, String password) {
        this(List.of(new Account(username, password)));
    }

    /**
     * Parses {@code user:password}, a comma-separated list of them, or a numbered range such as
     * {@code shopper{1..100}:secret}. Passwords may contain colons.
     */
    public static Credentials parse(String value) {
        List<Account> accounts = new ArrayList<>();
        for (String item : (value == null ? "" : value).split(",")) {
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new IllegalArgumentException(
                        "credentials must look like user:password (or user{1..50}:password, or a comma-separated list)");
            }
            String user = item.substring(0, colon).trim();
            String password = item.substring(colon + 1);
            Matcher range = RANGE.matcher(user);
            if (range.find()) {
                long from = Long.parseLong(range.group(1));
                long to = Long.parseLong(range.group(2));
                if (to < from || to - from >= MAX_ACCOUNTS) {
                    throw new IllegalArgumentException(
                            "credential range " + range.group() + " must count up, at most " + MAX_ACCOUNTS + " users");
                }
                for (long n = from; n <= to; n++) {
                    accounts.add(
                            new Account(user.substring(0, range.start()) + n + user.substring(range.end()), password));
                }
            } else {
                accounts.add(new Account(user, password));
            }
        }
        return new Credentials(accounts);
    }

    /** The next account, round-robin, or null when there is no test user; thread-safe. */
    public Account next() {
        return accounts.isEmpty()
                ? null
                : accounts.get((int) Math.floorMod(next.getAndIncrement(), (long) accounts.size()));
    }

    public boolean hasAccounts() {
        return !accounts.isEmpty();
    }

    /** The static header for journeys that do not log in, or null. */
    public AuthHeader authHeader() {
        return authHeader;
    }

    public List<Account> accounts() {
        return accounts;
    }

    @Override
    public String toString() {
        String users = accounts.isEmpty()
                ? "no user"
                : accounts.size() + " user(s), first " + accounts.get(0).username() + ", passwords ****";
        return "Credentials[" + users + (authHeader == null ? "" : ", header " + authHeader) + "]";
    }
}
