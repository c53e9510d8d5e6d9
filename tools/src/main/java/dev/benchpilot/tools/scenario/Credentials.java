package dev.benchpilot.tools.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test users for flows that log in, handed out round-robin so concurrent virtual users act as different
 * people (one shared account makes users empty each other's carts). Never printed with passwords.
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
    private final AtomicLong next = new AtomicLong();

    public Credentials(List<Account> accounts) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("credentials need at least one user");
        }
        this.accounts = List.copyOf(accounts);
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
                throw new IllegalArgumentException("credentials must look like user:password (or user{1..50}:password, or a comma-separated list)");
            }
            String user = item.substring(0, colon).trim();
            String password = item.substring(colon + 1);
            Matcher range = RANGE.matcher(user);
            if (range.find()) {
                long from = Long.parseLong(range.group(1));
                long to = Long.parseLong(range.group(2));
                if (to < from || to - from >= MAX_ACCOUNTS) {
                    throw new IllegalArgumentException("credential range " + range.group() + " must count up, at most " + MAX_ACCOUNTS + " users");
                }
                for (long n = from; n <= to; n++) {
                    accounts.add(new Account(user.substring(0, range.start()) + n + user.substring(range.end()), password));
                }
            } else {
                accounts.add(new Account(user, password));
            }
        }
        return new Credentials(accounts);
    }

    /** The next account, round-robin; thread-safe. */
    public Account next() {
        return accounts.get((int) Math.floorMod(next.getAndIncrement(), (long) accounts.size()));
    }

    public List<Account> accounts() {
        return accounts;
    }

    @Override
    public String toString() {
        return "Credentials[" + accounts.size() + " user(s), first " + accounts.get(0).username() + ", passwords ****]";
    }
}
